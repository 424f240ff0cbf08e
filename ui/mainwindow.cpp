#include "ui/mainwindow.h"

#include "core/chimeclient.h"
#include "core/connectionmanager.h"
#include "core/profilestore.h"
#include "models/accountsmodel.h"
#include "models/accountsofemail.h"
#include "models/licensetotalsmodel.h"
#include "models/auditlogmodel.h"
#include "models/changeact.h"
#include "models/changeengine.h"
#include "models/changerun.h"
#include "models/csvwriter.h"
#include "models/detailsloader.h"
#include "models/displaynames.h"
#include "models/licensemix.h"
#include "models/plaintooltip.h"
#include "models/reconciler.h"
#include "models/savedviews.h"
#include "models/userfilterproxymodel.h"
#include "models/usercommand.h"
#include "models/changeacts.h"
#include "models/newuseract.h"
#include "models/snapshotkeeper.h"
#include "models/telephonyact.h"
#include "models/usercommands.h"
#include "models/usersmodel.h"
#include "models/accountact.h"
#include "models/undoplanner.h"
#include "store/asyncjournal.h"
#include "store/asyncsnapshots.h"
#include "ui/aboutdialog.h"
#include "ui/accelerators.h"
#include "ui/accountchangedialog.h"
#include "ui/archivedialog.h"
#include "ui/accountcommand.h"
#include "ui/accountcommands.h"
#include "ui/accountdetailspanel.h"
#include "ui/auditlogdialog.h"
#include "ui/changedialog.h"
#include "ui/changestatedelegate.h"
#include "ui/comparesnapshotsdialog.h"
#include "ui/credentialsdialog.h"
#include "ui/filechooser.h"
#include "ui/filterbar.h"
#include "ui/selectioncount.h"
#include "ui/elidedlabel.h"
#include "ui/errorbanner.h"
#include "ui/licenseoverviewdialog.h"
#include "ui/newuserscommands.h"
#include "ui/icons.h"
#include "ui/importdialog.h"
#include "ui/keyboardshortcutsdialog.h"
#include "ui/licensedelegate.h"
#include "ui/screenfit.h"
#include "ui/snapshotnote.h"
#include "ui/savedviewsmenu.h"
#include "ui/saveviewdialog.h"
#include "ui/sortbymenu.h"
#include "ui/undodialog.h"
#include "ui/unreadablesummary.h"
#include "ui/userchangestatetext.h"
#include "ui/userdetailspanel.h"
#include "ui/userssummarybar.h"
#include "ui/usersviewcontrols.h"
#include "ui/writtenfilenote.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using namespace Qt::StringLiterals;

const QString geometryKey = u"window/geometry"_s;
const QString stateKey = u"window/state"_s;
const QString splitterKey = u"window/splitter"_s;
const QString headerKey = u"window/usersHeader"_s;
const QString lastAccountKey = u"session/lastAccountId"_s;

// As wide as the combo box's first ("any") entry, translated: a filter cut to "Alle
// Benutzertype…" hides what it filters by, and one as wide as its longest entry makes three of
// them too wide for 1024 pixels. Longer entries show whole in the list.
void fitToFirstEntry(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(1);
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->itemText(0);
    const QSize text(combo->fontMetrics().horizontalAdvance(option.currentText), combo->fontMetrics().height());
    combo->setMinimumWidth(combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width());
}

QList<LicenseValue> licensesOf(const QModelIndex &accountIndex)
{
    QList<LicenseValue> licenses;
    const QStringList names = accountIndex.data(AccountsModel::SupportedLicensesRole).toStringList();
    for (const QString &name : names)
        licenses.append(LicenseValue::fromWire(name));
    return licenses;
}

