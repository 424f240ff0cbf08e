#include "models/changeacts.h"
#include "models/changeact.h"
#include "models/changeengine.h"
#include "store/asyncjournal.h"
#include "ui/accelerators.h"
#include "ui/detailsvalue.h"
#include "ui/keyboardshortcutsdialog.h"
#include "ui/userdetailspanel.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Every action reachable from the menu bar, with the path of menus it sits in.
void collectActions(const QList<QAction *> &actions, const QString &path,
                    QList<std::pair<QString, QAction *>> *found)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *menu = action->menu()) {
            collectActions(menu->actions(), path + u" → "_s + action->iconText(), found);
            continue;
        }
        found->append({ path, action });
    }
}

QList<std::pair<QString, QAction *>> menuActions(const QMainWindow *window)
{
    QList<std::pair<QString, QAction *>> found;
    collectActions(window->menuBar()->actions(), QString(), &found);
    return found;
}

// Duplicated accelerators among these actions, as "menu: letter (texts)".
QStringList acceleratorClashes(const QString &menuName, const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> byLetter;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = Accelerators::of(action->text());
        if (!letter.isNull())
            byLetter[letter].append(action->text());
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"%1: %2 (%3)"_s.arg(menuName, it.key(), it.value().join(u", "_s)));
    }
    for (const QAction *action : actions) {
        if (QMenu *menu = action->menu())
            clashes += acceleratorClashes(menuName + u" → "_s + action->iconText(), menu->actions());
    }
    return clashes;
}

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

// The interactive elements under `node` that a screen reader could not name, as
// "role objectName" (the object's class where it has no name).
void collectUnnamed(QAccessibleInterface *node, QStringList *unnamed, int depth = 0)
{
    if (!node || depth > 40)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    if (isInteractive(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        unnamed->append(u"%1 %2"_s.arg(int(node->role()))
                            .arg(object ? (object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                                          : object->objectName())
                                        : u"?"_s));
    }
    // The cells of a table or list are its data, named by their text: the container is what counts.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}

} // namespace

class TstWindowKeyboard : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabMovesBetweenPanesNotCells();
    void enterOpensTheUsersDetails();
    void tabbingIntoTheTableSelectsItsCurrentUser();
    void focusIsVisibleAtEveryTabStop();
    void typingInTheAccountsListPicksAnAccount();
    void columnsSortFromTheKeyboard();
    void headerMenuSortsItsColumn();
    void everyMenuCommandHasItsOwnShortcut();
    void acceleratorsAreUniqueInEveryMenu_data();
    void acceleratorsAreUniqueInEveryMenu();
    void everyMenuEntryHasAnAccelerator_data();
    void everyMenuEntryHasAnAccelerator();
    void keyboardShortcutsListEveryShortcut();
    void aboutSaysVersionsAndWhereFilesAre();
    void everyControlHasAnAccessibleName();
    void everyDialogControlHasAnAccessibleName();
    void enterInADialogChangesNothing();
    void everyDialogFitsTheScreen();

private:
    // Opens, visits and closes every dialog a menu command opens; returns how many.
    int forEachMenuDialog(const std::function<void(const QString &path, QDialog *dialog)> &visit);
    QWidget *focused() const { return QApplication::focusWidget(); }
    // Tab from `from` until `to` has the focus (at most `steps` presses); whether it got there.
    bool tabsTo(QWidget *from, QWidget *to, int steps, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
};

void TstWindowKeyboard::initTestCase()
{
    setUpApplication();
}

void TstWindowKeyboard::init()
{
    openWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TstWindowKeyboard::cleanup()
{
    closeWindow();
}

bool TstWindowKeyboard::tabsTo(QWidget *from, QWidget *to, int steps, Qt::KeyboardModifiers modifiers)
{
    from->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < steps && focused() != to; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab, modifiers);
    return focused() == to;
}

void TstWindowKeyboard::tabMovesBetweenPanesNotCells()
{
    selectAccount(0);
    QTableView *table = m_window->usersView();
    table->setCurrentIndex(table->model()->index(3, UsersModel::EmailColumn));
    // From the accounts the search comes next, then the filters, then the table.
    m_window->accountsView()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window->accountsView(), Qt::Key_Tab);
    QCOMPARE(focused(), m_window->searchField());
    QVERIFY(tabsTo(m_window->searchField(), table, 8));
    // Tab leaves the table at once, its current cell where it was.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(focused() != table);
    QVERIFY(m_window->userDetails()->isAncestorOf(focused()) || !focused()->isAncestorOf(table));
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(table->currentIndex().column(), int(UsersModel::EmailColumn));
    QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focused(), table);
    // Within the table the arrows move.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 4);
}

