#include "ui/changestatedelegate.h"

#include "models/userchangestate.h"
#include "models/usersmodel.h"
#include "ui/userchangestatetext.h"

#include "ui/statuscolors.h"

ChangeStateDelegate::ChangeStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ChangeStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = index.data(UsersModel::ChangeStateRole).value<UserChangeState>();
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
        // A selected row keeps its highlighted text colour, where the "!" marker still tells.
        option->palette.setColor(QPalette::Text, StatusColors::failedText(option->palette));
        break;
    }
}
