#include "ui/detailsfield.h"

#include "ui/detailsvalue.h"

#include <QFormLayout>

QFormLayout *newDetailsForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

DetailsValue *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                              const QString &objectName)
{
    auto *field = new DetailsValue(parent);
    field->setObjectName(objectName);
    form->addRow(label, field);
    return field;
}
