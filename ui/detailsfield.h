#pragma once

#include <QString>

class DetailsValue;
class QFormLayout;
class QWidget;

// The form of a details pane, laid out on `owner`: fields take the width, long rows wrap.
QFormLayout *newDetailsForm(QWidget *owner);

// A read-only, selectable value row of a details form; long ids and emails are elided rather
// than widen the pane.
DetailsValue *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                        const QString &objectName);
