#include "models/displaynames.h"
#include "ui/detailsvalue.h"
#include "ui/elidedlabel.h"
#include "ui/errorbanner.h"
#include "ui/userssummarybar.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTranslator>

using namespace Qt::StringLiterals;

// What the window looks like at the smallest size it supports (1024×700), in English and German:
// nothing cut, nothing moving under the mouse, and the line under the filters telling the truth.
class TstWindowLayout : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpApplication(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void fitsTheSmallestScreen_data();
    void fitsTheSmallestScreen();
    void opensNoLargerThanTheScreen();
    void largeFontsStillFitTheSmallestScreen_data();
    void largeFontsStillFitTheSmallestScreen();
    void longAccountNamesAreElided();
    void detailsValueElidesWhatDoesNotFit_data();
    void detailsValueElidesWhatDoesNotFit();
    void detailsValueKeepsCommonWordsWhole_data();
    void detailsValueKeepsCommonWordsWhole();
    void oneLineTextElidesWhatDoesNotFit_data();
    void oneLineTextElidesWhatDoesNotFit();
    void bannerDoesNotMoveTheTable();
    void columnsAreFittedOnceRowsShow();
    void summarySaysWhatTheFiltersShow_data();
    void summarySaysWhatTheFiltersShow();
    void clearFiltersShowsEveryone();
    void summarySaysWhenAFilterHidesWhoTheSearchFound();
    void filtersDoNotLoadPagesUnasked();
    void stopKeepsWhatWasLoaded();
    void licenseFilterOffersTheAccountsLicenses();
    void numbersAndDatesFollowTheLocale_data();
    void numbersAndDatesFollowTheLocale();

private:
    QString describeMinimumWidths() const;
    static QString widestChildren(QWidget *widget, int width);
};

namespace {

// The pixels the combo box gives its text.
int textRoom(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = combo->currentText();
    return combo->style()
        ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
        .width();
}

} // namespace

QString TstWindowLayout::widestChildren(QWidget *widget, int width)
{
    QStringList names;
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        const int least = std::max(child->minimumSizeHint().width(), child->minimumWidth());
        if (child->isVisible() && least > width)
            names.append(u"%1 %2 (%3)"_s.arg(QString::fromLatin1(child->metaObject()->className()),
                                              child->objectName())
                             .arg(least));
    }
    return names.join(u", "_s);
}

QString TstWindowLayout::describeMinimumWidths() const
{
    auto *splitter = m_window->findChild<QSplitter *>();
    QStringList panes;
    for (int i = 0; i < splitter->count(); ++i)
        panes.append(QString::number(splitter->widget(i)->minimumSizeHint().width()));
    return u"window %1×%2; panes %3"_s.arg(m_window->minimumSizeHint().width())
        .arg(m_window->minimumSizeHint().height())
        .arg(panes.join(u" + "_s));
}

void TstWindowLayout::fitsTheSmallestScreen_data()
{
    addTranslationRows();
}

