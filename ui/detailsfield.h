#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// A read-only, selectable value row of a details form; long ids and emails wrap or clip
// rather than widen the pane.
QLabel *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                        const QString &objectName);
