#include "ui/credentialsdialog.h"

#include "core/awsconfigfiles.h"
#include "core/chimeendpoint.h"
#include "core/credentialcheck.h"
#include "core/memorycredentialstore.h"
#include "core/profilestore.h"
#include "models/plaintooltip.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using namespace Qt::StringLiterals;

QLineEdit *secretField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

CredentialsDialog::CredentialsDialog(ProfileStore *profiles, ConnectionManager *connections,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_connections(connections)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(secretField(u"secretAccessKey"_s, this))
    , m_token(secretField(u"sessionToken"_s, this))
    , m_region(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_storeStatus(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"credentialsDialog"_s);
    setWindowTitle(tr("Credentials"));
    m_list->setObjectName(u"profileList"_s);
    m_name->setObjectName(u"profileName"_s);
    m_accessKeyId->setObjectName(u"accessKeyId"_s);
    m_region->setObjectName(u"region"_s);
    m_endpoint->setObjectName(u"endpointUrl"_s);
    m_storeStatus->setObjectName(u"storeStatus"_s);
    m_message->setObjectName(u"credentialsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeStatus->setWordWrap(true);
    m_region->setEditable(true);
    m_region->addItems({ u"us-east-1"_s, u"us-west-2"_s, u"eu-west-1"_s, u"eu-central-1"_s,
                         u"ap-southeast-1"_s, u"ap-northeast-1"_s });
    m_endpoint->setPlaceholderText(tr("optional, e.g. a private endpoint"));
    m_accessKeyId->setPlaceholderText(u"AKIA…"_s);

    auto *newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(u"newProfile"_s);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteProfile"_s);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(u"importProfile"_s);
    importButton->setToolTip(tr("Fill the form from a profile of the AWS CLI (~/.aws) or from "
                                "the environment variables"));
    auto *importMenu = new QMenu(importButton);
    importButton->setMenu(importMenu);
    connect(importMenu, &QMenu::aboutToShow, this, [this, importMenu] {
        importMenu->clear();
        QStringList awsFilesWarnings;
        for (const ConnectionManager::Source &source : m_connections->sources(&awsFilesWarnings)) {
            if (source.origin != ConnectionManager::Origin::AwsFiles
                && source.origin != ConnectionManager::Origin::Environment)
                continue;
            QAction *action = importMenu->addAction(
                source.unusableReason.isEmpty()
                    ? source.label()
                    : tr("%1 — cannot be used: %2").arg(source.label(), source.unusableReason));
            action->setEnabled(source.unusableReason.isEmpty());
            connect(action, &QAction::triggered, this, [this, source] { importSource(source); });
        }
        if (importMenu->isEmpty())
            importMenu->addAction(tr("No AWS CLI profiles or AWS_* variables found"))->setEnabled(false);
        addAwsFilesProblems(importMenu, awsFilesWarnings);
    });

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(importButton);
    auto *listSide = new QVBoxLayout;
    listSide->addWidget(new QLabel(tr("Profiles"), this));
    listSide->addWidget(m_list, 1);
    listSide->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Access key id:"), m_accessKeyId);
    form->addRow(tr("Secret access key:"), m_secret);
    form->addRow(tr("Session token:"), m_token);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Endpoint:"), m_endpoint);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveProfile"_s);
    m_use = new QPushButton(tr("Use this profile"), this);
    m_use->setObjectName(u"useProfile"_s);
    m_sessionOnly = new QPushButton(tr("Keep for this session only"), this);
    m_sessionOnly->setObjectName(u"sessionOnlyButton"_s);
    m_sessionOnly->setToolTip(tr("Keep the secret in memory until the program closes; nothing is "
                                 "written to disk"));
    m_sessionOnly->hide();
    m_cancelWait = new QPushButton(tr("Cancel"), this);
    m_cancelWait->setObjectName(u"cancelKeychainWait"_s);
    m_cancelWait->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_use);
    actions->addStretch();
    actions->addWidget(m_sessionOnly);
    actions->addWidget(m_cancelWait);

    auto *formSide = new QVBoxLayout;
    formSide->addLayout(form);
    formSide->addWidget(m_storeStatus);
    formSide->addWidget(m_message);
    formSide->addStretch();
    formSide->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listSide, 1);
    columns->addLayout(formSide, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &CredentialsDialog::clearForm);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (const auto source = m_connections->profileNamed(m_name->text()))
            emit useRequested(*source);
    });
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_profiles->useSessionOnly(new MemoryCredentialStore(m_profiles));
        m_sessionOnly->hide();
        showStoreStatus();
        save();
    });
    connect(m_cancelWait, &QPushButton::clicked, this, [this] {
        ++m_request;
        setBusy(false, tr("Stopped waiting for the keychain; nothing was changed here."));
    });
    connect(m_list, &QListWidget::currentTextChanged, this, &CredentialsDialog::showProfile);

    reloadList();
    showStoreStatus();
    resize(760, 380);
}

