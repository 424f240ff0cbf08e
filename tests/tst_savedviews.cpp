#include "models/savedviews.h"
#include "ui/errorbanner.h"
#include "ui/savedviewsmenu.h"
#include "ui/saveviewdialog.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::StringLiterals;

// Named views of the users table: kept in the settings, per account or for every account, the
// one an account opens with, and the window set back to exactly what was saved.
class TstSavedViews : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void viewsAreKeptAcrossSessions_data();
    void viewsAreKeptAcrossSessions();
    void deletingAViewForgetsItAsDefault();
    void aViewSetsTheWindowBack();
    void anAccountOpensWithItsView();
    void savingOverANameSaysSo();

private:
    SavedView saveFromDialog(const QString &name, bool everyAccount, bool opensTheAccount);
    SavedViewsMenu *viewsMenu() const { return m_window->findChild<SavedViewsMenu *>(); }
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(u"searchField"_s); }
    QComboBox *filter(const char *name) const { return m_window->findChild<QComboBox *>(QLatin1String(name)); }
};

namespace {

SavedView view(const QString &name, const QString &accountId, const QString &search)
{
    SavedView saved;
    saved.name = name;
    saved.accountId = accountId;
    saved.search = search;
    saved.license = u"Pro"_s;
    saved.sortColumn = 1;
    saved.sortOrder = Qt::DescendingOrder;
    saved.header = QByteArray("\x00\x01\x02", 3);
    return saved;
}

} // namespace

void TstSavedViews::viewsAreKeptAcrossSessions_data()
{
    QTest::addColumn<QList<SavedView>>("saved");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("offered"); // in the order the menu lists them
    QTest::newRow("none") << QList<SavedView>() << u"a1"_s << QStringList();
    QTest::newRow("the account's before every account's")
        << QList<SavedView> { view(u"Everyone"_s, {}, {}), view(u"Pro users"_s, u"a1"_s, u"x"_s) }
        << u"a1"_s << QStringList { u"Pro users"_s, u"Everyone"_s };
    QTest::newRow("another account's are not offered")
        << QList<SavedView> { view(u"Mine"_s, u"a2"_s, {}), view(u"Everyone"_s, {}, {}) } << u"a1"_s
        << QStringList { u"Everyone"_s };
    QTest::newRow("a name saved again replaces its view")
        << QList<SavedView> { view(u"Same"_s, u"a1"_s, u"first"_s), view(u"Same"_s, u"a1"_s, u"second"_s) }
        << u"a1"_s << QStringList { u"Same"_s };
    QTest::newRow("one name, two scopes: two views")
        << QList<SavedView> { view(u"Same"_s, u"a1"_s, {}), view(u"Same"_s, {}, {}) } << u"a1"_s
        << QStringList { u"Same"_s, u"Same"_s };
}

void TstSavedViews::viewsAreKeptAcrossSessions()
{
    QFETCH(QList<SavedView>, saved);
    QFETCH(QString, account);
    QFETCH(QStringList, offered);
    {
        SavedViews views;
        for (const SavedView &one : saved)
            views.save(one);
        if (!saved.isEmpty())
            views.setDefault(account, saved.last());
    }
    const SavedViews reread; // as the next session reads them
    QStringList names;
    for (const SavedView &one : reread.viewsFor(account))
        names.append(one.name);
    QCOMPARE(names, offered);
    if (!saved.isEmpty()) {
        QCOMPARE(reread.defaultFor(account), std::optional(saved.last()));
        QCOMPARE(reread.find(saved.last().name, saved.last().accountId), std::optional(saved.last()));
    }
}

void TstSavedViews::deletingAViewForgetsItAsDefault()
{
    SavedViews views;
    views.save(view(u"Pro users"_s, u"a1"_s, {}));
    views.setDefault(u"a1"_s, view(u"Pro users"_s, u"a1"_s, {}));
    QVERIFY(views.defaultFor(u"a1"_s));
    views.remove(u"Pro users"_s, u"a1"_s);
    QVERIFY(views.viewsFor(u"a1"_s).isEmpty());
    QVERIFY(!views.defaultFor(u"a1"_s));
    QVERIFY(!SavedViews().defaultFor(u"a1"_s));
}

