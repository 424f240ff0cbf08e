#include "ui/createuserdialog.h"

#include "models/changeacts.h"
#include "models/emaillist.h"
#include "models/newuseract.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CreateUserDialog::CreateUserDialog(CommandContext context, QSet<QString> inAccount, Submit submit,
                                   QWidget *parent)
    : NewUsersDialog(std::move(context), std::move(submit), parent)
    , m_inAccount(std::move(inAccount))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_userType(new QComboBox(this))
    , m_check(new QLabel(this))
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("Create a user in %1").arg(this->context().shownName()));
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_email->setObjectName(QStringLiteral("createEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setObjectName(QStringLiteral("createName"));
    m_name->setPlaceholderText(tr("Optional"));
    m_userType->setObjectName(QStringLiteral("createUserType"));
    fillUserTypes(m_userType);
    m_check->setObjectName(QStringLiteral("createCheck"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("User &name:"), m_name);
    form->addRow(tr("User &type:"), m_userType);
    form->addRow(m_check);
    setInputPage(page);
    resize(520, 300);
    connect(m_email, &QLineEdit::textChanged, this, &CreateUserDialog::updateCheck);
    updateCheck();
    m_email->setFocus();
}

QString CreateUserDialog::address() const
{
    const QList<EmailList::Entry> entries = EmailList::parse(m_email->text(), m_inAccount);
    return entries.size() == 1 ? entries.first().email : QString();
}

QString CreateUserDialog::problem() const
{
    if (m_email->text().trimmed().isEmpty())
        return tr("Type the new user's email address.");
    const QList<EmailList::Entry> entries = EmailList::parse(m_email->text(), m_inAccount);
    // One address, as it is: "Name <address>" or a list belongs in Invite users.
    if (entries.size() != 1 || entries.first().email != m_email->text().trimmed())
        return tr("Type one email address, and nothing else.");
    return entries.first().problem;
}

void CreateUserDialog::updateCheck()
{
    const QString problem = this->problem();
    m_check->setText(problem.isEmpty() ? tr("%1 will be created as a new user of %2.")
                                             .arg(address(), context().shownName())
                                       : problem);
    applyButton()->setText(tr("Create user"));
    applyButton()->setEnabled(problem.isEmpty());
}

void CreateUserDialog::apply()
{
    if (!problem().isEmpty())
        return;
    const QString email = address();
    send(ChangeActs::createUser().id(),
         { { NewUserAct::keyOf(email), m_name->text().trimmed(), email, NewUserAct::none,
             m_userType->currentData().toString() } });
}

void CreateUserDialog::editAgain(const QStringList &)
{
    // One user: the form still holds what was sent.
    updateCheck();
    m_email->setFocus();
}