void TstWindowLayout::fitsTheSmallestScreen()
{
    QFETCH(QString, translation);
    QTranslator translator;
    reopenTranslated(translator, translation);
    selectAccount(1);
    m_window->resize(1024, 700);
    QTest::qWait(50);
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024, qPrintable(describeMinimumWidths()));
    QVERIFY2(m_window->minimumSizeHint().height() <= 700, qPrintable(describeMinimumWidths()));
    QCOMPARE(m_window->size(), QSize(1024, 700));

    // No pane squeezed below what it needs, and the details never wider than their pane.
    auto *splitter = m_window->findChild<QSplitter *>();
    for (int i = 0; i < splitter->count(); ++i) {
        QWidget *pane = splitter->widget(i);
        QVERIFY2(pane->width() >= pane->minimumSizeHint().width(), qPrintable(describeMinimumWidths()));
    }
    auto *details = m_window->findChild<QScrollArea *>();
    QTRY_VERIFY2(details->widget()->width() <= details->viewport()->width(),
                 qPrintable(u"%1 > %2: %3"_s.arg(details->widget()->width())
                                .arg(details->viewport()->width())
                                .arg(widestChildren(details->widget(), details->viewport()->width() / 2))));
    QVERIFY2(details->widget()->minimumSizeHint().width() <= details->viewport()->width(),
             qPrintable(widestChildren(details->widget(), details->viewport()->width())));

    // The license mix's legend is not cut: a license's name and count show whole.
    auto *mix = m_window->findChild<QWidget *>(u"licenseMix"_s);
    QVERIFY(m_window->usersModel()->rowCount() > 0); // the account's licenses are counted
    QVERIFY2(mix->width() >= mix->minimumSizeHint().width(),
             qPrintable(u"%1 < %2"_s.arg(mix->width()).arg(mix->minimumSizeHint().width())));

    // The search field shows its whole hint, translated.
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY2(search->fontMetrics().horizontalAdvance(search->placeholderText()) <= search->width() - 12,
             qPrintable(u"%1: %2 of %3 pixels"_s.arg(search->placeholderText())
                            .arg(search->fontMetrics().horizontalAdvance(search->placeholderText()))
                            .arg(search->width())));

    // Each filter shows its whole "any" entry, translated.
    for (const char *name : { "licenseFilter", "userTypeFilter", "registrationFilter" }) {
        auto *combo = m_window->findChild<QComboBox *>(QLatin1String(name));
        QVERIFY2(combo->fontMetrics().horizontalAdvance(combo->currentText()) <= textRoom(combo),
                 qPrintable(combo->currentText()));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TstWindowLayout::opensNoLargerThanTheScreen()
{
    // Without a saved size: never beyond the screen, unless the window cannot be smaller.
    const QSize screen = m_window->screen()->availableGeometry().size();
    const QSize least = m_window->minimumSizeHint();
    QVERIFY(m_window->width() <= std::max(screen.width(), least.width()));
    QVERIFY(m_window->height() <= std::max(screen.height(), least.height()));
}

void TstWindowLayout::largeFontsStillFitTheSmallestScreen_data()
{
    addTranslationRows();
}

void TstWindowLayout::largeFontsStillFitTheSmallestScreen()
{
    // Found by a new user with a desktop font a size larger (qt6ct's default): the search and
    // the three filters in one row made the German window 1,103 pixels wide.
    QFETCH(QString, translation);
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.4);
    QApplication::setFont(large);
    QTranslator translator;
    reopenTranslated(translator, translation);
    selectAccount(1);
    m_window->resize(1024, 700);
    QTest::qWait(50);
    const int least = m_window->minimumSizeHint().width();
    const QString widths = describeMinimumWidths();
    QCoreApplication::removeTranslator(&translator);
    QApplication::setFont(normal);
    QVERIFY2(least <= 1024, qPrintable(widths));
}

void TstWindowLayout::longAccountNamesAreElided()
{
    m_window->resize(1024, 700);
    QList<Account> accounts { m_fixture->account(0).account, m_fixture->account(1).account };
    accounts[1].name = u"Northwind Traders — Professional Services, Europe, Middle East and Africa"_s;
    m_window->accountsModel()->showAccounts(accounts);
    QListView *view = m_window->accountsView();
    QTest::qWait(20);
    // Nothing to scroll sideways to: the items are painted as wide as the list, and the delegate
    // elides what does not fit (with a scroll bar, the name ran on past the pane's edge).
    QVERIFY(view->fontMetrics().horizontalAdvance(accounts[1].name) > view->viewport()->width());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    QCOMPARE(view->model()->index(1, 0).data(Qt::ToolTipRole).toString().contains(accounts[1].name), true);
}

void TstWindowLayout::detailsValueElidesWhatDoesNotFit_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("elided");
    QTest::newRow("short id, room enough") << u"8f35f682"_s << 300 << false;
    QTest::newRow("long id, narrow") << u"8f35f682-74c2-4d5e-a1d1-0123456789ab-a1d1adb2"_s << 120 << true;
    QTest::newRow("words wrap instead") << u"Remote control on; dial-out off"_s << 120 << false;
    QTest::newRow("one word in words too long")
        << u"Room arn:aws:alexaforbusiness:us-east-1:123456789012:room/abcdef0123456789"_s << 150 << true;
}