template<typename E>
QStringList allWireNames()
{
    QStringList names;
    for (const E value : WireEnum<E>::knownValues())
        names.append(WireEnum<E>(value).wireName());
    return names;
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_client(services.client)
    , m_connections(services.connections)
    , m_profiles(services.profiles)
    , m_accounts(new AccountsModel(services.client, this))
    , m_users(new UsersModel(services.client, services.engine, this))
    , m_proxy(new UserFilterProxyModel(this))
    , m_details(new DetailsLoader(services.client, this))
    , m_accountsOfEmail(new AccountsOfEmail(services.client, this))
    , m_licenseTotals(new LicenseTotalsModel(services.client, this))
    , m_licenseMix(new LicenseMix(m_users, this))
    , m_engine(services.engine)
    , m_sessions(services.sessions)
    , m_auditModel(new AuditLogModel(this))
    , m_savedViews(new SavedViews(this))
{
    setWindowTitle(tr("Chime Admin"));
    setObjectName(u"mainWindow"_s);
    m_proxy->setUsersModel(m_users);
    m_accounts->followChanges(m_engine);
    if (services.snapshots)
        followSnapshots(services.snapshots);

    m_accountsView = new QListView(this);
    m_accountsView->setObjectName(u"accountsView"_s);
    m_accountsView->setModel(m_accounts);
    m_accountsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountsView->setAccessibleName(tr("Accounts"));
    m_accountsView->setMinimumWidth(130); // long names are elided, with the whole in the tooltip
    // Without a horizontal scroll bar the items are as wide as the list, and a long name is
    // elided instead of cut off at the pane's edge.
    m_accountsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *accountsPane = new QWidget(this);
    auto *accountsLayout = new QVBoxLayout(accountsPane);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addWidget(new QLabel(tr("Accounts"), accountsPane));
    accountsLayout->addWidget(m_accountsView);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(accountsPane);
    m_splitter->addWidget(createUsersPane());
    m_viewControls = std::make_unique<UsersViewControls>(m_search, m_licenseFilter, m_userTypeFilter,
                                                         m_registrationFilter, m_usersView);
    m_splitter->addWidget(createDetailsPane());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({ 190, 690, 420 });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter, 1);
    m_errorBanner = new ErrorBanner(central);
    setCentralWidget(central);

    // A long status must not set the window's width (German would need 1,150 pixels).
    m_statusLabel = new ElidedLabel(Qt::ElideRight, this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    m_writtenFileNote = new WrittenFileNote(this);
    statusBar()->addWidget(m_writtenFileNote, 1);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_awsFilesProblems = new QPushButton(this);
    m_awsFilesProblems->setObjectName(u"awsFilesProblems"_s);
    m_awsFilesProblems->setFlat(true);
    m_awsFilesProblems->hide();
    connect(m_awsFilesProblems, &QPushButton::clicked, this, &MainWindow::showAwsFilesProblems);
    statusBar()->addPermanentWidget(m_awsFilesProblems);

    createActions();
    createProfileBar();
    // A row of its own: with the profile bar it would not fit a narrow window, or German.
    addToolBarBreak();
    addToolBar(m_commandBar);
    nameToolBarExtensions();
    connectModels();
    // Without a saved geometry the window opens as large as is comfortable, but never larger than
    // the screen: a window manager that does not shrink it would leave the details off screen.
    resizeWithinScreen(this, { 1300, 760 });
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::goOffline(const QString &reason)
{
    m_offlineReason = reason;
    m_users->setOffline(true);
    m_accountDetails->refuseChanges(offlineText());
    updateCommandActions();
    updateAccountActions();
    updateUndoAction();
    if (!m_snapshots) {
        showError(tr("Offline: %1 No snapshots are kept here, so there is nothing to show.").arg(reason), true);
        return;
    }
    m_snapshots->list({}, this, [this](const QList<SnapshotInfo> &snapshots, const QString &error) {
        if (!error.isEmpty())
            qWarning("snapshots not listed: %s", qPrintable(error));
        showOfflineAccounts(snapshots);
    });
}

void MainWindow::showOfflineAccounts(const QList<SnapshotInfo> &snapshots)
{
    if (!isOffline())
        return; // back online before the snapshots were listed
    QList<Account> accounts;
    for (const SnapshotInfo &latest : SnapshotInfo::latestCompleteByName(snapshots))
        accounts.append(latest.account);
    m_accounts->showAccounts(accounts);
    m_retryTarget = RetryTarget::Accounts;
    showError(accounts.isEmpty()
                  ? tr("Offline: %1 No account has a complete snapshot on this computer yet, so "
                       "there is nothing to show.").arg(m_offlineReason)
                  : offlineText(),
              true);
}

bool MainWindow::refusedOffline()
{
    if (isOffline())
        statusBar()->showMessage(offlineText(), 6000);
    return isOffline();
}

QString MainWindow::offlineText() const
{
    return tr("Offline: %1 Showing the snapshots kept on this computer, read-only: nothing can be "
              "changed until the service answers again.")
        .arg(m_offlineReason);
}

void MainWindow::goOnline()
{
    m_offlineReason.clear();
    m_users->setOffline(false);
    m_accountDetails->refuseChanges({});
    updateUndoAction();
    updateCommandActions();
    updateAccountActions();
}

void MainWindow::followSnapshots(AsyncSnapshots *snapshots)
{
    m_snapshots = snapshots;
    m_keeper = new SnapshotKeeper(snapshots, m_users, m_accounts, this);
    connect(m_details, &DetailsLoader::accountSettingsLoaded, m_keeper, &SnapshotKeeper::noteSettings);
    connect(m_details, &DetailsLoader::retentionLoaded, m_keeper, &SnapshotKeeper::noteRetention);
    connect(m_keeper, &SnapshotKeeper::snapshotShown, this, [this](const Snapshot &snapshot) {
        if (!isOffline())
            return;
        const QString accountId = snapshot.info.account.accountId;
        const QString notKept = tr("Not kept in the snapshot");
        m_accountDetails->setSettings(accountId, snapshot.settings, snapshot.settings ? QString() : notKept);
        m_accountDetails->setRetention(accountId, snapshot.retention, snapshot.retention ? QString() : notKept);
    });
    // The program runs on without them: said once, with what to do.
    connect(snapshots, &AsyncSnapshots::opened, this, [this](const SnapshotProblem &problem) {
        if (!problem.isNone())
            showError(problem.message, false);
    });
    connect(snapshots, &AsyncSnapshots::writeFailed, this, [this](const QString &error) {
        showError(tr("A snapshot could not be written (%1); listings are not kept until the program "
                     "is started again.").arg(error), false);
    });
}

ChangeDialog *MainWindow::changeDialog() const
{
    return m_changeDialog;
}

AccountChangeDialog *MainWindow::accountDialog() const
{
    return m_accountDialog;
}

QWidget *MainWindow::createUsersPane()
{
    auto *pane = new QWidget(this);
    m_search = new QLineEdit(pane);
    m_search->setObjectName(u"searchField"_s);
    // Short: the field is narrow at 1024 pixels; the tooltip says the rest.
    m_search->setPlaceholderText(tr("Name or email"));
    // The API looks users up by email only: a name is searched among this account's loaded users.
    m_search->setToolTip(tr("A name or part of one filters the users of this account loaded so far. "
                            "An email and Enter asks the service: this account first, then every "
                            "account. The service cannot search names across accounts."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));

    m_licenseFilter = new QComboBox(pane);
    m_licenseFilter->setObjectName(u"licenseFilter"_s);
    m_licenseFilter->setToolTip(tr("Show only users with this license"));
    m_licenseFilter->setAccessibleName(tr("License filter"));
    m_userTypeFilter = new QComboBox(pane);
    m_userTypeFilter->setObjectName(u"userTypeFilter"_s);
    m_userTypeFilter->setToolTip(tr("Show only users of this type"));
    m_userTypeFilter->setAccessibleName(tr("User type filter"));
    m_registrationFilter = new QComboBox(pane);
    m_registrationFilter->setObjectName(u"registrationFilter"_s);
    m_registrationFilter->setToolTip(tr("Show only users with this registration status"));
    m_registrationFilter->setAccessibleName(tr("Registration filter"));
    offerAccountLicenses();
    fillFilter(m_userTypeFilter, allWireNames<UserType>(), [](const QString &name) {
        return DisplayNames::userType(UserTypeValue::fromWire(name));
    });
    fillFilter(m_registrationFilter, allWireNames<RegistrationStatus>(), [](const QString &name) {
        return DisplayNames::registrationStatus(RegistrationStatusValue::fromWire(name));
    });
    for (QComboBox *combo : { m_licenseFilter, m_userTypeFilter, m_registrationFilter })
        fitToFirstEntry(combo);
    m_search->setMinimumWidth(140);

    auto *filters = new FilterBar(m_search, { m_licenseFilter, m_userTypeFilter, m_registrationFilter }, pane);

    m_usersView = new QTableView(pane);
    m_usersView->setObjectName(u"usersView"_s);
    m_usersView->setAccessibleName(tr("Users"));
    m_usersView->setModel(m_proxy);
    m_usersView->setItemDelegateForColumn(UsersModel::LicenseColumn, new LicenseDelegate(m_usersView));
    for (const int column : { UsersModel::DisplayNameColumn, UsersModel::UserTypeColumn,
                              UsersModel::RegistrationStatusColumn })
        m_usersView->setItemDelegateForColumn(column, new ChangeStateDelegate(m_usersView));
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_usersView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::SelectedClicked);
    m_usersView->setSortingEnabled(true);
    m_usersView->sortByColumn(-1, Qt::AscendingOrder);
    // Tab leaves the table for the next pane: arrows move within it, Enter opens the details.
    m_usersView->setTabKeyNavigation(false);
    connect(m_usersView, &QAbstractItemView::activated, this, [this] {
        m_userDetails->focusFirstValue();
        m_detailsScroll->ensureWidgetVisible(m_userDetails->parentWidget());
    });
    m_usersView->setAlternatingRowColors(true);
    m_usersView->verticalHeader()->hide();
    m_usersView->verticalHeader()->setDefaultSectionSize(m_usersView->fontMetrics().height() + 8);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    const std::pair<int, int> widths[] = {
        { UsersModel::DisplayNameColumn, 160 }, { UsersModel::EmailColumn, 230 },
        { UsersModel::LicenseColumn, 80 },      { UsersModel::UserTypeColumn, 105 },
        { UsersModel::RegistrationStatusColumn, 100 }, { UsersModel::InvitationStatusColumn, 85 },
        { UsersModel::RegisteredOnColumn, 125 },
    };
    for (const auto &[column, width] : widths)
        m_usersView->setColumnWidth(column, width);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filters);
    auto *summary = new UsersSummaryBar(m_users, m_proxy, m_usersView->selectionModel(), pane);
    connect(summary, &UsersSummaryBar::clearFiltersRequested, this, &MainWindow::clearFilters);
    layout->addWidget(summary);
    layout->addWidget(new SnapshotNote(m_users, pane));
    layout->addWidget(m_usersView, 1);
    return pane;
}

