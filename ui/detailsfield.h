#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// The form of a details pane, laid out on `owner`: fields take the width, long rows wrap.
QFormLayout *newDetailsForm(QWidget *owner);

// A read-only, selectable value row of a details form; long ids and emails wrap or clip
// rather than widen the pane.
QLabel *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                        const QString &objectName);
