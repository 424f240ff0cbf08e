// Measure 2: from selecting an account (UsersModel::setAccount + fetchMore, as MainWindow does)
// to its first page of rows in a shown QTableView on the filter proxy: the proxy's rowsInserted,
// then the view's first paint after it. Alternates between two accounts, as a user clicking
// through the account list does.

#include "benchview.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Bench::useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_firstpage"_s);
    Bench::Options options(u"Times the first page of users of a selected account in the view."_s);
    options.add(u"other-account"_s, u"Second account to alternate with."_s, QString());
    options.add(u"repeat"_s, u"Selections to time (default 20)."_s, u"20"_s);
    options.process(app);

    Bench::Connection connection(options.endpoint());
    QList<Account> accounts { connection.account(options.account()) };
    if (!options.value(u"other-account"_s).isEmpty())
        accounts.append(connection.account(options.value(u"other-account"_s)));

    Bench::UsersView table(connection.client());
    UsersModel &model = table.model;
    UserFilterProxyModel &proxy = table.proxy;
    Bench::PaintWatch &watch = table.watch;

    bool inserted = false;
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, &proxy, [&] {
        if (!inserted) {
            inserted = true;
            watch.armed = true;
        }
    });

    const int repeat = options.number(u"repeat"_s);
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        const Account &account = accounts.at(i % accounts.size());
        QCoreApplication::processEvents();
        inserted = false;
        watch.armed = false;
        watch.painted = false;
        QElapsedTimer timer;
        timer.start();
        model.setAccount(account.accountId, account.supportedLicenses);
        model.fetchMore({});
        Bench::waitUntil([&] { return watch.painted || model.hasLoadError(); }, 30000,
                         u"the first page"_s);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (model.hasLoadError())
            Bench::fail(u"the first page failed"_s);
        times.append(ms);
    }
    Bench::printFigures({
        { u"measure"_s, u"first_page"_s },
        { u"selections"_s, repeat },
        { u"rows_in_first_page"_s, UsersModel::defaultPageSize },
        { u"median_ms"_s, Bench::median(times) },
        { u"min_ms"_s, Bench::quantile(times, 0.0) },
        { u"max_ms"_s, Bench::quantile(times, 1.0) },
    });
    return 0;
}