QWidget *MainWindow::createDetailsPane()
{
    auto *pane = new QWidget(this);
    auto *accountBox = new QGroupBox(tr("Account"), pane);
    m_accountDetails = new AccountDetailsPanel(m_licenseMix, accountBox);
    (new QVBoxLayout(accountBox))->addWidget(m_accountDetails);
    auto *userBox = new QGroupBox(tr("User"), pane);
    userBox->setObjectName(QStringLiteral("userBox"));
    m_userBox = userBox;
    m_userDetails = new UserDetailsPanel(userBox);
    (new QVBoxLayout(userBox))->addWidget(m_userDetails);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(accountBox);
    layout->addWidget(userBox);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    m_detailsScroll = scroll;
    scroll->setMinimumWidth(300);
    scroll->setWidget(pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the values and buttons inside, which show their focus (and are scrolled to),
    // not to the area around them, which shows none.
    scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

void MainWindow::fillFilter(QComboBox *combo, const QStringList &wireNames,
                            const std::function<QString(const QString &)> &displayName)
{
    combo->addItem(combo == m_licenseFilter ? tr("Any license")
                   : combo == m_userTypeFilter ? tr("Any user type")
                                               : tr("Any registration"),
                   QString());
    for (const QString &name : wireNames)
        combo->addItem(displayName(name), name);
}

void MainWindow::offerAccountLicenses()
{
    QStringList licenses = LicenseValue::wireNames(m_users->supportedLicenses());
    if (licenses.isEmpty()) // not known (no account chosen): every license the program knows
        licenses = allWireNames<License>();
    const QString chosen = m_licenseFilter->currentData().toString();
    {
        const QSignalBlocker quiet(m_licenseFilter);
        m_licenseFilter->clear();
        fillFilter(m_licenseFilter, licenses,
                   [](const QString &name) { return DisplayNames::license(LicenseValue::fromWire(name)); });
        m_licenseFilter->setCurrentIndex(std::max(0, m_licenseFilter->findData(chosen)));
    }
    m_proxy->setLicenseFilter(m_licenseFilter->currentData().toString());
}

void MainWindow::openSaveViewDialog()
{
    auto *dialog = new SaveViewDialog(m_savedViews, m_users->accountId(), m_users->accountName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SavedView view = m_viewControls->capture(dialog->name(), dialog->scope());
        m_savedViews->save(view);
        if (dialog->opensTheAccount())
            m_savedViews->setDefault(m_users->accountId(), view);
        statusBar()->showMessage(tr("View %1 saved.").arg(view.name), 4000);
    });
    dialog->open();
}

void MainWindow::applyView(const SavedView &view)
{
    const QStringList problems = m_viewControls->apply(view);
    if (!problems.isEmpty())
        showError(tr("View %1: %2").arg(view.name, problems.join(u' ')));
}

void MainWindow::clearFilters()
{
    m_search->clear();
    for (QComboBox *combo : { m_licenseFilter, m_userTypeFilter, m_registrationFilter })
        combo->setCurrentIndex(0);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = fileMenu->addAction(Icons::themed(u"document-export"_s),
                                                tr("&Export visible users as CSV…"), this,
                                                &MainWindow::exportCsv);
    exportAction->setObjectName(u"exportUsersAction"_s);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction *import = fileMenu->addAction(tr("&Import changes…"), this, &MainWindow::openImportDialog);
    import->setObjectName(u"importChangesAction"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Apply a spreadsheet (email, license, …) to the selected account, after a dry run"));
    fileMenu->addSeparator();
    QAction *compare = fileMenu->addAction(tr("Compare &snapshots…"), this, &MainWindow::openSnapshotComparison);
    compare->setObjectName(u"compareSnapshotsAction"_s);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compare->setEnabled(m_snapshots != nullptr);
    compare->setToolTip(m_snapshots ? tr("What changed in an account between two of its snapshots")
                                    : tr("No snapshots are kept in this session."));
    QAction *archive = fileMenu->addAction(tr("Export &archive…"), this, &MainWindow::openArchiveDialog);
    archive->setObjectName(u"exportArchiveAction"_s);
    archive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    archive->setEnabled(m_snapshots != nullptr);
    archive->setToolTip(m_snapshots ? tr("Write the accounts' latest snapshots to a folder, as CSV, JSON and SQLite")
                                    : tr("No snapshots are kept in this session."));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(Icons::themed(u"application-exit"_s), tr("&Quit"), this,
                                        &QWidget::close);
    // Not QKeySequence::Quit: some platforms' key themes bind nothing to it.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setToolTipsVisible(true); // a disabled Undo says why
    QAction *undo = editMenu->addAction(Icons::themed(u"edit-undo"_s), tr("&Undo last change…"), this,
                                        [this] { openUndoDialog(std::nullopt); });
    undo->setObjectName(u"undoAction"_s);
    m_undoAction = undo;
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false); // until the journal is read

    QMenu *usersMenu = menuBar()->addMenu(tr("&Users"));
    QAction *find = usersMenu->addAction(Icons::themed(u"edit-find"_s), tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refreshAction = usersMenu->addAction(Icons::themed(u"view-refresh"_s), tr("&Refresh"),
                                                  this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *editLicense = usersMenu->addAction(Icons::themed(u"document-edit"_s), tr("&Edit license"),
                                                this, &MainWindow::editCurrentLicense);
    editLicense->setShortcut(Qt::Key_F2);
    QAction *loadAll = usersMenu->addAction(Icons::themed(u"go-bottom"_s), tr("Load &all users"), m_users,
                                            &UsersModel::loadAll);
    loadAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_End));
    usersMenu->addSeparator();
    createCommandActions(usersMenu);
    m_contextActions.prepend(editLicense);

    createAccountActions();

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *auditAction = viewMenu->addAction(Icons::themed(u"view-history"_s), tr("&Audit log…"),
                                               this, &MainWindow::openAuditLog);
    auditAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QAction *overview = viewMenu->addAction(tr("License &overview…"), this, &MainWindow::openLicenseOverview);
    overview->setObjectName(u"licenseOverviewAction"_s);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QMenu *columns = viewMenu->addMenu(tr("&Columns"));
    QString taken;
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        QAction *toggle = columns->addAction(
            Accelerators::mark(m_users->headerData(column, Qt::Horizontal).toString(), taken));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, this,
                [this, column](bool shown) { m_usersView->setColumnHidden(column, !shown); });
        // Ticked as the header is when opened: a restored or applied view hides columns too.
        connect(columns, &QMenu::aboutToShow, toggle,
                [this, toggle, column] { toggle->setChecked(!m_usersView->isColumnHidden(column)); });
    }
    auto *sortBy = new SortByMenu(m_usersView, viewMenu);
    viewMenu->addMenu(sortBy);
    viewMenu->addSeparator();
    QAction *saveView = viewMenu->addAction(tr("Save &view…"), this, &MainWindow::openSaveViewDialog);
    saveView->setObjectName(u"saveViewAction"_s);
    saveView->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    saveView->setToolTip(tr("Keep the search, filters, sort and columns under a name"));
    auto *views = new SavedViewsMenu(m_savedViews, [this] {
        return std::pair(m_users->accountId(), m_users->accountName());
    }, viewMenu);
    connect(views, &SavedViewsMenu::applyRequested, this, &MainWindow::applyView);
    viewMenu->addMenu(views);
    connect(m_usersView->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this, columns, sortBy](const QPoint &pos) { showHeaderMenu(pos, columns, sortBy); });
    createHelpMenu();
}

