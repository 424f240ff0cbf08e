// Measure 8: an account reopened from its snapshot. Lists every user of a large account four
// times on --endpoint (no latency) into a model without a view: as before, twice with the listing
// written to a new snapshot database as it arrives, and as before again (the order cancels what a
// warmer heap or cache gives a later run), and reports the mean process CPU of each kind (the
// writing is on its own thread, which the process CPU counts). Then opens the account again on --slow-endpoint (the
// same emulator state at real network latency) with the snapshot kept, as the window does, and
// reports the time to its first rows painted, to every snapshot row in the model and sorted by
// name, and to the live listing confirming every row.

#include "benchlisting.h"
#include "benchview.h"

#include "models/accountsmodel.h"
#include "models/snapshotkeeper.h"
#include "store/asyncsnapshots.h"

#include <QApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace {

// The CPU a listing took: the process's, and its main thread's and other threads' (Qt's HTTP
// thread apart).
struct ListingCpu
{
    double processMs = 0;
    double mainThreadMs = 0;
    double otherThreadsMs = 0;

    static ListingCpu meanOf(const ListingCpu &a, const ListingCpu &b)
    {
        return { (a.processMs + b.processMs) / 2, (a.mainThreadMs + b.mainThreadMs) / 2,
                 (a.otherThreadsMs + b.otherThreadsMs) / 2 };
    }
};

// Lists the account into a model of its own (no view: what a paint costs is not the listing's).
ListingCpu listingCpu(ChimeClient *client, const Account &account, AsyncSnapshots *snapshots, int *users)
{
    Bench::ScratchEngine engine(client);
    UsersModel model(client, engine.engine());
    AccountsModel accounts(client);
    std::optional<SnapshotKeeper> keeper;
    if (snapshots)
        keeper.emplace(snapshots, &model, &accounts);
    const double cpuBefore = Bench::cpuMs();
    const QHash<QString, double> threadsBefore = Bench::threadCpuMs();
    Bench::listEveryUser(model, account.accountId, account.supportedLicenses, account.name);
    if (snapshots) {
        // Until the last page is in the database too: the database answers in order, so this
        // list comes after the listing's last write.
        bool written = false;
        snapshots->list(account.accountId, &accounts, [&written](const QList<SnapshotInfo> &all, const QString &) {
            written = !all.isEmpty() && all.first().complete;
        });
        Bench::waitUntil([&written] { return written; }, 60000, u"the snapshot written"_s);
    }
    *users = model.rowCount();
    const QHash<QString, double> threadsAfter = Bench::threadCpuMs();
    return { Bench::cpuMs() - cpuBefore, threadsAfter.value(u"main"_s) - threadsBefore.value(u"main"_s),
             threadsAfter.value(u"other"_s) - threadsBefore.value(u"other"_s) };
}

std::unique_ptr<AsyncSnapshots> openedDatabase(const QString &path)
{
    auto snapshots = std::make_unique<AsyncSnapshots>(path);
    Bench::waitUntil([&snapshots] { return snapshots->isAvailable() || !snapshots->problem().isNone(); }, 10000,
                     u"the snapshot database"_s);
    if (!snapshots->isAvailable())
        Bench::fail(snapshots->problem().message);
    return snapshots;
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_reopen"_s);
    Bench::Options options(u"Times an account reopened from its snapshot against its live listing."_s);
    options.add(u"slow-endpoint"_s, u"The same emulator state at network latency."_s, QString());
    options.process(app);
    if (options.value(u"slow-endpoint"_s).isEmpty())
        Bench::fail(u"--slow-endpoint is required"_s);

    QTemporaryDir dir;
    Bench::Connection fast(options.endpoint());
    const Account account = fast.account(options.account());
    int users = 0;
    const ListingCpu plainFirst = listingCpu(fast.client(), account, nullptr, &users);
    // Each kept listing into a database of its own: into one that held the account already, the
    // listing would also reopen the snapshot before it, which is not what writing one costs.
    std::unique_ptr<AsyncSnapshots> keptFirstIn = openedDatabase(dir.filePath(u"first.sqlite"_s));
    const ListingCpu keptFirst = listingCpu(fast.client(), account, keptFirstIn.get(), &users);
    std::unique_ptr<AsyncSnapshots> keptIn = openedDatabase(dir.filePath(u"second.sqlite"_s));
    const ListingCpu keptSecond = listingCpu(fast.client(), account, keptIn.get(), &users);
    const ListingCpu plain = ListingCpu::meanOf(plainFirst, listingCpu(fast.client(), account, nullptr, &users));
    const ListingCpu kept = ListingCpu::meanOf(keptFirst, keptSecond);
    AsyncSnapshots &snapshots = *keptIn;

    Bench::Connection slow(options.value(u"slow-endpoint"_s));
    Bench::UsersView reopened(slow.client());
    AccountsModel accounts(slow.client());
    SnapshotKeeper keeper(&snapshots, &reopened.model, &accounts);
    reopened.view.sortByColumn(UsersModel::DisplayNameColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    reopened.watch.painted = false;
    QElapsedTimer timer;
    timer.start();
    reopened.model.setAccount(account.accountId, account.supportedLicenses, account.name);
    reopened.model.fetchMore({});
    Bench::waitUntil([&] { return reopened.watch.painted && reopened.proxy.rowCount() > 0; }, 60000,
                     u"the first rows"_s);
    const double firstRowsMs = timer.nsecsElapsed() / 1e6;
    Bench::waitUntil([&] { return reopened.proxy.rowCount() >= users; }, 60000, u"every snapshot row"_s);
    QCoreApplication::processEvents(); // the sorted view laid out and painted
    const double allRowsMs = timer.nsecsElapsed() / 1e6;
    const bool fromSnapshot = reopened.model.snapshotRowCount() > 0;
    Bench::waitUntil([&] { return reopened.model.isComplete() || reopened.model.hasLoadError(); }, 900000,
                     u"the live listing"_s);
    const double liveMs = timer.nsecsElapsed() / 1e6;

    Bench::printFigures({
        { u"users"_s, users },
        { u"listing_cpu_ms"_s, plain.processMs },
        { u"listing_main_thread_cpu_ms"_s, plain.mainThreadMs },
        { u"listing_other_threads_cpu_ms"_s, plain.otherThreadsMs },
        { u"listing_cpu_with_snapshot_ms"_s, kept.processMs },
        { u"listing_with_snapshot_main_thread_cpu_ms"_s, kept.mainThreadMs },
        { u"listing_with_snapshot_other_threads_cpu_ms"_s, kept.otherThreadsMs },
        { u"snapshot_cpu_overhead_percent"_s,
          plain.processMs > 0 ? (kept.processMs - plain.processMs) * 100.0 / plain.processMs : 0.0 },
        { u"first_rows_ms"_s, firstRowsMs },
        { u"all_rows_ms"_s, allRowsMs },
        { u"shown_from_snapshot"_s, fromSnapshot },
        { u"live_listing_ms"_s, liveMs },
        { u"live_to_snapshot_ratio"_s, allRowsMs > 0 ? liveMs / allRowsMs : 0.0 },
    });
    return 0;
}