void CredentialsDialog::showStoreStatus()
{
    m_storeStatus->setText(m_profiles->isSessionOnly()
                               ? tr("Secrets are kept in memory for this session only: nothing is "
                                    "written to disk, and they are gone when the program closes.")
                               : tr("Secrets are stored in the %1.").arg(m_profiles->secrets()->description()));
}

void CredentialsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &profile : m_profiles->profiles())
        m_list->addItem(profile.name);
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    m_delete->setEnabled(m_list->count() > 0);
}

void CredentialsDialog::clearForm()
{
    m_list->clearSelection();
    for (QLineEdit *field : { m_name, m_accessKeyId, m_secret, m_token, m_endpoint })
        field->clear();
    m_secret->setPlaceholderText({});
    m_token->setPlaceholderText(tr("only for temporary credentials"));
    m_region->setCurrentText(u"us-east-1"_s);
    m_message->clear();
    m_name->setFocus();
}

void CredentialsDialog::showProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile)
        return;
    m_name->setText(profile->name);
    m_accessKeyId->setText(profile->accessKeyId);
    // A stored secret is never shown again; leaving the field empty keeps it.
    m_secret->clear();
    m_secret->setPlaceholderText(tr("stored — leave empty to keep"));
    m_token->clear();
    m_token->setPlaceholderText(profile->hasSessionToken ? tr("stored — leave empty to remove")
                                                         : tr("only for temporary credentials"));
    m_region->setCurrentText(profile->region);
    m_endpoint->setText(profile->endpointUrl);
    m_message->clear();
}

void CredentialsDialog::addAwsFilesProblems(QMenu *menu, const QStringList &warnings)
{
    if (warnings.isEmpty())
        return;
    menu->addSection(tr("Problems in the AWS CLI files"));
    menu->setToolTipsVisible(true);
    for (const QString &warning : warnings) {
        // A menu entry is one line: a long one is cut, and the whole text is its tooltip.
        QAction *entry = menu->addAction(fontMetrics().elidedText(warning, Qt::ElideRight, 600));
        entry->setToolTip(plainToolTip(warning));
        entry->setEnabled(false);
    }
}

void CredentialsDialog::importSource(const ConnectionManager::Source &source)
{
    const std::optional<AwsConfigFiles::Profile> found = m_connections->readForImport(source);
    if (!found) {
        m_message->setText(tr("%1 is no longer there.").arg(source.label()));
        return;
    }
    // The files may have changed since the menu was shown.
    if (!found->unusableReason.isEmpty()) {
        m_message->setText(tr("%1 cannot be used: %2").arg(source.label(), found->unusableReason));
        return;
    }
    clearForm();
    m_name->setText(found->name.isEmpty() ? u"environment"_s : found->name);
    m_accessKeyId->setText(found->credentials.accessKeyId);
    m_secret->setText(found->credentials.secretAccessKey);
    m_token->setText(found->credentials.sessionToken);
    m_region->setCurrentText(found->region.isEmpty() ? u"us-east-1"_s : found->region);
    m_endpoint->setText(found->endpointUrl);
    m_message->setText(tr("Imported from %1. Save to keep it as a profile of this program.")
                           .arg(source.label()));
}