void MainWindow::showHeaderMenu(const QPoint &pos, QMenu *columns, SortByMenu *sortBy)
{
    QHeaderView *header = m_usersView->horizontalHeader();
    auto *menu = new QMenu(header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int column = header->logicalIndexAt(pos);
    if (column >= 0) {
        menu->addActions(sortBy->actionsForColumn(column, menu));
        menu->addSeparator();
    }
    menu->addMenu(columns);
    menu->popup(header->mapToGlobal(pos));
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        auto *dialog = new KeyboardShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(Icons::themed(u"help-about"_s), tr("&About Chime Admin…"), this, [this] {
        const AboutDialog::Files files { QSettings().fileName(), m_engine->journal()->path(),
                                         m_snapshots ? m_snapshots->path() : QString() };
        auto *dialog = new AboutDialog(files, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
}

void MainWindow::connectModels()
{
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showAccount(current); });
    connect(m_usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showUser(current);
                // The user the details show is one the acts apply to: a current row reached
                // without selecting (Tab into the table) is selected. Looked at once the event is
                // over, so that a Ctrl+click's own selection comes first.
                QMetaObject::invokeMethod(this, [this] {
                    const QModelIndex now = m_usersView->currentIndex();
                    if (now.isValid() && !m_usersView->selectionModel()->hasSelection())
                        m_usersView->selectionModel()->select(now, QItemSelectionModel::Select
                                                                       | QItemSelectionModel::Rows);
                }, Qt::QueuedConnection);
            });
    connect(m_accounts, &AccountsModel::loaded, this, &MainWindow::selectInitialAccount);
    connect(m_accounts, &AccountsModel::loaded, this, [this] {
        if (!m_accounts->unreadableAccounts().isEmpty())
            showError(UnreadableSummary::accounts(m_accounts->unreadableAccounts()));
    });
    connect(m_accounts, &AccountsModel::loadFailed, this, [this](const ChimeError &error) {
        m_retryTarget = RetryTarget::Accounts;
        // Not reached at all: what the snapshots keep is better than an empty window.
        const bool unreachable = error.kind() == ChimeError::Kind::NetworkFailure
            || error.kind() == ChimeError::Kind::Timeout;
        if (unreachable && m_snapshots)
            goOffline(error.userMessage());
        else
            showError(error.userMessage(), true);
    });

    connect(m_accounts, &AccountsModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_users, &UsersModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_users, &UsersModel::pageLoaded, this, &MainWindow::updateStatus);
    connect(m_users, &UsersModel::snapshotChanged, this, &MainWindow::updateStatus);
    connect(m_users, &UsersModel::pageLoaded, this, &MainWindow::fitColumnsOnce);
    connect(m_proxy, &UserFilterProxyModel::filterChanged, this, &MainWindow::fitColumnsOnce);
    connect(m_proxy, &UserFilterProxyModel::filterChanged, this, [this] {
        // The user shown may be filtered out: its details and the acts on it go with it.
        if (!m_usersView->currentIndex().isValid())
            m_userDetails->clear();
        updateCommandActions();
    });
    connect(m_users, &UsersModel::unreadableUsersFound, this, [this] {
        showError(UnreadableSummary::users(m_users->unreadableUsers()));
        updateStatus();
    });
    connect(m_users, &UsersModel::loadFailed, this, [this](const ChimeError &error) {
        m_retryTarget = RetryTarget::Users;
        showError(tr("Loading users stopped: %1").arg(error.userMessage()), true);
    });
    connect(m_engine, &ChangeEngine::userChanged, this,
            [this](const QString &accountId, const QString &userId) {
                if (isCurrentUser(accountId, userId))
                    showUser(m_usersView->currentIndex());
            });
    connect(m_engine, &ChangeEngine::statusChanged, this,
            [this](const QString &accountId, const QString &userId) {
                if (isCurrentUser(accountId, userId))
                    showUserChange(m_usersView->currentIndex());
            });
    connect(m_engine, &ChangeEngine::userChanged, this,
            [this](const QString &accountId, const QString &, const QString &act) {
                onAccountChanged(accountId, act);
            });
    connect(m_engine, &ChangeEngine::runFinished, this, &MainWindow::reportRun);
    connect(m_engine, &ChangeEngine::runFinished, this, [this](const ChangeRun *run) {
        updateCommandActions(); // the selected users may hold what a command gives now
        using State = ChangeRun::TargetState;
        if (run->countIn(State::Applied) + run->countIn(State::Unconfirmed) > 0) {
            m_journalHasUndo = true;
            updateUndoAction();
        }
    });
    m_engine->journal()->read(this, [this](const JournalContents &contents, const QString &) {
        // Unreadable, it offers what this session changes; the dialog says why an undo cannot be planned.
        m_journalHasUndo = m_journalHasUndo || UndoPlanner::hasCandidate(contents);
        updateUndoAction();
    });
    connect(m_engine, &ChangeEngine::busyChanged, this, &MainWindow::updateStatus);
    connect(m_engine, &ChangeEngine::journalWriteFailed, this, [this](const QString &message) {
        showError(tr("The change journal could not be written: %1").arg(message));
    });
    connect(m_users, &UsersModel::userLookedUp, this, &MainWindow::selectUserRow);
    connect(m_users, &UsersModel::notInAccount, this, &MainWindow::lookInEveryAccount);
    connect(m_accountsOfEmail, &AccountsOfEmail::found, this, &MainWindow::offerAccountsOfEmail);
    connect(m_accountsOfEmail, &AccountsOfEmail::failed, this,
            [this](const QString &email, const ChimeError &error) {
                showSearchResult(tr("Looking %1 up in every account failed: %2").arg(email, error.userMessage()));
            });
    connect(m_users, &UsersModel::lookupFailed, this,
            [this](const QString &, const QString &reason) { showSearchResult(reason); });
    connect(m_details, &DetailsLoader::accountLoaded, m_accountDetails, &AccountDetailsPanel::setAccount);
    connect(m_details, &DetailsLoader::accountSettingsLoaded, m_accountDetails, &AccountDetailsPanel::setSettings);
    connect(m_details, &DetailsLoader::retentionLoaded, m_accountDetails, &AccountDetailsPanel::setRetention);
    connect(m_details, &DetailsLoader::userLoaded, this, [this](const User &user) {
        m_userDetails->setUser(user);
        showUserChange(m_usersView->currentIndex());
    });
    connect(m_details, &DetailsLoader::loadFailed, this,
            [this](const ChimeError &error) { showError(error.userMessage()); });
    connect(m_details, &DetailsLoader::telephonyLoaded, this,
            [this](const QString &userId, const TelephonySettings &settings) {
                m_userDetails->setTelephony(userId, settings);
                User known;
                known.userId = userId;
                known.telephony = settings;
                m_users->applyUsers({ known });
                if (m_keeper)
                    m_keeper->noteTelephony(m_users->accountId(), userId, settings);
            });
    connect(m_details, &DetailsLoader::telephonyFailed, this,
            [this](const QString &userId, const ChimeError &error) {
                m_userDetails->setTelephony(userId, std::nullopt, error.userMessage());
            });
    connect(m_userDetails, &UserDetailsPanel::telephonyChangeRequested, this,
            [this](const TelephonySettings &settings) {
                const User *user = m_users->user(m_proxy->mapToSource(m_usersView->currentIndex()).row());
                if (user)
                    openCommandFor(*UserCommands::find(u"telephony"_s), { *user },
                                   TelephonyAct::valueOf(settings));
            });
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, [this] {
        if (m_retryTarget == RetryTarget::Accounts) {
            goOnline(); // back offline if the service still cannot be reached
            m_accounts->reload();
        }
        else if (m_retryTarget == RetryTarget::Users)
            m_users->retryLoad();
    });

    connect(m_search, &QLineEdit::textChanged, m_proxy, &UserFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchOnServer);
    const auto bindFilter = [this](QComboBox *combo, void (UserFilterProxyModel::*setter)(const QString &)) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, setter] { (m_proxy->*setter)(combo->currentData().toString()); });
    };
    bindFilter(m_licenseFilter, &UserFilterProxyModel::setLicenseFilter);
    bindFilter(m_userTypeFilter, &UserFilterProxyModel::setUserTypeFilter);
    bindFilter(m_registrationFilter, &UserFilterProxyModel::setRegistrationFilter);
}