void TstWindowLayout::detailsValueElidesWhatDoesNotFit()
{
    QFETCH(QString, value);
    QFETCH(int, width);
    QFETCH(bool, elided);
    DetailsValue label;
    label.setValue(value);
    label.resize(width, 60);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(label.isElided(), elided);
    QCOMPARE(label.value(), value);
    if (elided) {
        QVERIFY(label.text().contains(QChar(0x2026)));
        QCOMPARE(label.toolTip(), value);
        QApplication::clipboard()->clear();
        QTest::keySequence(&label, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), value); // the whole value, not what shows
    } else {
        QCOMPARE(label.text(), value);
        QVERIFY(label.toolTip().isEmpty());
    }
}

void TstWindowLayout::detailsValueKeepsCommonWordsWhole_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("value");
    QTest::newRow("desktop font") << 1.0 << u"Registered"_s;
    QTest::newRow("1.4 times the font") << 1.4 << u"Registered"_s;
    QTest::newRow("twice the font") << 2.0 << u"Registered"_s;
    QTest::newRow("German, twice the font") << 2.0 << u"Hinauswählen aus"_s;
}

// Found by a new user with a large font: "Reg…red" in a narrow details pane. A word that is not
// an id widens the value, so the form puts it under its label instead of cutting it.
void TstWindowLayout::detailsValueKeepsCommonWordsWhole()
{
    QFETCH(double, scale);
    QFETCH(QString, value);
    QWidget pane;
    QFont font = pane.font();
    font.setPointSizeF(font.pointSizeF() * scale);
    pane.setFont(font);
    auto *form = new QFormLayout(&pane);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *field = new DetailsValue(&pane);
    field->setValue(value);
    form->addRow(u"Registration:"_s, field);
    // Room for the label and the least width a value took before, side by side.
    pane.resize(pane.fontMetrics().horizontalAdvance(u"Registration:"_s) + 130, 200);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY2(!field->isElided(), qPrintable(field->text()));
    QCOMPARE(field->text(), value);
}

void TstWindowLayout::oneLineTextElidesWhatDoesNotFit_data()
{
    QTest::addColumn<Qt::TextElideMode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("elided");
    const QString summary = u"Keiner der 1.200 geladenen Benutzer hat „zzz“ in Name oder E-Mail und die Lizenz Pro"_s;
    QTest::newRow("room enough") << Qt::ElideRight << u"12 users loaded"_s << 300 << false;
    QTest::newRow("German summary, narrow pane") << Qt::ElideRight << summary << 260 << true;
    QTest::newRow("file note keeps the file's name")
        << Qt::ElideMiddle << u"Exported 1,200 users to /home/admin/Documents/Sales Team 2026-12-04.csv"_s << 220 << true;
}

void TstWindowLayout::oneLineTextElidesWhatDoesNotFit()
{
    QFETCH(Qt::TextElideMode, mode);
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, elided);
    ElidedLabel label(mode);
    label.setFullText(text);
    label.resize(width, 30);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QCOMPARE(label.fullText(), text);
    QCOMPARE(label.isElided(), elided);
    QVERIFY(label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width());
    if (!elided)
        return;
    QVERIFY(label.text().contains(QChar(0x2026)));
    if (mode == Qt::ElideMiddle)
        QVERIFY2(label.text().endsWith(u".csv"_s), qPrintable(label.text()));
    label.resize(2000, 30); // wider again: the whole text is back
    QTRY_COMPARE(label.text(), text);
}

void TstWindowLayout::bannerDoesNotMoveTheTable()
{
    selectAccount(0);
    QTableView *table = m_window->findChild<QTableView *>(u"usersView"_s);
    QTest::qWait(50); // the columns are fitted to the rows once they show
    const QPoint before = table->mapTo(m_window.get(), QPoint(0, 0));
    const int rowBefore = table->rowViewportPosition(0);
    m_window->errorBanner()->showError(u"Loading users stopped: the service did not answer. "_s.repeated(5), true);
    QTest::qWait(50);
    QVERIFY(m_window->errorBanner()->isVisible());
    QCOMPARE(table->mapTo(m_window.get(), QPoint(0, 0)), before);
    QCOMPARE(table->rowViewportPosition(0), rowBefore);
    // It floats inside the window, over its lower part.
    const QRect banner(m_window->errorBanner()->mapTo(m_window.get(), QPoint(0, 0)),
                       m_window->errorBanner()->size());
    QVERIFY(m_window->rect().contains(banner));
    QVERIFY(banner.top() > m_window->height() / 2);
}