QString CredentialsDialog::formProblem() const
{
    if (const QString problem = ProfileStore::nameProblem(m_name->text()); !problem.isEmpty())
        return problem;
    if (m_accessKeyId->text().trimmed().isEmpty() || m_accessKeyId->text().contains(u' '))
        return tr("Enter the access key id (it has no spaces).");
    if (!m_secret->text().isEmpty() && m_secret->text().trimmed().isEmpty())
        return tr("The secret access key is only spaces: enter the key itself.");
    if (m_secret->text().isEmpty() && !m_profiles->profile(m_name->text()))
        return tr("Enter the secret access key.");
    // Pasted whitespace around a value is trimmed; a control character inside one is refused.
    const AwsCredentials entered { m_accessKeyId->text().trimmed(), m_secret->text().trimmed(),
                                   m_token->text().trimmed() };
    if (const std::optional<QString> problem = CredentialCheck::problem(entered, m_region->currentText().trimmed()))
        return *problem;
    const Outcome<ChimeEndpoint> endpoint = ChimeEndpoint::resolve(m_region->currentText().trimmed(),
                                                                   m_endpoint->text().trimmed());
    if (!endpoint.isOk())
        return endpoint.error().message();
    return {};
}

void CredentialsDialog::save()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    const Profile profile { m_name->text(), m_accessKeyId->text().trimmed(),
                            m_region->currentText().trimmed(), m_endpoint->text().trimmed(),
                            !m_token->text().trimmed().isEmpty() };
    const quint64 request = ++m_request;
    setBusy(true);
    // Only if the keychain is slow to answer (waiting to be unlocked) is the wait shown.
    QTimer::singleShot(ConnectionManager::keychainPatienceMs, this, [this, request] {
        if (request == m_request && !m_save->isEnabled()) {
            m_message->setText(tr("Waiting for the keychain — it may ask to be unlocked…"));
            m_cancelWait->show();
        }
    });
    m_profiles->save(profile, m_secret->text().trimmed(), m_token->text().trimmed(), this,
                     [this, request, name = profile.name](const CredentialStore::Result &result) {
                         if (request == m_request)
                             onStoreAnswer(result, name);
                     });
}

void CredentialsDialog::onStoreAnswer(const CredentialStore::Result &result, const QString &savedName)
{
    using Status = CredentialStore::Status;
    if (result.status == Status::Ok) {
        setBusy(false, tr("Profile %1 saved.").arg(savedName));
        m_secret->clear();
        m_token->clear();
        reloadList(savedName);
        showProfile(savedName);
        m_message->setText(tr("Profile %1 saved.").arg(savedName));
        return;
    }
    QString text;
    switch (result.status) {
    case Status::Unavailable:
        text = tr("No keychain is reachable (%1), so the secret cannot be stored safely. It is "
                  "never written to a file: you can keep it for this session only.")
                   .arg(result.message);
        m_sessionOnly->show();
        break;
    case Status::Denied:
        text = tr("The keychain refused access (%1). Unlock it and try again, or keep the secret "
                  "for this session only.")
                   .arg(result.message);
        m_sessionOnly->show();
        break;
    default:
        text = tr("The profile was not saved: %1").arg(result.message);
        break;
    }
    setBusy(false, text);
}

void CredentialsDialog::removeSelected()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    if (name.isEmpty())
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                    tr("Delete profile %1 and its secrets from the %2?")
                                        .arg(name, m_profiles->secrets()->description()),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const quint64 request = ++m_request;
        setBusy(true);
        m_profiles->remove(name, this, [this, request, name](const CredentialStore::Result &result) {
            if (request != m_request)
                return;
            if (result.status != CredentialStore::Status::Ok) {
                setBusy(false, tr("Profile %1 was not deleted: %2").arg(name, result.message));
                return;
            }
            reloadList();
            clearForm();
            setBusy(false, tr("Profile %1 and its secrets were deleted.").arg(name));
        });
    });
    confirm->open();
}

void CredentialsDialog::setBusy(bool busy, const QString &text)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_list->count() > 0);
    m_use->setEnabled(!busy);
    if (!busy)
        m_cancelWait->hide();
    if (!text.isEmpty() || busy)
        m_message->setText(text);
}