void TstWindowKeyboard::focusIsVisibleAtEveryTabStop()
{
    selectAccount(0);
    QTableView *table = m_window->usersView();
    table->setCurrentIndex(table->model()->index(1, UsersModel::DisplayNameColumn));
    QTRY_VERIFY(!m_window->userDetails()->findChild<DetailsValue *>(u"userEmail"_s)->value().isEmpty());
    // Walk the whole Tab chain once, as a keyboard user would (Tab is what makes styles draw focus).
    QListView *accounts = m_window->accountsView();
    accounts->setFocus(Qt::TabFocusReason);
    QList<QWidget *> stops;
    QHash<QWidget *, QImage> focusedLook;
    while (!stops.contains(focused()) && stops.size() < 80) {
        QWidget *stop = focused();
        stops.append(stop);
        QTest::qWait(20);
        focusedLook.insert(stop, stop->grab().toImage());
        QTest::keyClick(stop, Qt::Key_Tab);
    }
    QVERIFY2(stops.size() > 5, "Tab goes almost nowhere");
    // Enter in the table takes the focus to the user's first value, off the Tab chain.
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(qobject_cast<DetailsValue *>(focused()));
    stops.append(focused());
    QTest::qWait(20);
    focusedLook.insert(focused(), focused()->grab().toImage());
    QStringList unseen;
    for (QWidget *stop : std::as_const(stops)) {
        QWidget *other = stop == accounts ? static_cast<QWidget *>(table) : accounts;
        other->setFocus(Qt::TabFocusReason);
        QTest::qWait(20);
        if (stop->grab().toImage() == focusedLook.value(stop)) {
            unseen.append(u"%1 %2 (%3)"_s.arg(QString::fromLatin1(stop->metaObject()->className()),
                                              stop->objectName(), stop->accessibleName()));
        }
    }
    QVERIFY2(unseen.isEmpty(), qPrintable(u"looks the same with and without focus: "_s + unseen.join(u", "_s)));
}

void TstWindowKeyboard::enterOpensTheUsersDetails()
{
    selectAccount(0);
    QTableView *table = m_window->usersView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, UsersModel::DisplayNameColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(focused());
    QVERIFY(m_window->userDetails()->isAncestorOf(focused()));
    const QString email = table->model()->index(2, UsersModel::EmailColumn).data().toString();
    QTRY_COMPARE(m_window->userDetails()->findChild<DetailsValue *>(u"userEmail"_s)->value(), email);
}

void TstWindowKeyboard::tabbingIntoTheTableSelectsItsCurrentUser()
{
    selectAccount(0);
    QTableView *table = m_window->usersView();
    table->selectionModel()->clear();
    QVERIFY(!m_window->commandAction(u"license"_s)->isEnabled());
    // Found by a new user: the details showed the current user, whom no act could be applied to.
    QVERIFY(tabsTo(m_window->searchField(), table, 8));
    QTRY_VERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QVERIFY(m_window->commandAction(u"license"_s)->isEnabled());
    QTRY_COMPARE(m_window->userDetails()->findChild<DetailsValue *>(u"userEmail"_s)->value(),
                 table->currentIndex().siblingAtColumn(UsersModel::EmailColumn).data().toString());
}

void TstWindowKeyboard::typingInTheAccountsListPicksAnAccount()
{
    QListView *accounts = m_window->accountsView();
    accounts->setFocus();
    accounts->setCurrentIndex(m_window->accountsModel()->index(0));
    const QString second = m_window->accountsModel()->index(1).data().toString();
    QTest::keyClicks(accounts, second.left(4));
    QCOMPARE(accounts->currentIndex().row(), 1);
}

void TstWindowKeyboard::columnsSortFromTheKeyboard()
{
    selectAccount(1);
    QTableView *table = m_window->usersView();
    table->setFocus();
    QHeaderView *header = table->horizontalHeader();
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier); // View → Sort by → Email
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::EmailColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    const auto emailAt = [table](int row) { return table->model()->index(row, UsersModel::EmailColumn).data().toString(); };
    QVERIFY(emailAt(0) <= emailAt(1));
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier); // again: the other way
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(emailAt(0) >= emailAt(1));
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    auto *sortBy = m_window->findChild<QMenu *>(u"sortByMenu"_s);
    QVERIFY(sortBy);
    int checked = 0;
    for (const QAction *action : sortBy->actions())
        checked += action->isChecked() && action->data().toInt() == UsersModel::EmailColumn ? 1 : 0;
    QCOMPARE(checked, 1);
}

