// Measure 1: lists every user of one account into UsersModel (pages of 200, loadAll), as the
// window's "Load all" does, and reports the wall time of the listing and this process's CPU
// time (user + system; the emulator is another process).

#include "benchcommon.h"
#include "benchengine.h"
#include "benchlisting.h"

#include "models/usersmodel.h"

int main(int argc, char *argv[])
{
    const double cpuAtMain = Bench::cpuMs();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_listusers"_s);
    Bench::Options options(u"Lists every user of an account into UsersModel."_s);
    options.add(u"page-size"_s, u"ListUsers page size (default 200)."_s, u"200"_s);
    options.process(app);

    const double cpuBefore = Bench::cpuMs();
    QElapsedTimer wall;
    wall.start();
    Bench::Connection connection(options.endpoint());
    Bench::ScratchEngine engine(connection.client());
    UsersModel model(connection.client(), engine.engine());
    model.setPageSize(options.number(u"page-size"_s));
    Bench::listEveryUser(model, options.account(), {});
    const double wallMs = wall.nsecsElapsed() / 1e6;
    const double cpuAfter = Bench::cpuMs();
    const RequestPacer::Stats &paced = connection.client()->pacer().stats();

    Bench::printFigures({
        { u"measure"_s, u"list_users"_s },
        { u"users"_s, model.rowCount() },
        { u"wall_ms"_s, wallMs },
        // Everything this process spent, from exec to the last row: start-up and listing.
        { u"cpu_process_ms"_s, cpuAfter },
        { u"cpu_listing_ms"_s, cpuAfter - cpuBefore },
        { u"cpu_startup_ms"_s, cpuBefore },
        { u"cpu_before_main_ms"_s, cpuAtMain },
        { u"requests"_s, paced.granted },
        { u"most_in_flight"_s, paced.mostInFlight },
        { u"mean_in_flight"_s, wallMs > 0 ? paced.inFlightMs / wallMs : 0.0 },
    });
    return 0;
}
