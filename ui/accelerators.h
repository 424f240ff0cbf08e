#pragma once

#include <QString>

// Menu entries made from data (column names) get an accelerator like the written ones: the
// first letter of the text that no earlier entry of the same menu took.
namespace Accelerators {

// `taken` holds the lower-case letters already used in the menu; the one chosen is added.
// Text without a free letter is returned without one (escaped, so no "&" in it is read as one).
QString mark(const QString &text, QString &taken);
// The accelerator letter of a menu text, lower case; null when it has none.
QChar of(const QString &text);
// A menu text as it reads, without its accelerator mark ("&&" is one ampersand).
QString stripped(const QString &text);

} // namespace Accelerators