void MainWindow::fitColumnsOnce()
{
    // Fit the columns to each account's real (and translated) values, unless the person has
    // arranged them already; measured on rows the view shows, so not while the filters show
    // none (Name and Email would shrink to their headers).
    if (m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QMetaObject::invokeMethod(this, [this] {
        m_usersView->doItemsLayout(); // it lays rows out lazily and measures only laid-out ones
        m_usersView->horizontalHeader()->setMaximumSectionSize(280);
        m_usersView->resizeColumnsToContents();
    }, Qt::QueuedConnection);
}

void MainWindow::start()
{
    if (m_connections->active() || m_connections->isActivating() || isOffline())
        return;
    showError(tr("No credentials are in use yet. Add a profile, or import one of your AWS CLI "
                 "profiles, in the Credentials dialog."));
    openCredentialsDialog();
}

void MainWindow::createProfileBar()
{
    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(u"profileBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Profile:"), bar));
    m_profileSwitcher = new QComboBox(bar);
    m_profileSwitcher->setObjectName(u"profileSwitcher"_s);
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setToolTip(tr("Which credentials to use"));
    bar->addWidget(m_profileSwitcher);
    QAction *credentials = bar->addAction(Icons::themed(u"dialog-password"_s), tr("Credentials…"),
                                          this, &MainWindow::openCredentialsDialog);
    credentials->setToolTip(tr("Add, change, import or delete profiles"));

    m_keychainWait = new QWidget(this);
    auto *waitLayout = new QHBoxLayout(m_keychainWait);
    waitLayout->setContentsMargins(0, 0, 0, 0);
    waitLayout->addWidget(new QLabel(tr("Waiting for the keychain — it may ask to be unlocked…"),
                                     m_keychainWait));
    auto *cancel = new QPushButton(tr("Cancel"), m_keychainWait);
    cancel->setObjectName(u"cancelKeychainWait"_s);
    waitLayout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_keychainWait);
    m_keychainWait->hide();
    connect(cancel, &QPushButton::clicked, m_connections, &ConnectionManager::cancelActivation);

    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const auto source = m_profileSwitcher->itemData(index).value<ConnectionManager::Source>();
        if (!m_connections->active() || !(*m_connections->active() == source))
            m_connections->activate(source);
    });
    connect(m_connections, &ConnectionManager::sourcesChanged, this, &MainWindow::fillProfileSwitcher);
    connect(m_connections, &ConnectionManager::activated, this, &MainWindow::onConnectionActivated);
    connect(m_connections, &ConnectionManager::activationFailed, this, [this](const QString &message) {
        fillProfileSwitcher(); // back to the source still in use
        showError(message);
    });
    connect(m_connections, &ConnectionManager::waitingForKeychain, m_keychainWait, &QWidget::setVisible);
    fillProfileSwitcher();
}

void MainWindow::fillProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    m_awsFilesWarnings.clear();
    for (const ConnectionManager::Source &source : m_connections->sources(&m_awsFilesWarnings)) {
        m_profileSwitcher->addItem(source.unusableReason.isEmpty()
                                       ? source.label()
                                       : tr("%1 — cannot be used").arg(source.label()),
                                   QVariant::fromValue(source));
        const int index = m_profileSwitcher->count() - 1;
        if (!source.unusableReason.isEmpty()) {
            m_profileSwitcher->setItemData(index, tr("Cannot be used: %1").arg(source.unusableReason),
                                           Qt::ToolTipRole);
        }
        if (m_connections->active() && *m_connections->active() == source)
            m_profileSwitcher->setCurrentIndex(index);
    }
    if (!m_connections->active())
        m_profileSwitcher->setCurrentIndex(-1);
    m_connectionLabel->setText(m_connections->activeDescription());
    m_awsFilesProblems->setVisible(!m_awsFilesWarnings.isEmpty());
    m_awsFilesProblems->setText(
        tr("AWS CLI files: %Ln problem(s)", nullptr, int(m_awsFilesWarnings.size())));
    m_awsFilesProblems->setToolTip(plainToolTip(m_awsFilesWarnings.join(u'\n')));
}

