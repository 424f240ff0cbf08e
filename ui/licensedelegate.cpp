#include "ui/licensedelegate.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/usersmodel.h"
#include "ui/licenseeditor.h"


LicenseDelegate::LicenseDelegate(QObject *parent)
    : ChangeStateDelegate(parent)
{
}

QWidget *LicenseDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *editor = new LicenseEditor(parent);
    editor->setObjectName(QStringLiteral("licenseEditor"));
    const QStringList licenses = index.data(UsersModel::SupportedLicensesRole).toStringList();
    for (const QString &license : licenses)
        editor->addItem(DisplayNames::license(LicenseValue::fromWire(license)), license);
    // A pick in the open list is the whole act: one click, not pick-then-Enter.
    connect(editor, &LicenseEditor::chosen, this, [this, editor] {
        emit const_cast<LicenseDelegate *>(this)->commitData(editor);
        emit const_cast<LicenseDelegate *>(this)->closeEditor(editor);
    });
    return editor;
}

void LicenseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<LicenseEditor *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void LicenseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    const auto *combo = static_cast<const LicenseEditor *>(editor);
    // Leaving the cell with the license it had is no change, and must not send one.
    if (combo->currentIndex() >= 0 && combo->currentData() != index.data(Qt::EditRole))
        model->setData(index, combo->currentData(), Qt::EditRole);
}
