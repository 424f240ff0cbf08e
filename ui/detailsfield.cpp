#include "ui/detailsfield.h"

#include <QFormLayout>
#include <QLabel>

QLabel *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                        const QString &objectName)
{
    auto *field = new QLabel(parent);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(label, field);
    return field;
}
