#pragma once

#include "core/connectionmanager.h"
#include "core/credentialstore.h"

#include <QDialog>
#include <QProcessEnvironment>

class ProfileStore;
class QComboBox;
class QLabel;
class QMenu;
class QLineEdit;
class QListWidget;
class QPushButton;

// The program's named profiles: access key id, secret access key, optional session token,
// region and endpoint. Secrets go to the keychain (or, when none is reachable and the person
// agrees, to memory for this session only) and are never shown again once stored. Profiles
// the AWS CLI already has can be imported into the form.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(ProfileStore *profiles, ConnectionManager *connections,
                      QWidget *parent = nullptr);

signals:
    void useRequested(const ConnectionManager::Source &source);

private:
    void reloadList(const QString &select = {});
    void showProfile(const QString &name);
    void clearForm();
    void addAwsFilesProblems(QMenu *menu, const QStringList &warnings);
    void importSource(const ConnectionManager::Source &source);
    void save();
    void removeSelected();
    void onStoreAnswer(const CredentialStore::Result &result, const QString &savedName);
    void setBusy(bool busy, const QString &text = {});
    void showStoreStatus();
    QString formProblem() const;

    ProfileStore *m_profiles;
    ConnectionManager *m_connections;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QLineEdit *m_token;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QLabel *m_storeStatus;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_use;
    QPushButton *m_delete;
    QPushButton *m_sessionOnly;
    QPushButton *m_cancelWait;
    quint64 m_request = 0; // answers to an older (cancelled) request are ignored
};
