#include "ui/newaccounteditor.h"

#include "models/accountnameact.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewAccountEditor::NewAccountEditor(QSet<QString> takenNames, QWidget *parent)
    : AccountValueEditor(parent)
    , m_takenNames(std::move(takenNames))
    , m_name(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_name->setMaxLength(AccountNameAct::longestName + 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("&Name:"), m_name);
    auto *note = new QLabel(tr("The service makes it a Team account, under the AWS account of the "
                               "credentials in use."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_name, &QLineEdit::textChanged, this, &AccountValueEditor::edited);
}

QString NewAccountEditor::value() const
{
    return QStringLiteral("Team");
}

void NewAccountEditor::startFrom(const QString &)
{
    m_name->setFocus();
}

QString NewAccountEditor::problem() const
{
    if (const QString problem = AccountNameAct::problemWith(m_name->text()); !problem.isEmpty())
        return problem;
    if (m_takenNames.contains(targetKey()))
        return tr("An account of this name exists already: give the new one a name of its own.");
    return {};
}

QString NewAccountEditor::targetKey() const
{
    return m_name->text().trimmed();
}
