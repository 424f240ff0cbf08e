#include "ui/detailsfield.h"

#include <QFormLayout>
#include <QLabel>

QFormLayout *newDetailsForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QLabel *addDetailsField(QFormLayout *form, QWidget *parent, const QString &label,
                        const QString &objectName)
{
    auto *field = new QLabel(parent);
    field->setObjectName(objectName);
    // Selectable from the keyboard too: Tab reaches each value, Ctrl+C copies it.
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    // Names and ids come from the service: data, never markup.
    field->setTextFormat(Qt::PlainText);
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(label, field);
    return field;
}
