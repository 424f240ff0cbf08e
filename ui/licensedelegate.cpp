#include "ui/licensedelegate.h"

#include "core/chimeenums.h"
#include "models/displaynames.h"
#include "models/userchangestate.h"
#include "models/usersmodel.h"
#include "ui/licenseeditor.h"
#include "ui/userchangestatetext.h"

#include <QColor>

namespace {

// Dark enough to read on the base and the alternate row colour alike; a selected row keeps its
// highlighted text colour, where the marker still tells.
constexpr QColor failedTextColor(0xb0, 0x1e, 0x1e);

UserChangeState changeState(const QModelIndex &index)
{
    return index.data(UsersModel::ChangeStateRole).value<UserChangeState>();
}

} // namespace

LicenseDelegate::LicenseDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
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

void LicenseDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const UserChangeState state = changeState(index);
    option->text = UserChangeStateText::describe(state, option->text);
    switch (state) {
    case UserChangeState::None:
        break;
    case UserChangeState::Queued:
    case UserChangeState::Sending:
    case UserChangeState::Checking:
    case UserChangeState::Unconfirmed:
        option->font.setItalic(true);
        break;
    case UserChangeState::Failed:
        option->palette.setColor(QPalette::Text, failedTextColor);
        break;
    }
}