void TstWindowKeyboard::headerMenuSortsItsColumn()
{
    selectAccount(1);
    QHeaderView *header = m_window->usersView()->horizontalHeader();
    const QPoint licenseAt(header->sectionViewportPosition(UsersModel::LicenseColumn) + 5, header->height() / 2);
    emit header->customContextMenuRequested(licenseAt);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = header->findChild<QMenu *>()) && menu->isVisible());
    QAction *descending = menu->actions().value(1);
    QVERIFY(descending);
    QVERIFY2(descending->text().contains(u"License"_s), qPrintable(descending->text()));
    descending->trigger();
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::LicenseColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    menu->close();
}

void TstWindowKeyboard::everyMenuCommandHasItsOwnShortcut()
{
    QHash<QKeySequence, QString> owners;
    QStringList missing;
    QStringList clashes;
    for (const auto &[path, action] : menuActions(m_window.get())) {
        // View → Columns lists the table's columns to show or hide, View → Views the admin's
        // saved views: lists of the data, not commands.
        if (path.endsWith(u"Columns"_s) || path.contains(u"→ Views"_s))
            continue;
        const QString name = path + u" → "_s + action->iconText();
        if (action->shortcut().isEmpty()) {
            missing.append(name);
            continue;
        }
        for (const QKeySequence &key : action->shortcuts()) {
            if (owners.contains(key))
                clashes.append(u"%1: %2 and %3"_s.arg(key.toString(), owners.value(key), name));
            owners.insert(key, name);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"without a shortcut: "_s + missing.join(u"; "_s)));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TstWindowKeyboard::everyMenuEntryHasAnAccelerator_data()
{
    addTranslationRows();
}

void TstWindowKeyboard::everyMenuEntryHasAnAccelerator()
{
    QFETCH(QString, translation);
    QTranslator translator;
    reopenTranslated(translator, translation);
    selectAccount(1);
    QStringList missing;
    for (const auto &[path, action] : menuActions(m_window.get())) {
        // View → Views lists the views the admin saved and named: their names are the admin's.
        const bool savedView = action->parent() && action->parent()->inherits("SavedViewsMenu");
        if (action->isVisible() && Accelerators::of(action->text()).isNull() && !savedView)
            missing.append(path + u" → "_s + action->text());
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
}

void TstWindowKeyboard::acceleratorsAreUniqueInEveryMenu_data()
{
    addTranslationRows();
}

void TstWindowKeyboard::acceleratorsAreUniqueInEveryMenu()
{
    QFETCH(QString, translation);
    QTranslator translator;
    reopenTranslated(translator, translation);
    const QStringList clashes = acceleratorClashes(u"menu bar"_s, m_window->menuBar()->actions());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
}

void TstWindowKeyboard::keyboardShortcutsListEveryShortcut()
{
    QAction *open = m_window->findChild<QAction *>(u"keyboardShortcutsAction"_s);
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::HelpContents));
    open->trigger();
    KeyboardShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<KeyboardShortcutsDialog *>()));
    int withShortcut = 0;
    for (const auto &[path, action] : menuActions(m_window.get()))
        withShortcut += action->shortcut().isEmpty() ? 0 : 1;
    QAbstractItemModel *model = dialog->table()->model();
    QCOMPARE(model->rowCount(), withShortcut + KeyboardShortcutsDialog::keysBeyondTheMenus);
    // The keys no menu holds, and the commands in the menus' words.
    const QString tab = QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText);
    QVERIFY(!model->match(model->index(0, 2), Qt::DisplayRole, tab, 1, Qt::MatchStartsWith).isEmpty());
    QVERIFY(!model->match(model->index(0, 1), Qt::DisplayRole, u"Change license of selected users…"_s, 1,
                          Qt::MatchExactly).isEmpty());
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    QVERIFY(!model->match(model->index(0, 2), Qt::DisplayRole, find, 1, Qt::MatchExactly).isEmpty());
    auto *filter = dialog->findChild<QLineEdit *>(u"shortcutFilter"_s);
    QTest::keyClicks(filter, u"Undo"_s);
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < withShortcut);
    auto *noMatch = dialog->findChild<QLabel *>(u"noShortcutMatches"_s);
    QVERIFY(!noMatch->isVisible());
    filter->setText(u"no such command"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(u"no such command"_s));
    dialog->close();
}

void TstWindowKeyboard::aboutSaysVersionsAndWhereFilesAre()
{
    QAction *about = m_window->findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    about->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"aboutDialog"_s)));
    QVERIFY(dialog->findChild<QLabel *>(u"qtVersion"_s)->text().contains(QString::fromLatin1(qVersion())));
    const QString journal = m_engine->engine()->journal()->path();
    QCOMPARE(dialog->findChild<QLabel *>(u"journalFile"_s)->text(), journal);
    QCOMPARE(dialog->findChild<QLabel *>(u"settingsFile"_s)->text(), QSettings().fileName());
    bool namesVersion = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        namesVersion = namesVersion || label->text().contains(QCoreApplication::applicationVersion());
    QVERIFY(namesVersion);
    dialog->close();
}

