#pragma once

#include <QString>

// A tooltip that shows `text` exactly as it is: Qt renders a tooltip as rich text when it looks
// like markup, so an account named "<b>Bold</b> & Co" (or a message quoting HTML) would show bold.
// Service strings are data, never markup.
QString plainToolTip(const QString &text);
