// Measure 3: re-licenses users through the license dialog's code path: one change of the change
// engine (journaled to a temporary journal, fsync included, as the program does), timed from
// submit() to the run's finished(). The users (an offset and a count in the service's order)
// are listed before the clock starts, as the window has them loaded already.
//
// Besides the times it reports where the CPU went, per HTTP request: in Qt's HTTP thread, in
// the main thread (signing, building and parsing, and Qt's reply handling there), and, given
// --emulator-pid, in the emulator, so a missed target can be read off the figures.

#include "benchcommon.h"

#include "benchengine.h"

#include "models/changeacts.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_relicense"_s);
    Bench::Options options(u"Re-licenses users through the change engine."_s);
    options.add(u"offset"_s, u"First user (in listing order) to change (default 0)."_s, u"0"_s);
    options.add(u"count"_s, u"Users to change (default 1000)."_s, u"1000"_s);
    options.add(u"target"_s, u"License to give them (wire name, default Basic)."_s, u"Basic"_s);
    options.add(u"emulator-pid"_s, u"Process id of the emulator, to report its CPU time too."_s,
                QString());
    options.process(app);

    const int offset = options.number(u"offset"_s);
    const int count = options.number(u"count"_s);
    Bench::Connection connection(options.endpoint());
    const QList<User> users = connection.firstUsers(options.account(), offset + count).sliced(offset);
    const LicenseValue target = LicenseValue::fromWire(options.value(u"target"_s));

    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = options.account();
    int unchanged = 0;
    for (const User &user : users) {
        if (user.licenseType == target)
            ++unchanged; // the dialog sends nothing for them
        else
            change.targets.append({ user.userId, {}, {}, user.licenseType.wireName(), target.wireName() });
    }
    Bench::ScratchEngine engine(connection.client());

    int requests = 0;
    QObject::connect(connection.network(), &QNetworkAccessManager::finished, &app,
                     [&requests] { ++requests; });
    const QString emulatorPid = options.value(u"emulator-pid"_s);
    const double emulatorBefore = emulatorPid.isEmpty() ? -1 : Bench::scheduledCpuMs(emulatorPid);
    const QHash<QString, double> threadsBefore = Bench::threadCpuMs();
    const double cpuBefore = Bench::cpuMs();
    // The window's client and the change's pinned one share the endpoint's pacer; the listing
    // before the clock started used it too.
    const RequestPacer &pacer = connection.client()->pacer();
    const RequestPacer::Stats pacedBefore = pacer.stats();
    QElapsedTimer timer;
    timer.start();
    ChangeRun *run = engine.engine()->submit(change);
    Bench::waitUntil([run] { return !run || run->isFinished(); }, 600000, u"the change"_s);
    const double wallMs = timer.nsecsElapsed() / 1e6;
    const double cpuMs = Bench::cpuMs() - cpuBefore;
    const QHash<QString, double> threadsAfter = Bench::threadCpuMs();
    const double emulatorMs = emulatorBefore < 0 ? -1 : Bench::scheduledCpuMs(emulatorPid) - emulatorBefore;
    const auto perRequestUs = [requests](double ms) { return requests > 0 ? ms * 1000.0 / requests : 0.0; };
    const auto threadUs = [&](const QString &role) {
        return perRequestUs(threadsAfter.value(role) - threadsBefore.value(role));
    };

    const RequestPacer::Stats &paced = pacer.stats();
    const int throttled = paced.throttled - pacedBefore.throttled;
    const double inFlightMs = paced.inFlightMs - pacedBefore.inFlightMs;

    using State = ChangeRun::TargetState;
    const auto countIn = [run](State state) { return run ? run->countIn(state) : 0; };
    Bench::printFigures({
        { u"measure"_s, u"relicense"_s },
        { u"users"_s, count },
        { u"target"_s, target.wireName() },
        { u"applied"_s, countIn(State::Applied) },
        { u"unchanged"_s, unchanged },
        { u"failed"_s, countIn(State::Failed) + countIn(State::NotApplied) + countIn(State::Unconfirmed) },
        { u"wall_ms"_s, wallMs },
        { u"cpu_ms"_s, cpuMs }, // this process, for the job alone
        { u"requests"_s, requests },
        { u"throttled"_s, throttled },
        { u"throttled_percent"_s, requests > 0 ? 100.0 * throttled / requests : 0.0 },
        { u"most_in_flight"_s, paced.mostInFlight }, // the listing before had one at a time
        { u"mean_in_flight"_s, wallMs > 0 ? inFlightMs / wallMs : 0.0 },
        { u"client_us_per_request"_s, perRequestUs(cpuMs) },
        { u"http_thread_us_per_request"_s, threadUs(u"http"_s) },
        { u"main_thread_us_per_request"_s, threadUs(u"main"_s) },
        { u"emulator_us_per_request"_s, emulatorMs < 0 ? QJsonValue() : perRequestUs(emulatorMs) },
    });
    return countIn(State::Applied) == change.targets.size() ? 0 : 1;
}
