#include "ui/licensedelegate.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/usersmodel.h"

#include <QComboBox>

LicenseDelegate::LicenseDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *LicenseDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("licenseEditor"));
    const QStringList licenses = index.data(UsersModel::SupportedLicensesRole).toStringList();
    for (const QString &license : licenses)
        editor->addItem(DisplayNames::license(LicenseValue::fromWire(license)), license);
    // Commit as soon as a license is picked: one click, not pick-then-Enter.
    connect(editor, &QComboBox::activated, this, [this, editor] {
        emit const_cast<LicenseDelegate *>(this)->commitData(editor);
        emit const_cast<LicenseDelegate *>(this)->closeEditor(editor);
    });
    return editor;
}

void LicenseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void LicenseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void LicenseDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(UsersModel::EditPendingRole).toBool()) {
        option->font.setItalic(true);
        option->text = tr("%1…").arg(option->text);
    }
}