SavedView TstSavedViews::saveFromDialog(const QString &name, bool everyAccount, bool opensTheAccount)
{
    m_window->findChild<QAction *>(u"saveViewAction"_s)->trigger();
    SaveViewDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<SaveViewDialog *>())); }();
    if (!dialog)
        return {};
    dialog->findChild<QLineEdit *>(u"viewName"_s)->setText(name);
    dialog->findChild<QRadioButton *>(everyAccount ? u"viewForEveryAccount"_s : u"viewForThisAccount"_s)->setChecked(true);
    dialog->findChild<QCheckBox *>(u"viewOpensAccount"_s)->setChecked(opensTheAccount);
    const QString scope = dialog->scope();
    const QPointer<SaveViewDialog> closing(dialog);
    dialog->accept();
    [&] { QTRY_VERIFY(closing.isNull()); }(); // the next one found is a new one
    return SavedViews().find(name, scope).value_or(SavedView());
}

void TstSavedViews::aViewSetsTheWindowBack()
{
    selectAccount(1);
    QTableView *table = m_window->usersView();
    search()->setText(u"a"_s);
    filter("userTypeFilter")->setCurrentIndex(1);
    table->sortByColumn(UsersModel::EmailColumn, Qt::DescendingOrder);
    table->setColumnHidden(UsersModel::RegistrationStatusColumn, true);
    table->horizontalHeader()->moveSection(table->horizontalHeader()->visualIndex(UsersModel::LicenseColumn), 0);
    const QByteArray arranged = table->horizontalHeader()->saveState();
    const SavedView saved = saveFromDialog(u"Private, by email"_s, false, false);
    QCOMPARE(saved.search, u"a"_s);
    QCOMPARE(saved.userType, filter("userTypeFilter")->itemData(1).toString());
    QCOMPARE(saved.sortColumn, int(UsersModel::EmailColumn));

    // Everything put back the way it was before the view...
    search()->clear();
    filter("userTypeFilter")->setCurrentIndex(0);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setColumnHidden(UsersModel::RegistrationStatusColumn, false);
    const int shownBefore = m_window->usersProxy()->rowCount();

    // ... and the view chosen from View → Views.
    emit viewsMenu()->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *action : viewsMenu()->actions()) {
        if (action->data().toString() == u"Private, by email"_s)
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(search()->text(), u"a"_s);
    QCOMPARE(filter("userTypeFilter")->currentIndex(), 1);
    QCOMPARE(m_window->usersProxy()->sortColumn(), int(UsersModel::EmailColumn));
    QCOMPARE(m_window->usersProxy()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(table->isColumnHidden(UsersModel::RegistrationStatusColumn));
    QCOMPARE(table->horizontalHeader()->visualIndex(UsersModel::LicenseColumn), 0);
    QCOMPARE(table->horizontalHeader()->saveState(), arranged);
    QVERIFY(m_window->usersProxy()->rowCount() < shownBefore);
    QVERIFY(m_window->errorBanner()->text().isEmpty());
}

void TstSavedViews::anAccountOpensWithItsView()
{
    selectAccount(1);
    filter("licenseFilter")->setCurrentIndex(1);
    const QString license = filter("licenseFilter")->currentData().toString();
    saveFromDialog(u"Opening view"_s, false, true);
    filter("licenseFilter")->setCurrentIndex(0);

    // Another account keeps the filters it is shown with; this one opens with its view.
    selectAccount(0);
    QCOMPARE(filter("licenseFilter")->currentIndex(), 0);
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(1));
    QCOMPARE(filter("licenseFilter")->currentData().toString(), license);

    // So it does in the next session.
    closeWindow();
    openWindow(Settings::Kept);
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(1));
    QCOMPARE(filter("licenseFilter")->currentData().toString(), license);

    // Until the admin says otherwise.
    emit viewsMenu()->aboutToShow();
    QAction *noView = viewsMenu()->findChild<QAction *>(u"clearDefaultView"_s);
    QVERIFY(noView && noView->isEnabled());
    noView->trigger();
    filter("licenseFilter")->setCurrentIndex(0);
    selectAccount(0);
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(1));
    QCOMPARE(filter("licenseFilter")->currentIndex(), 0);
}

void TstSavedViews::savingOverANameSaysSo()
{
    selectAccount(0);
    saveFromDialog(u"Mine"_s, false, false);
    m_window->findChild<QAction *>(u"saveViewAction"_s)->trigger();
    SaveViewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SaveViewDialog *>()));
    auto *name = dialog->findChild<QLineEdit *>(u"viewName"_s);
    auto *replaces = dialog->findChild<QLabel *>(u"viewReplaces"_s);
    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // no name yet
    name->setText(u"Mine"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(replaces->isVisibleTo(dialog));
    QVERIFY(replaces->text().contains(u"Mine"_s));
    dialog->findChild<QRadioButton *>(u"viewForEveryAccount"_s)->setChecked(true);
    QVERIFY(!replaces->isVisibleTo(dialog)); // every account's "Mine" is another view
    dialog->reject();
}

QTEST_MAIN(TstSavedViews)
#include "tst_savedviews.moc"