void TstWindowKeyboard::everyControlHasAnAccessibleName()
{
    selectAccount(0);
    m_window->usersView()->setCurrentIndex(m_window->usersView()->model()->index(0, 0));
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(m_window.get()), &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name: "_s + unnamed.join(u", "_s)));
}

int TstWindowKeyboard::forEachMenuDialog(const std::function<void(const QString &, QDialog *)> &visit)
{
    // Every dialog a menu command opens, with an account and a user chosen.
    selectAccount(0);
    // A change applied, so that Undo has something to offer.
    const User user = *m_window->usersModel()->user(0);
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = m_window->usersModel()->accountId();
    const LicenseValue other = user.licenseType.value() == License::Pro ? LicenseValue(License::Basic)
                                                                       : LicenseValue(License::Pro);
    change.targets = { { user.userId, {}, {}, user.licenseType.wireName(), other.wireName() } };
    ChangeRun *run = m_window->changeEngine()->submit(change);
    if (!run || !QTest::qWaitFor([run] { return run->isFinished(); }, 10000))
        return -1;
    m_window->usersView()->setCurrentIndex(m_window->usersView()->model()->index(0, 0));
    m_window->usersView()->selectRow(0);
    int dialogs = 0;
    for (const auto &[path, action] : menuActions(m_window.get())) {
        // Quit closes the window; Refresh reloads the users, and with them goes the selection
        // the user commands' dialogs need.
        if (!action->isEnabled() || action->menu() || action->shortcut() == QKeySequence(QKeySequence::Quit)
            || action->shortcut() == QKeySequence(QKeySequence::Refresh))
            continue;
        m_window->usersView()->selectRow(0);
        const QList<QDialog *> before = m_window->findChildren<QDialog *>();
        action->trigger();
        QTest::qWait(20);
        for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
            // Qt's own file dialog is Qt's; ours are what is checked.
            if (before.contains(dialog) || !dialog->isVisible() || qobject_cast<QFileDialog *>(dialog))
                continue;
            ++dialogs;
            visit(path + u" → "_s + action->iconText(), dialog);
        }
        for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
            if (!before.contains(dialog) && dialog->isVisible())
                dialog->reject();
        }
        QTest::qWait(10);
    }
    return dialogs;
}

void TstWindowKeyboard::everyDialogControlHasAnAccessibleName()
{
    // What the admin reaches from the keyboard, read as a screen reader reads it.
    QStringList unnamed;
    const int dialogs = forEachMenuDialog([&unnamed](const QString &path, QDialog *dialog) {
        QStringList here;
        collectUnnamed(QAccessible::queryAccessibleInterface(dialog), &here);
        for (const QString &control : std::as_const(here))
            unnamed.append(path + u": "_s + control);
    });
    QVERIFY2(dialogs >= 20, qPrintable(QString::number(dialogs)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name: "_s + unnamed.join(u"; "_s)));
}

void TstWindowKeyboard::everyDialogFitsTheScreen()
{
    // Buttons off screen cannot be pressed: every dialog within the screen (the offscreen
    // platform's is 800×600, smaller than the 1024×700 the window supports).
    QStringList tooLarge;
    const int dialogs = forEachMenuDialog([&](const QString &path, QDialog *dialog) {
        const QSize screen = dialog->screen()->availableGeometry().size();
        if (dialog->width() > screen.width() || dialog->height() > screen.height())
            tooLarge.append(u"%1 (%2×%3)"_s.arg(path).arg(dialog->width()).arg(dialog->height()));
    });
    QVERIFY2(dialogs >= 20, qPrintable(QString::number(dialogs)));
    QVERIFY2(tooLarge.isEmpty(), qPrintable(u"larger than the screen: "_s + tooLarge.join(u"; "_s)));
}

void TstWindowKeyboard::enterInADialogChangesNothing()
{
    // No single key press changes anyone: Enter the moment a dialog opens (on a suspension, a
    // sign-out, a PIN reset, an undo) sends nothing.
    QSignalSpy submitted(m_engine->engine(), &ChangeEngine::runSubmitted);
    QStringList sent;
    const int dialogs = forEachMenuDialog([&](const QString &path, QDialog *dialog) {
        const qsizetype before = submitted.size();
        QWidget *target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(target, Qt::Key_Return);
        QTest::qWait(20);
        if (submitted.size() > before)
            sent.append(path);
    });
    QVERIFY2(dialogs >= 20, qPrintable(QString::number(dialogs)));
    QVERIFY2(sent.isEmpty(), qPrintable(u"Enter sent a change from: "_s + sent.join(u"; "_s)));
}

QTEST_MAIN(TstWindowKeyboard)
#include "tst_windowkeyboard.moc"
