#include "ui/saveviewdialog.h"

#include "models/savedviews.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

SaveViewDialog::SaveViewDialog(const SavedViews *views, const QString &accountId,
                               const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_accountId(accountId)
    , m_name(new QLineEdit(this))
    , m_thisAccount(new QRadioButton(tr("Only for %1").arg(accountName), this))
    , m_everyAccount(new QRadioButton(tr("For every account"), this))
    , m_opensWith(new QCheckBox(tr("Open %1 with this view").arg(accountName), this))
    , m_replaces(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveViewDialog"));
    setWindowTitle(tr("Save view"));
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setAccessibleName(tr("Name of the view"));
    m_name->setMaxLength(80);
    m_thisAccount->setObjectName(QStringLiteral("viewForThisAccount"));
    m_everyAccount->setObjectName(QStringLiteral("viewForEveryAccount"));
    m_opensWith->setObjectName(QStringLiteral("viewOpensAccount"));
    m_replaces->setObjectName(QStringLiteral("viewReplaces"));
    m_replaces->setWordWrap(true);
    m_replaces->setTextFormat(Qt::PlainText);
    // An account's own view unless none is chosen: then it can only be every account's.
    m_thisAccount->setChecked(!accountId.isEmpty());
    m_thisAccount->setEnabled(!accountId.isEmpty());
    m_everyAccount->setChecked(accountId.isEmpty());
    m_opensWith->setEnabled(!accountId.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The search, the filters, the sort and the columns, as they are now."), this));
    layout->addWidget(m_thisAccount);
    layout->addWidget(m_everyAccount);
    layout->addWidget(m_opensWith);
    layout->addWidget(m_replaces);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::update);
    connect(m_thisAccount, &QRadioButton::toggled, this, &SaveViewDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

QString SaveViewDialog::scope() const
{
    return m_thisAccount->isChecked() ? m_accountId : QString();
}

bool SaveViewDialog::opensTheAccount() const
{
    return m_opensWith->isEnabled() && m_opensWith->isChecked();
}

void SaveViewDialog::update()
{
    const bool named = !name().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(named);
    const bool exists = named && m_views->find(name(), scope()).has_value();
    m_replaces->setText(exists ? tr("A view named %1 exists; saving replaces it.").arg(name()) : QString());
    m_replaces->setVisible(exists);
}