void MainWindow::showAwsFilesProblems()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("AWS CLI files"), QString(),
                                QMessageBox::Close, this);
    // File contents (section names) are data, never markup.
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Reading the AWS CLI files found these problems:") + u"\n\n"
                 + m_awsFilesWarnings.join(u"\n\n"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onConnectionActivated()
{
    goOnline();
    m_errorBanner->hide();
    fillProfileSwitcher();
    m_users->setAccount({}, {});
    m_accountDetails->clear();
    m_userDetails->clear();
    if (const std::optional<ChimeError> error = m_client->configurationError()) {
        showError(error->userMessage());
        return;
    }
    m_accounts->reload();
    reconcile();
}

void MainWindow::reconcile()
{
    // One at a time: two would read back and journal the same users twice.
    if (m_reconciler)
        return;
    auto *reconciler = new Reconciler(m_engine, m_sessions, this);
    m_reconciler = reconciler;
    connect(reconciler, &Reconciler::checking, this, [this](int users) {
        statusBar()->showMessage(
            tr("Checking %Ln user(s) of changes interrupted in an earlier session…", nullptr, users));
    });
    connect(reconciler, &Reconciler::finished, this, [this, reconciler](const Reconciler::Report &report) {
        reconciler->deleteLater();
        statusBar()->clearMessage();
        if (!report.isEmpty())
            showError(report.text());
    });
    reconciler->start();
}

// Says so when a single edit did not end applied: the table alone shows it only on its row.
void MainWindow::reportRun(ChangeRun *run)
{
    if (run->total() != 1)
        return;
    const ChangeRun::Target &target = run->targets().constFirst();
    const QString who = target.change.displayName.isEmpty() ? target.change.userId
                                                            : target.change.displayName;
    // In the words of the act that made it (a license, a suspension, a sign-out, …).
    const QString after = run->act()->displayValue(target.change.after);
    switch (target.state) {
    case ChangeRun::TargetState::Failed:
    case ChangeRun::TargetState::NotApplied:
    case ChangeRun::TargetState::Cancelled:
        showError(tr("The change of %1 (%2) was not made. %3").arg(who, after, target.message));
        break;
    case ChangeRun::TargetState::Unconfirmed:
        showError(tr("Whether the change of %1 (%2) was made could not be confirmed. %3")
                      .arg(who, after, target.message));
        break;
    case ChangeRun::TargetState::Applied:
    case ChangeRun::TargetState::Queued:
    case ChangeRun::TargetState::Sending:
    case ChangeRun::TargetState::Checking:
        break;
    }
}

void MainWindow::openCredentialsDialog()
{
    auto *dialog = new CredentialsDialog(m_profiles, m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialsDialog::useRequested, m_connections, &ConnectionManager::activate);
    dialog->open();
}

void MainWindow::selectInitialAccount()
{
    const QString remembered = QSettings().value(lastAccountKey).toString();
    int row = m_accounts->rowOfAccount(remembered);
    // Otherwise the first (for one account, the only) one, so the window never opens empty.
    if (row < 0 && m_accounts->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_accountsView->setCurrentIndex(m_accounts->index(row));
    updateStatus();
}

void MainWindow::showAccount(const QModelIndex &index)
{
    m_userDetails->clear();
    m_detailsScroll->ensureVisible(0, 0); // another account's details begin at their top
    m_columnsFitted = m_headerRestored; // fit this account's values, unless the person arranged them
    const QString accountId = index.data(AccountsModel::AccountIdRole).toString();
    m_users->setAccount(accountId, licensesOf(index), index.data(Qt::DisplayRole).toString());
    offerAccountLicenses();
    if (const std::optional<SavedView> view = m_savedViews->defaultFor(accountId))
        applyView(*view);
    m_users->fetchMore({});
    updateCommandActions();
    updateAccountActions();
    if (accountId.isEmpty()) {
        m_accountDetails->clear();
        return;
    }
    if (isOffline()) {
        // The snapshot's account and users, and nothing read from the service.
        if (m_keeper)
            m_keeper->showLatest();
        if (const Account *account = m_accounts->account(index.row()))
            m_accountDetails->setAccount(*account);
        return;
    }
    if (const Account *account = m_accounts->account(index.row()))
        showAccountDetails(*account);
    else
        m_details->loadAccount(accountId);
    QSettings().setValue(lastAccountKey, accountId);
}

void MainWindow::showAccountDetails(const Account &account)
{
    // The listing first, then what only GetAccount and the settings reads give.
    m_accountDetails->setAccount(account);
    m_details->loadAccountSettings(account);
    m_details->loadAccount(account.accountId);
}

void MainWindow::showUser(const QModelIndex &proxyIndex)
{
    const int row = m_proxy->mapToSource(proxyIndex).row();
    const User *user = m_users->user(row);
    if (!user) {
        m_userDetails->clear();
        return;
    }
    m_userDetails->setUser(*user);
    showUserChange(proxyIndex);
    if (!isOffline())
        m_details->loadUser(m_users->accountId(), user->userId);
}

bool MainWindow::isCurrentUser(const QString &accountId, const QString &userId) const
{
    const QModelIndex current = m_usersView->currentIndex();
    return accountId == m_users->accountId() && current.isValid()
        && current.data(UsersModel::UserIdRole).toString() == userId;
}

void MainWindow::showUserChange(const QModelIndex &proxyIndex)
{
    // The changed cell's tooltip says in words where the change stands, and why when it failed.
    const QModelIndex license = proxyIndex.siblingAtColumn(UsersModel::LicenseColumn);
    const QString userId = proxyIndex.data(UsersModel::UserIdRole).toString();
    const QString act = m_engine->statusOf(m_users->accountId(), userId).act;
    const QModelIndex changed = proxyIndex.siblingAtColumn(UsersModel::columnOfAct(act));
    QString lastChange = changed.data(Qt::ToolTipRole).toString();
    if (lastChange.isEmpty()) {
        if (const auto settled = m_engine->lastSettled(m_users->accountId(), userId))
            lastChange = UserChangeStateText::describeSettled(*settled);
    }
    m_userDetails->setChange(license.data(UsersModel::ChangeStateRole).value<UserChangeState>(),
                             license.data(Qt::DisplayRole).toString(), lastChange);
}

void MainWindow::searchOnServer()
{
    const QString text = m_search->text().trimmed();
    if (!text.contains(u'@'))
        return;
    if (m_users->accountId().isEmpty()) {
        lookInEveryAccount(text);
        return;
    }
    startSearch(tr("Looking up %1 in %2…").arg(text, m_users->accountName()));
    m_users->lookUpByEmail(text);
}

void MainWindow::lookInEveryAccount(const QString &email)
{
    if (const std::optional<QString> problem = UsersModel::emailProblem(email)) {
        showSearchResult(*problem);
        return;
    }
    startSearch(m_users->accountId().isEmpty() ? tr("Looking up %1 in every account…").arg(email)
                                               : tr("%1 is not in %2; looking in every account…")
                                                     .arg(email, m_users->accountName()));
    m_accountsOfEmail->lookUp(email);
}

void MainWindow::offerAccountsOfEmail(const QString &email, const QList<Account> &accounts)
{
    QList<Account> elsewhere;
    for (const Account &account : accounts) {
        if (account.accountId != m_users->accountId())
            elsewhere.append(account);
    }
    if (elsewhere.isEmpty()) {
        showSearchResult(tr("No account holds a user with the email %1.").arg(email));
        return;
    }
    QStringList names;
    for (const Account &account : std::as_const(elsewhere))
        names.append(account.name.isEmpty() ? account.accountId : account.name);
    showSearchResult({});
    const Account target = elsewhere.first();
    // Asked without blocking; the window stays usable while the offer is open.
    auto *offer = new QMessageBox(QMessageBox::Information, tr("Found in another account"),
                                  tr("%1 is a user of %2.")
                                      .arg(email, QLocale().createSeparatedList(names)),
                                  QMessageBox::Close, this);
    offer->setObjectName(u"accountsOfEmail"_s);
    offer->setTextFormat(Qt::PlainText);
    offer->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = offer->addButton(tr("Show in %1").arg(names.first()), QMessageBox::AcceptRole);
    go->setObjectName(u"showInAccount"_s);
    offer->setDefaultButton(go);
    connect(go, &QPushButton::clicked, this, [this, email, target] { showUserIn(target, email); });
    offer->open();
}

void MainWindow::showUserIn(const Account &account, const QString &email)
{
    const int row = m_accounts->rowOfAccount(account.accountId);
    if (row < 0) {
        showSearchResult(tr("%1 is in %2, which the account list has not loaded yet.")
                      .arg(email, account.name.isEmpty() ? account.accountId : account.name));
        return;
    }
    m_accountsView->setCurrentIndex(m_accounts->index(row));
    m_users->lookUpByEmail(email);
}

void MainWindow::selectUserRow(int sourceRow)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_users->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        showSearchResult(tr("The user was found but the current filters hide them."));
        return;
    }
    showSearchResult({});
    m_usersView->setCurrentIndex(proxyIndex);
    m_usersView->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_usersView->scrollTo(proxyIndex);
    m_usersView->setFocus();
}

void MainWindow::editCurrentLicense()
{
    const QModelIndex current = m_usersView->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex licenseIndex = current.siblingAtColumn(UsersModel::LicenseColumn);
    m_usersView->setCurrentIndex(licenseIndex);
    m_usersView->edit(licenseIndex);
}

void MainWindow::refresh()
{
    m_errorBanner->hide();
    if (m_users->accountId().isEmpty())
        m_accounts->reload();
    else
        m_users->reload();
}

void MainWindow::updateStatus()
{
    QString text;
    if (m_accounts->isLoading()) {
        text = tr("Loading accounts…");
    } else if (m_users->accountId().isEmpty()) {
        text = m_accounts->rowCount() == 0 ? tr("No accounts") : tr("Select an account");
    } else {
        const QString count = QLocale().toString(m_users->rowCount());
        if (isOffline())
            text = tr("Offline: %1 users of the snapshot of %2")
                       .arg(count, DisplayNames::dateTime(m_users->snapshotTime()));
        else if (const qsizetype unconfirmed = m_users->snapshotRowCount(); unconfirmed > 0)
            text = tr("Confirming the snapshot with the service… %1 of %2 users confirmed")
                       .arg(QLocale().toString(m_users->rowCount() - unconfirmed), count);
        else if (m_users->isLoading())
            text = tr("Loading users… %1 loaded so far").arg(count);
        else if (m_users->isComplete())
            text = tr("%Ln user(s) loaded", nullptr, m_users->rowCount());
        else
            text = tr("%1 users loaded; more on the server (scroll down or Load all)").arg(count);
    }
    if (const qsizetype unreadable = m_accounts->unreadableAccounts().size(); unreadable > 0)
        text += u"  ·  "_s + tr("%Ln unreadable account(s) not listed", nullptr, int(unreadable));
    if (const qsizetype unreadable = m_users->unreadableUsers().size(); unreadable > 0)
        text += u"  ·  "_s + tr("%Ln unreadable user(s) not listed", nullptr, int(unreadable));
    if (m_engine->usersInFlight() > 0)
        text += u"  ·  "_s + tr("%Ln change(s) in flight", nullptr, m_engine->usersInFlight());
    m_statusLabel->setFullText(text);
    m_statusLabel->setToolTip(text); // the whole of it, where the window is too narrow
}

void MainWindow::showError(const QString &text, bool offerRetry)
{
    m_searchBannerShown = false;
    m_errorBanner->showError(text, offerRetry);
}

void MainWindow::showSearchResult(const QString &text)
{
    statusBar()->clearMessage(); // the "Looking up…" is over
    if (!text.isEmpty())
        showError(text);
    m_searchBannerShown = !text.isEmpty();
}