void TstWindowLayout::columnsAreFittedOnceRowsShow()
{
    // The view is empty when the rows arrive: the columns are fitted when rows first show.
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(u"no such user at all"_s);
    selectAccount(0);
    QTableView *table = m_window->findChild<QTableView *>(u"usersView"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    m_window->findChild<QLineEdit *>(u"searchField"_s)->clear();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    int widestEmail = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        widestEmail = std::max(widestEmail, table->fontMetrics().horizontalAdvance(
                                                table->model()->index(row, UsersModel::EmailColumn).data().toString()));
    QTRY_VERIFY(table->columnWidth(UsersModel::EmailColumn) >= widestEmail);
}

void TstWindowLayout::summarySaysWhatTheFiltersShow_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("selectAll");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("offersClear");
    QTest::newRow("everyone") << QString() << false << u"12 users loaded"_s << false;
    QTest::newRow("everyone selected") << QString() << true << u"12 users loaded  ·  12 selected"_s << false;
    QTest::newRow("no match")
        << u"zzz"_s << false << u"None of the 12 loaded users has “zzz” in name or email"_s << true;
}

void TstWindowLayout::summarySaysWhatTheFiltersShow()
{
    QFETCH(QString, search);
    QFETCH(bool, selectAll);
    QFETCH(QString, expected);
    QFETCH(bool, offersClear);
    selectAccount(0);
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(search);
    if (selectAll)
        m_window->findChild<QTableView *>(u"usersView"_s)->selectAll();
    auto *summary = m_window->findChild<UsersSummaryBar *>();
    QTRY_COMPARE(summary->text(), expected);
    QCOMPARE(summary->findChild<QPushButton *>(u"clearFiltersButton"_s)->isVisible(), offersClear);
}

void TstWindowLayout::clearFiltersShowsEveryone()
{
    selectAccount(0);
    auto *license = m_window->findChild<QComboBox *>(u"licenseFilter"_s);
    license->setCurrentIndex(1);
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(u"zzz"_s);
    auto *summary = m_window->findChild<UsersSummaryBar *>();
    QTRY_VERIFY2(summary->text().contains(u"“zzz” in name or email"_s) && summary->text().contains(u"license"_s),
                 qPrintable(summary->text()));
    summary->findChild<QPushButton *>(u"clearFiltersButton"_s)->click();
    QCOMPARE(license->currentIndex(), 0);
    QVERIFY(m_window->findChild<QLineEdit *>(u"searchField"_s)->text().isEmpty());
    QTRY_COMPARE(m_window->usersProxy()->rowCount(), 12);
    QTRY_COMPARE(summary->text(), u"12 users loaded"_s);
}

// Found by a new user: the email searched for was there, but the license filter left from before
// hid it, and the line only said that nobody matched.
void TstWindowLayout::summarySaysWhenAFilterHidesWhoTheSearchFound()
{
    selectAccount(0);
    const User user = *m_window->usersModel()->user(0);
    auto *license = m_window->findChild<QComboBox *>(u"licenseFilter"_s);
    int other = 1;
    while (other < license->count() && license->itemData(other).toString() == user.licenseType.wireName())
        ++other;
    QVERIFY(other < license->count());
    license->setCurrentIndex(other);
    const QString email = user.primaryEmail.value();
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(email);
    auto *summary = m_window->findChild<UsersSummaryBar *>();
    QTRY_VERIFY2(summary->text().contains(u"1 user with “%1” in name or email left out by the other filters"_s.arg(email)),
                 qPrintable(summary->text()));
}

