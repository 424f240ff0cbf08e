#pragma once

#include "models/bulklicensejob.h"

#include <QMainWindow>
#include <QPointer>

class AccountDetailsPanel;
class LicenseDialog;
struct User;
class AccountsModel;
class AuditLog;
class AuditLogModel;
class AuditTrail;
class ChimeClient;
class ChimeError;
class DetailsLoader;
class ErrorBanner;
class LicenseMix;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSplitter;
class QTableView;
class UserDetailsPanel;
class UserFilterProxyModel;
class UsersModel;

// Accounts (master) -> users of the selected account (detail) -> the selected user's and
// account's details. Every request goes through the models; the window only shows and routes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `connectionDescription` says where the credentials come from and which endpoint is used.
    MainWindow(ChimeClient *client, AuditLog *auditLog, const QString &connectionDescription,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the accounts; the remembered (or only) account is selected once they arrive.
    void start();

    AccountsModel *accountsModel() const { return m_accounts; }
    UsersModel *usersModel() const { return m_users; }
    UserFilterProxyModel *usersProxy() const { return m_proxy; }
    QTableView *usersView() const { return m_usersView; }
    QListView *accountsView() const { return m_accountsView; }
    QLineEdit *searchField() const { return m_search; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    UserDetailsPanel *userDetails() const { return m_userDetails; }
    LicenseDialog *licenseDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createUsersPane();
    QWidget *createDetailsPane();
    void createActions();
    void connectModels();
    void selectInitialAccount();
    void showAccount(const QModelIndex &index);
    void showUser(const QModelIndex &proxyIndex);
    void searchOnServer();
    void selectUserRow(int sourceRow);
    void editCurrentLicense();
    void openLicenseDialog();
    void openUndoDialog(const QList<BulkLicenseJob::Change> &undo);
    void showLicenseDialog(LicenseDialog *dialog);
    void openAuditLog();
    void exportCsv();
    void writeCsv(const QString &path);
    void applyJobResults(const BulkLicenseJob *job);
    void selectUsers(const QStringList &userIds);
    QList<User> selectedUsers() const;
    void refresh();
    void updateStatus();
    void showError(const QString &text, bool offerRetry = false);
    void fillFilter(QComboBox *combo, const QStringList &wireNames,
                    const std::function<QString(const QString &)> &displayName);
    void restoreSettings();
    void saveSettings() const;

    ChimeClient *m_client;
    AccountsModel *m_accounts;
    UsersModel *m_users;
    UserFilterProxyModel *m_proxy;
    DetailsLoader *m_details;
    LicenseMix *m_licenseMix;
    AuditTrail *m_auditTrail;
    AuditLogModel *m_auditModel;

    ErrorBanner *m_errorBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_accountsView = nullptr;
    QTableView *m_usersView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_licenseFilter = nullptr;
    QComboBox *m_userTypeFilter = nullptr;
    QComboBox *m_registrationFilter = nullptr;
    AccountDetailsPanel *m_accountDetails = nullptr;
    UserDetailsPanel *m_userDetails = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPointer<LicenseDialog> m_licenseDialog;
    bool m_closeConfirmed = false;
    enum class RetryTarget { None, Accounts, Users } m_retryTarget = RetryTarget::None;
};
