#include "ui/accountnameeditor.h"

#include "models/accountnameact.h"

#include <QFormLayout>
#include <QLineEdit>

AccountNameEditor::AccountNameEditor(QWidget *parent)
    : AccountValueEditor(parent)
    , m_name(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setMaxLength(AccountNameAct::longestName + 1); // one more, so the limit is said, not silently kept
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("New &name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &AccountValueEditor::edited);
}

QString AccountNameEditor::value() const
{
    return m_name->text().trimmed();
}

void AccountNameEditor::startFrom(const QString &value)
{
    m_name->setText(value);
    m_name->selectAll();
    m_name->setFocus();
}

QString AccountNameEditor::problem() const
{
    return AccountNameAct::problemWith(m_name->text());
}
