// Measures 4 and 5: loads every user of a large account into UsersModel behind the
// UserFilterProxyModel and a shown QTableView, as the window has them, and reports
//  - the resident memory per loaded user (VmRSS before and after loading);
//  - for each keystroke of realistic search text typed and deleted again, the time from
//    setSearchText (what the search box's textChanged calls) until the view has repainted.
// With --sort-column the table is sorted by that column first (ascending), as after a click on
// its header, so every keystroke also sorts what it shows.

#include "benchlisting.h"
#include "benchview.h"

#include <QApplication>

namespace {

// What an administrator types into the search box: names, parts of emails, a domain; each word
// typed one character at a time and then deleted one character at a time.
QStringList keystrokes(int count)
{
    const QStringList words {
        u"sofia"_s, u"chen"_s, u"müller"_s, u"grace.kim"_s, u"@fabrikam"_s, u"olga petrov"_s,
        u"kowalski"_s, u"noah"_s, u"lucía"_s, u"yusuf.sato"_s, u"ada lopez"_s, u"priya"_s,
        u"haddad"_s, u"wei.zhang4"_s, u"zoë"_s, u"tariq"_s,
    };
    QStringList texts;
    for (qsizetype w = 0; texts.size() < count; w = (w + 1) % words.size()) {
        const QString &word = words.at(w);
        for (qsizetype i = 1; i <= word.size() && texts.size() < count; ++i)
            texts.append(word.left(i));
        for (qsizetype i = word.size() - 1; i >= 0 && texts.size() < count; --i)
            texts.append(word.left(i));
    }
    return texts;
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_filter"_s);
    Bench::Options options(u"Loads a large account and times filtering it keystroke by keystroke."_s);
    options.add(u"keystrokes"_s, u"Keystrokes to time (default 200)."_s, u"200"_s);
    options.add(u"sort-column"_s, u"Column to sort the table by (default -1: unsorted)."_s, u"-1"_s);
    options.process(app);

    Bench::Connection connection(options.endpoint());
    const Account account = connection.account(options.account());

    Bench::UsersView table(connection.client());
    UsersModel &model = table.model;
    UserFilterProxyModel &proxy = table.proxy;
    Bench::PaintWatch &watch = table.watch;
    const int sortColumn = options.number(u"sort-column"_s);
    table.view.sortByColumn(sortColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();

    const qint64 rssBefore = Bench::procStatusKiB("VmRSS");
    QElapsedTimer loading;
    loading.start();
    Bench::listEveryUser(model, account.accountId, account.supportedLicenses);
    QCoreApplication::processEvents();
    const double loadMs = loading.nsecsElapsed() / 1e6;
    const qint64 rssAfter = Bench::procStatusKiB("VmRSS");
    const int users = model.rowCount();

    QList<double> times;
    QList<double> filterTimes; // setSearchText alone: the proxy, without the view's reaction
    int shownRowsSum = 0;
    for (const QString &text : keystrokes(options.number(u"keystrokes"_s))) {
        watch.painted = false;
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(text);
        filterTimes.append(timer.nsecsElapsed() / 1e6);
        // Until the view has repainted; a keystroke that changes nothing shown (a trailing space)
        // paints nothing, so a few passes over an idle event queue end it too.
        for (int idlePasses = 0; !watch.painted && idlePasses < 5; ++idlePasses)
            QCoreApplication::processEvents();
        times.append(timer.nsecsElapsed() / 1e6);
        shownRowsSum += proxy.rowCount();
    }

    Bench::printFigures({
        { u"sort_column"_s, sortColumn },
        { u"measure"_s, sortColumn < 0 ? u"filter"_s : u"filter_sorted"_s },
        { u"users"_s, users },
        { u"load_ms"_s, loadMs },
        { u"rss_before_kib"_s, rssBefore },
        { u"rss_after_kib"_s, rssAfter },
        { u"bytes_per_user"_s, users > 0 ? (rssAfter - rssBefore) * 1024.0 / users : 0.0 },
        { u"keystrokes"_s, times.size() },
        { u"p50_ms"_s, Bench::quantile(times, 0.50) },
        { u"p99_ms"_s, Bench::quantile(times, 0.99) },
        { u"max_ms"_s, Bench::quantile(times, 1.0) },
        { u"proxy_p50_ms"_s, Bench::quantile(filterTimes, 0.50) },
        { u"proxy_p99_ms"_s, Bench::quantile(filterTimes, 0.99) },
        { u"mean_rows_shown"_s, times.isEmpty() ? 0.0 : double(shownRowsSum) / times.size() },
    });
    return 0;
}