void MainWindow::startSearch(const QString &message)
{
    // A new search replaces what the last one said.
    if (m_searchBannerShown)
        m_errorBanner->hide();
    m_searchBannerShown = false;
    statusBar()->showMessage(message, 30000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_engine->isBusy() && !m_closeConfirmed) {
        event->ignore();
        // Asked without blocking: the edits in flight keep running while the question is open.
        auto *question = new QMessageBox(
            QMessageBox::Question, tr("Changes in flight"),
            tr("Changes are still being sent to the service. Close anyway? The journal keeps "
               "them: the next start reads their users back and says how they ended."),
            QMessageBox::Close | QMessageBox::Cancel, this);
        question->setDefaultButton(QMessageBox::Cancel);
        question->setAttribute(Qt::WA_DeleteOnClose);
        connect(question, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Close) {
                m_closeConfirmed = true;
                close();
            }
        });
        question->open();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::exportCsv()
{
    const Account *account = currentAccount();
    const QString contents = account ? tr("%1 users").arg(account->name) : tr("Users");
    FileChooser::askToSaveCsv(this, tr("Export users"), FileChooser::csvName(contents, QDate::currentDate()),
                              [this](const QString &path) { writeCsv(path); });
}

void MainWindow::writeCsv(const QString &path)
{
    // The columns the person sees, in the order they see them.
    QList<int> columns;
    const QHeaderView *header = m_usersView->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QString error;
    // What the service confirmed: a value on its way is not exported as if it were.
    if (!CsvWriter::writeFile(path, *m_proxy, columns, &error, UsersModel::ConfirmedTextRole)) {
        showError(tr("Could not write %1: %2").arg(path, error));
        return;
    }
    m_writtenFileNote->showWrittenFile(tr("Exported %Ln user(s) to %1", nullptr, m_proxy->rowCount()), path);
}

void MainWindow::nameToolBarExtensions()
{
    // The » button a narrow window shows for the commands that do not fit has no name of its
    // own, and a screen reader would announce it as a bare button.
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        if (auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s))
            more->setAccessibleName(tr("More commands of %1").arg(bar->windowTitle()));
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_headerRestored = m_usersView->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    m_columnsFitted = m_headerRestored;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_usersView->horizontalHeader()->saveState());
}

QList<User> MainWindow::selectedUsers() const
{
    QList<User> users;
    const QModelIndexList rows = m_usersView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const User *user = m_users->user(m_proxy->mapToSource(row).row()))
            users.append(*user);
    }
    return users;
}

void MainWindow::createCommandActions(QMenu *usersMenu)
{
    // Every command of the registry, the same way: no branch here per command.
    // Added to the window after the profile bar, so it comes second.
    auto *bar = new QToolBar(tr("Users"), this);
    m_commandBar = bar;
    bar->setObjectName(u"commandBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const UserCommand *command : UserCommands::all()) {
        QAction *action = usersMenu->addAction(command->menuText(), this,
                                               [this, command] { openCommand(*command); });
        action->setObjectName(command->id() + u"Action"_s);
        action->setShortcut(command->shortcut());
        action->setIconText(command->title());
        bar->addAction(action);
        m_commandActions.insert(command->id(), action);
        m_contextActions.append(action);
    }
    usersMenu->addSeparator();
    bar->addSeparator();
    for (const NewUsersCommand &command : NewUsersCommands::all()) {
        QAction *action = usersMenu->addAction(NewUsersCommands::text(command.menuText), this,
                                               [this, &command] { openNewUsersDialog(command); });
        action->setObjectName(command.id + u"Action"_s);
        action->setShortcut(command.shortcut);
        action->setIconText(NewUsersCommands::text(command.iconText));
        bar->addAction(action);
        m_newUsersActions.insert(command.id, action);
    }
    usersMenu->setToolTipsVisible(true);
    m_usersView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_usersView, &QWidget::customContextMenuRequested, this, &MainWindow::showUsersContextMenu);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCommandActions);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateUserBoxTitle);
    updateCommandActions();
}

// With several users selected the panel still shows one of them: its title says which.
void MainWindow::updateUserBoxTitle()
{
    const int selected = SelectionCount::rows(m_usersView->selectionModel()->selection());
    m_userBox->setTitle(selected > 1 ? tr("User (the current one of %Ln selected)", nullptr, selected) : tr("User"));
}

void MainWindow::showUsersContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addActions(m_contextActions);
    menu->popup(m_usersView->viewport()->mapToGlobal(pos));
}

CommandContext MainWindow::currentContext() const
{
    CommandContext context { m_users->accountId(), m_users->accountName(), {},
                             m_users->supportedLicenses() };
    if (const Account *account = m_accounts->account(m_accounts->rowOfAccount(m_users->accountId())))
        context.accountType = account->accountType;
    return context;
}

void MainWindow::updateCommandActions()
{
    const CommandContext context = currentContext();
    const bool selected = m_usersView->selectionModel()->hasSelection();
    // A large selection is not planned on every click: the command's dialog says what it leaves alone.
    const int plannedSelection = 1000;
    const QList<User> users = selected && SelectionCount::rows(m_usersView->selectionModel()->selection()) <= plannedSelection
        ? selectedUsers()
        : QList<User>();
    const QSet<QString> uncertain = uncertainUsers(users);
    for (const UserCommand *command : UserCommands::all()) {
        QAction *action = m_commandActions.value(command->id());
        QString unavailable = isOffline() ? offlineText()
            : context.accountId.isEmpty() ? QString()
                                          : command->unavailableReason(context);
        if (unavailable.isEmpty())
            unavailable = command->nothingToDoFor(users, uncertain, context);
        action->setEnabled(selected && unavailable.isEmpty());
        action->setToolTip(!unavailable.isEmpty() ? unavailable
                           : selected             ? command->title()
                                                  : tr("Select one or more users first."));
    }
    for (const NewUsersCommand &command : NewUsersCommands::all()) {
        QAction *action = m_newUsersActions.value(command.id);
        const QString refused = isOffline()               ? offlineText()
            : context.accountId.isEmpty() ? tr("Choose an account first.")
                                          : command.act.unavailableIn(context);
        action->setEnabled(refused.isEmpty());
        action->setToolTip(refused.isEmpty() ? NewUsersCommands::text(command.toolTip) : refused);
    }
}

std::function<ChangeRun *(Change)> MainWindow::submitter()
{
    return [this](Change change) { return m_engine->submit(std::move(change)); };
}

QSet<QString> MainWindow::knownEmails() const
{
    QSet<QString> emails;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        if (const User *user = m_users->user(row); user && user->primaryEmail)
            emails.insert(NewUserAct::keyOf(*user->primaryEmail));
    }
    return emails;
}

void MainWindow::openNewUsersDialog(const NewUsersCommand &command)
{
    if (refusedOffline())
        return;
    const CommandContext context = currentContext();
    if (context.accountId.isEmpty() || !command.act.unavailableIn(context).isEmpty())
        return;
    NewUsersDialog *dialog = command.open(context, knownEmails(), submitter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewUsersDialog::usersAdded, this, [this](const QString &accountId) {
        if (accountId == m_users->accountId())
            m_users->reload();
    });
    dialog->open();
}

QList<User> MainWindow::certainUsersOf(const QString &accountId) const
{
    QList<User> certain;
    if (m_users->accountId() != accountId)
        return certain; // the window shows another account now
    for (int row = 0; row < m_users->rowCount(); ++row)
        certain.append(*m_users->user(row));
    const QSet<QString> uncertain = uncertainUsers(certain);
    certain.removeIf([&uncertain](const User &user) { return uncertain.contains(user.userId); });
    return certain;
}

