#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class SavedViews;
class SnapshotKeeper;
struct SavedView;
struct SnapshotInfo;
class UsersViewControls;
class AsyncSnapshots;
class AccountChangeDialog;
class AccountDetailsPanel;
struct AccountCommand;
struct AccountEditorContext;
class ConnectionManager;
class CredentialsDialog;
class ProfileStore;
class ChangeDialog;
class UserCommand;
struct CommandContext;
struct User;
class AccountsModel;
class AccountsOfEmail;
class LicenseTotalsModel;
struct Account;
class AsyncJournal;
class AuditLogModel;
class ChangeEngine;
class ChangeRun;
struct Change;
class ChimeClient;
class JournalSessions;
class ChimeError;
class DetailsLoader;
class ElidedLabel;
class ErrorBanner;
class LicenseMix;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QModelIndex;
class QMenu;
class QScrollArea;
class QSplitter;
class SortByMenu;
class Reconciler;
class QTableView;
class QToolBar;
struct NewUsersCommand;
class UserDetailsPanel;
class UserFilterProxyModel;
class UsersModel;
class WrittenFileNote;

// Accounts (master) -> users of the selected account (detail) -> the selected user's and
// account's details. Every request goes through the models; the window only shows and routes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with; all of it outlives the window.
    struct Services
    {
        ChimeClient *client;
        ConnectionManager *connections;
        ProfileStore *profiles;
        ChangeEngine *engine; // with the journal every change is written to
        JournalSessions *sessions;
        // Where listings are kept and reopened from; none: live data only.
        AsyncSnapshots *snapshots = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says what to do when no credentials are in use yet. Accounts load whenever a
    // connection becomes active; the remembered (or first) account is then selected.
    void start();
    void openCredentialsDialog();

    AccountsModel *accountsModel() const { return m_accounts; }
    UsersModel *usersModel() const { return m_users; }
    UserFilterProxyModel *usersProxy() const { return m_proxy; }
    QTableView *usersView() const { return m_usersView; }
    QListView *accountsView() const { return m_accountsView; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *profileSwitcher() const { return m_profileSwitcher; }
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QPushButton *awsFilesProblemsButton() const { return m_awsFilesProblems; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    UserDetailsPanel *userDetails() const { return m_userDetails; }
    // The command dialog opened last, while it is open.
    ChangeDialog *changeDialog() const;
    // Opens the dialog of a command on the selected users (re-license, suspend, sign out, …).
    void openCommand(const UserCommand &command);
    // The command for these users, its choice made already (the user panel's telephony).
    // Invite by email (Team accounts), or create one user.
    void openNewUsersDialog(const NewUsersCommand &command);
    void openCommandFor(const UserCommand &command, const QList<User> &users, const QString &choice);
    QAction *commandAction(const QString &commandId) const { return m_commandActions.value(commandId); }
    ChangeEngine *changeEngine() const { return m_engine; }
    ElidedLabel *statusLabel() const { return m_statusLabel; }
    // Opens the undo preview of a journaled change (none: the newest one that applied).
    void updateUndoAction();
    void openUndoDialog(const std::optional<QUuid> &changeId);
    // Opens the dialog of a command on the selected account (or, for a new account, on none).
    void openAccountCommand(const AccountCommand &command);
    QAction *accountCommandAction(const QString &commandId) const { return m_accountActions.value(commandId); }
    // The account dialog opened last, while it is open.
    AccountChangeDialog *accountDialog() const;
    // Shows the snapshots kept on this computer, read-only, and asks the service nothing until
    // Retry (or a new connection) finds it answering; `reason` says why.
    void goOffline(const QString &reason);
    bool isOffline() const { return !m_offlineReason.isEmpty(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void followSnapshots(AsyncSnapshots *snapshots);
    void openSnapshotComparison();
    void openArchiveDialog();
    void openImportDialog();
    // The users of the account shown whose rows say what the service holds: live-confirmed, with
    // no change on its way or unconfirmed.
    QList<User> certainUsersOf(const QString &accountId) const;
    void showOfflineAccounts(const QList<SnapshotInfo> &snapshots);
    void goOnline();
    QString offlineText() const;
    // Offline, says so in the status bar: every act waits for the service.
    bool refusedOffline();
    QWidget *createUsersPane();
    QWidget *createDetailsPane();
    void createActions();
    void createHelpMenu();
    // Sort entries for the column under `pos`, then the columns to show.
    void showHeaderMenu(const QPoint &pos, QMenu *columns, SortByMenu *sortBy);
    void createProfileBar();
    void fillProfileSwitcher();
    void showAwsFilesProblems();
    void onConnectionActivated();
    void connectModels();
    void selectInitialAccount();
    void showAccount(const QModelIndex &index);
    void showAccountDetails(const Account &account);
    void showUser(const QModelIndex &proxyIndex);
    void showUserChange(const QModelIndex &proxyIndex);
    bool isCurrentUser(const QString &accountId, const QString &userId) const;
    void searchOnServer();
    // An email not in the selected account (or with none selected): which accounts hold it.
    void lookInEveryAccount(const QString &email);
    void offerAccountsOfEmail(const QString &email, const QList<Account> &accounts);
    void showUserIn(const Account &account, const QString &email);
    void selectUserRow(int sourceRow);
    void editCurrentLicense();
    void createCommandActions(QMenu *usersMenu);
    void showUsersContextMenu(const QPoint &pos);
    void updateCommandActions();
    void updateUserBoxTitle();
    void createAccountActions();
    void updateAccountActions();
    const Account *currentAccount() const;
    AccountEditorContext accountEditorContext(const AccountCommand &command);
    QList<User> activeUsersOf(const QString &accountId) const;
    void onAccountChanged(const QString &accountId, const QString &act);
    QSet<QString> knownEmails() const;
    // How the dialogs send a change: through the engine.
    std::function<ChangeRun *(Change)> submitter();
    CommandContext currentContext() const;
    QSet<QString> uncertainUsers(const QList<User> &users) const;
    void openAuditLog();
    void openLicenseOverview();
    void exportCsv();
    void writeCsv(const QString &path);
    void reportRun(ChangeRun *run);
    void reconcile();
    void selectUsers(const QStringList &userIds);
    QList<User> selectedUsers() const;
    void refresh();
    void updateStatus();
    void showError(const QString &text, bool offerRetry = false);
    void showSearchResult(const QString &text);
    void startSearch(const QString &message);
    void fillFilter(QComboBox *combo, const QStringList &wireNames,
                    const std::function<QString(const QString &)> &displayName);
    void nameToolBarExtensions();
    // The license filter offers the licenses of the account shown.
    void offerAccountLicenses();
    void clearFilters();
    void openSaveViewDialog();
    void applyView(const SavedView &view);
    void fitColumnsOnce();
    void restoreSettings();
    void saveSettings() const;

    ChimeClient *m_client;
    ConnectionManager *m_connections;
    ProfileStore *m_profiles;
    AccountsModel *m_accounts;
    UsersModel *m_users;
    UserFilterProxyModel *m_proxy;
    DetailsLoader *m_details;
    AccountsOfEmail *m_accountsOfEmail;
    LicenseTotalsModel *m_licenseTotals;
    LicenseMix *m_licenseMix;
    ChangeEngine *m_engine;
    JournalSessions *m_sessions;
    AsyncSnapshots *m_snapshots = nullptr;
    SnapshotKeeper *m_keeper = nullptr;
    QString m_offlineReason; // empty while online
    QAction *m_undoAction = nullptr;
    QScrollArea *m_detailsScroll = nullptr;
    bool m_journalHasUndo = false; // a change applied to a user, in the journal or this session
    AuditLogModel *m_auditModel;
    SavedViews *m_savedViews;
    std::unique_ptr<UsersViewControls> m_viewControls; // once the users pane is built

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
    QGroupBox *m_userBox = nullptr;
    ElidedLabel *m_statusLabel = nullptr;
    WrittenFileNote *m_writtenFileNote = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QPushButton *m_awsFilesProblems = nullptr;
    QStringList m_awsFilesWarnings; // as the profile switcher was last filled
    QComboBox *m_profileSwitcher = nullptr;
    QWidget *m_keychainWait = nullptr;
    QPointer<ChangeDialog> m_changeDialog;
    QHash<QString, QAction *> m_commandActions; // by command id, in the Users menu
    QHash<QString, QAction *> m_newUsersActions; // by NewUsersCommand id
    QHash<QString, QAction *> m_accountActions; // by AccountCommand id, in the Account menu
    QPointer<AccountChangeDialog> m_accountDialog;
    QToolBar *m_commandBar = nullptr;
    QList<QAction *> m_contextActions; // the table's context menu
    QPointer<Reconciler> m_reconciler;
    bool m_closeConfirmed = false;
    bool m_columnsFitted = false;
    bool m_searchBannerShown = false; // the banner says what a search found
    bool m_headerRestored = false;
    enum class RetryTarget { None, Accounts, Users } m_retryTarget = RetryTarget::None;
};
