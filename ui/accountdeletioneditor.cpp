#include "ui/accountdeletioneditor.h"

#include "models/accountdeletionact.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccountDeletionEditor::AccountDeletionEditor(const AccountEditorContext &context, QWidget *parent)
    : AccountValueEditor(parent)
    , m_name(context.account ? context.account->name : QString())
    , m_typedName(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    auto *effect = new QLabel(tr("The account is disabled at once and deleted after 90 days. Its "
                                 "users can no longer sign in, and this cannot be undone."),
                              this);
    effect->setWordWrap(true);
    layout->addWidget(effect);
    const bool enterprise = context.account && context.account->accountType.value() != AccountType::Team;
    if (enterprise) {
        auto *domains = new QLabel(tr("The service deletes an Enterprise account only once its "
                                      "domains are released (in the Amazon Chime console)."),
                                   this);
        domains->setWordWrap(true);
        layout->addWidget(domains);
    }
    if (context.activeUsers > 0) {
        auto *active = new QLabel(activeUsersText(context), this);
        active->setObjectName(QStringLiteral("activeUsersWarning"));
        active->setWordWrap(true);
        layout->addWidget(active);
        if (context.suspendActiveUsers) {
            auto *suspend = new QPushButton(tr("&Suspend them first…"), this);
            suspend->setObjectName(QStringLiteral("suspendActiveUsers"));
            connect(suspend, &QPushButton::clicked, this, context.suspendActiveUsers);
            layout->addWidget(suspend, 0, Qt::AlignLeft);
        }
    }
    auto *label = new QLabel(tr("To confirm, type the account's name, <b>%1</b>:").arg(m_name.toHtmlEscaped()), this);
    label->setTextFormat(Qt::RichText);
    label->setBuddy(m_typedName);
    layout->addWidget(label);
    m_typedName->setObjectName(QStringLiteral("typedAccountName"));
    layout->addWidget(m_typedName);
    connect(m_typedName, &QLineEdit::textChanged, this, &AccountValueEditor::edited);
}

QString AccountDeletionEditor::activeUsersText(const AccountEditorContext &context) const
{
    const QString count = context.allUsersLoaded
        ? tr("%Ln user(s) of this account are not suspended.", nullptr, context.activeUsers)
        : tr("At least %Ln user(s) of this account are not suspended (not every user is loaded).",
             nullptr, context.activeUsers);
    return tr("%1 The service refuses to delete an account until every user is suspended.").arg(count);
}

QString AccountDeletionEditor::value() const
{
    return AccountDeletionAct::deleted;
}

void AccountDeletionEditor::startFrom(const QString &)
{
    m_typedName->setFocus();
}

QString AccountDeletionEditor::problem() const
{
    return m_typedName->text() == m_name ? QString() : tr("Type the account's name exactly to delete it.");
}