QSet<QString> MainWindow::uncertainUsers(const QList<User> &users) const
{
    // A user with a change on its way, or one that could not be confirmed, may hold anything by
    // the time this change goes; a row of a snapshot says only what the user held then.
    QSet<QString> uncertain;
    for (const User &user : users) {
        const UserChangeState state = m_engine->statusOf(m_users->accountId(), user.userId).state;
        if ((state != UserChangeState::None && state != UserChangeState::Failed)
            || m_users->isFromSnapshot(m_users->rowOfUser(user.userId)))
            uncertain.insert(user.userId);
    }
    return uncertain;
}

void MainWindow::openCommand(const UserCommand &command)
{
    openCommandFor(command, selectedUsers(), {});
}

void MainWindow::openCommandFor(const UserCommand &command, const QList<User> &users,
                                const QString &choice)
{
    if (refusedOffline())
        return;
    if (users.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more users first."), 4000);
        return;
    }
    const CommandContext context = currentContext();
    if (const QString unavailable = command.unavailableReason(context); !unavailable.isEmpty()) {
        statusBar()->showMessage(unavailable, 6000);
        return;
    }
    auto *dialog = new ChangeDialog(command, context, users, uncertainUsers(users), submitter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeDialog::retryFailedRequested, this, &MainWindow::selectUsers);
    connect(dialog, &ChangeDialog::undoRequested, this,
            [this](const QUuid &changeId) { openUndoDialog(changeId); });
    connect(dialog, &ChangeDialog::usersRead, m_users, &UsersModel::applyUsers);
    if (!choice.isEmpty())
        dialog->setChoice(choice);
    m_changeDialog = dialog;
    dialog->open();
    dialog->readUnknownValues(m_engine->client());
}

void MainWindow::updateUndoAction()
{
    m_undoAction->setEnabled(m_journalHasUndo && !isOffline());
    m_undoAction->setToolTip(isOffline()         ? offlineText()
                             : m_journalHasUndo ? tr("Preview giving the users of the newest change their previous value back")
                                                : tr("No change in the journal has applied to any user yet: there is nothing to undo."));
}

void MainWindow::openUndoDialog(const std::optional<QUuid> &changeId)
{
    auto *dialog = new UndoDialog(m_engine, changeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void MainWindow::openLicenseOverview()
{
    QList<Account> accounts;
    for (int row = 0; row < m_accounts->rowCount(); ++row)
        accounts.append(*m_accounts->account(row));
    auto *dialog = new LicenseOverviewDialog(m_licenseTotals, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->recount();
}

void MainWindow::openImportDialog()
{
    if (refusedOffline())
        return;
    const CommandContext context = currentContext();
    if (context.accountId.isEmpty()) {
        statusBar()->showMessage(tr("Choose an account first."), 4000);
        return;
    }
    auto *dialog = new ImportDialog(m_client, context, [this, accountId = context.accountId] {
        return certainUsersOf(accountId);
    }, submitter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->chooseFile();
}

void MainWindow::openArchiveDialog()
{
    auto *dialog = new ArchiveDialog(m_snapshots, FileChooser::lastFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSnapshotComparison()
{
    auto *dialog = new CompareSnapshotsDialog(m_snapshots, m_users->accountId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAuditLog()
{
    auto *dialog = new AuditLogDialog(m_auditModel, m_engine->journal(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditLogDialog::undoRequested, this,
            [this](const QUuid &changeId) { openUndoDialog(changeId); });
    dialog->open();
}

void MainWindow::createAccountActions()
{
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->setToolTipsVisible(true);
    for (const AccountCommand &command : AccountCommands::all()) {
        if (!command.forAnAccount)
            accountMenu->addSeparator();
        QAction *action = accountMenu->addAction(AccountCommands::text(command.menuText), this,
                                                 [this, &command] { openAccountCommand(command); });
        action->setObjectName(command.id + u"Action"_s);
        action->setShortcut(command.shortcut);
        m_accountActions.insert(command.id, action);
    }
    m_accountsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_accountsView, &QWidget::customContextMenuRequested, this, [this, accountMenu](const QPoint &pos) {
        accountMenu->popup(m_accountsView->viewport()->mapToGlobal(pos));
    });
    connect(m_accounts, &QAbstractItemModel::dataChanged, this, &MainWindow::updateAccountActions);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updateAccountActions);
    connect(m_accountDetails, &AccountDetailsPanel::commandRequested, this, [this](const QString &id) {
        if (const AccountCommand *command = AccountCommands::find(id))
            openAccountCommand(*command);
    });
    updateAccountActions();
}

const Account *MainWindow::currentAccount() const
{
    return m_accounts->account(m_accountsView->currentIndex().row());
}

void MainWindow::updateAccountActions()
{
    const Account *account = currentAccount();
    for (const AccountCommand &command : AccountCommands::all()) {
        QAction *action = m_accountActions.value(command.id);
        const QString refused = isOffline()           ? offlineText()
            : !command.forAnAccount                   ? QString()
            : !account                                ? tr("Choose an account first.")
                                                      : command.act.unavailableFor(*account);
        action->setEnabled(refused.isEmpty());
        action->setToolTip(refused.isEmpty() ? AccountCommands::text(command.title) : refused);
    }
}

QList<User> MainWindow::activeUsersOf(const QString &accountId) const
{
    QList<User> active;
    if (m_users->accountId() != accountId)
        return active;
    for (int row = 0; row < m_users->rowCount(); ++row) {
        const User *user = m_users->user(row);
        if (user && user->userRegistrationStatus.value() != RegistrationStatus::Suspended)
            active.append(*user);
    }
    return active;
}

AccountEditorContext MainWindow::accountEditorContext(const AccountCommand &command)
{
    AccountEditorContext context;
    for (int row = 0; row < m_accounts->rowCount(); ++row)
        context.accountNames.insert(m_accounts->account(row)->name);
    const Account *account = command.forAnAccount ? currentAccount() : nullptr;
    if (!account)
        return context;
    context.account = *account;
    const QList<User> active = activeUsersOf(account->accountId);
    context.activeUsers = int(active.size());
    context.allUsersLoaded = m_users->accountId() == account->accountId && m_users->isComplete();
    if (const UserCommand *suspend = UserCommands::find(u"suspend"_s); suspend && !active.isEmpty()) {
        context.suspendActiveUsers = [this, suspend, active] {
            if (m_accountDialog)
                m_accountDialog->reject();
            openCommandFor(*suspend, active, {});
        };
    }
    return context;
}

void MainWindow::openAccountCommand(const AccountCommand &command)
{
    if (refusedOffline())
        return;
    const Account *account = currentAccount();
    if (command.forAnAccount && !account) {
        statusBar()->showMessage(tr("Choose an account first."), 4000);
        return;
    }
    if (const QString refused = account && command.forAnAccount ? command.act.unavailableFor(*account) : QString();
        !refused.isEmpty()) {
        statusBar()->showMessage(refused, 6000);
        return;
    }
    auto *dialog = new AccountChangeDialog(command, accountEditorContext(command), submitter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountChangeDialog::undoRequested, this,
            [this](const QUuid &changeId) { openUndoDialog(changeId); });
    m_accountDialog = dialog;
    dialog->open();
    dialog->start(m_engine->client());
}

void MainWindow::onAccountChanged(const QString &accountId, const QString &act)
{
    // The panel shows settings and retention the list does not have: read the account again.
    const auto *accountAct = dynamic_cast<const AccountAct *>(ChangeActs::find(act));
    const Account *account = currentAccount();
    if (!accountAct || !account || account->accountId != accountId)
        return;
    showAccountDetails(*account);
    updateAccountActions();
}

void MainWindow::selectUsers(const QStringList &userIds)
{
    QItemSelection selection;
    for (const QString &userId : userIds) {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_users->index(m_users->rowOfUser(userId), 0));
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex);
    }
    m_usersView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_usersView->scrollTo(selection.indexes().constFirst());
}