void TstWindowLayout::filtersDoNotLoadPagesUnasked()
{
    // A search that matches few users does not pull the other pages in to fill the view.
    // The model tester on the users model fetches a page whenever rows are inserted (it tests
    // fetchMore): here it would be the one loading unasked. The proxy's tester stays.
    m_usersTester.reset();
    const int listedBefore = m_fixture->emulator().operationCount(u"ListUsers"_s);
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(u"zzz"_s);
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(1));
    QTRY_COMPARE(m_window->usersModel()->rowCount(), UsersModel::defaultPageSize);
    QTest::qWait(200);
    QCOMPARE(m_window->usersModel()->rowCount(), UsersModel::defaultPageSize);
    QCOMPARE(m_fixture->emulator().operationCount(u"ListUsers"_s), listedBefore + 1);
    auto *summary = m_window->findChild<UsersSummaryBar *>();
    QTRY_VERIFY(summary->text().endsWith(u"more on the server"_s));
    auto *loadAll = summary->findChild<QPushButton *>(u"loadAllButton"_s);
    QVERIFY(loadAll->isVisible());
    loadAll->click();
    QTRY_COMPARE(m_window->usersModel()->rowCount(), 230);
    QTRY_VERIFY(!loadAll->isVisible());
}

void TstWindowLayout::stopKeepsWhatWasLoaded()
{
    m_fixture->emulator().setLatency(300);
    m_window->accountsView()->setCurrentIndex(m_window->accountsModel()->index(1));
    QTRY_COMPARE(m_window->usersModel()->rowCount(), UsersModel::defaultPageSize);
    m_window->usersModel()->loadAll();
    auto *summary = m_window->findChild<UsersSummaryBar *>();
    auto *stop = summary->findChild<QPushButton *>(u"stopLoadingButton"_s);
    QTRY_VERIFY(stop->isVisible()); // at once, not after a timeout
    stop->click();
    QVERIFY(!m_window->usersModel()->isLoading());
    QTest::qWait(500);
    QCOMPARE(m_window->usersModel()->rowCount(), UsersModel::defaultPageSize);
    QTRY_VERIFY(summary->text().endsWith(u"more on the server"_s));
    // Loading again continues from the page that was stopped: nobody skipped or listed twice.
    m_fixture->emulator().setLatency(0);
    m_window->usersModel()->loadAll();
    QTRY_COMPARE(m_window->usersModel()->rowCount(), 230);
    QTest::qWait(100);
    QCOMPARE(m_window->usersModel()->rowCount(), 230);
}

void TstWindowLayout::licenseFilterOffersTheAccountsLicenses()
{
    for (int account = 0; account < 2; ++account) {
        selectAccount(account);
        auto *combo = m_window->findChild<QComboBox *>(u"licenseFilter"_s);
        QStringList offered;
        for (int i = 1; i < combo->count(); ++i)
            offered.append(combo->itemData(i).toString());
        QStringList supported;
        for (const LicenseValue &license : m_fixture->account(account).account.supportedLicenses)
            supported.append(license.wireName());
        QCOMPARE(offered, supported);
    }
}

void TstWindowLayout::numbersAndDatesFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("loaded");
    QTest::addColumn<QString>("year");
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << QString()
                                  << u"1,200 users loaded"_s << u"2026"_s;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"chimeadmin_de"_s
                            << u"1.200 Benutzer geladen"_s << u"2026"_s;
}

void TstWindowLayout::numbersAndDatesFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, translation);
    QFETCH(QString, loaded);
    QFETCH(QString, year);
    QTranslator translator;
    if (!translation.isEmpty()) {
        QVERIFY(translator.load(translation, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
    }
    const QLocale before;
    QLocale::setDefault(locale);
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.accounts = 1;
    config.usersPerAccount = { 1200 };
    EmulatorFixture emulator(config);
    QVERIFY(emulator.started());
    EngineFixture engine(emulator.client());
    UsersModel users(emulator.client(), engine.engine());
    UserFilterProxyModel proxy;
    proxy.setUsersModel(&users);
    QItemSelectionModel selection(&proxy);
    UsersSummaryBar summary(&users, &proxy, &selection);
    users.setAccount(emulator.account(0).account.accountId, {});
    users.loadAll();
    QTRY_COMPARE(users.rowCount(), 1200);
    QTRY_COMPARE(summary.text(), loaded);
    const QString shown = DisplayNames::dateTime(QDateTime(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC));
    QVERIFY2(shown.contains(year), qPrintable(shown));
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TstWindowLayout)
#include "tst_windowlayout.moc"
