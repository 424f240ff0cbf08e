// A program that sends one license change through the change engine and exits when it has
// settled: what tst_reconcile kills with SIGKILL halfway, as a crash or a power cut would.
// Arguments: endpoint, journal path, sessions folder, account id, target license, then a file
// with one "userId before-license" a line.
#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/emulatorconfig.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "store/asyncjournal.h"
#include "store/journalsessions.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: changechild ENDPOINT JOURNAL SESSIONS ACCOUNT LICENSE USERS_FILE\n", stderr);
        return 2;
    }
    QFile usersFile(args.at(6));
    if (!usersFile.open(QIODevice::ReadOnly))
        return 2;
    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = args.at(4);
    while (!usersFile.atEnd()) {
        const QList<QByteArray> fields = usersFile.readLine().trimmed().split(' ');
        if (fields.size() == 2)
            change.targets.append({ QString::fromUtf8(fields.at(0)), {}, {}, QString::fromUtf8(fields.at(1)), args.at(5) });
    }

    StaticCredentialsProvider credentials(EmulatorConfig::demoCredentials(), QStringLiteral("child"));
    ChimeClientConfig config;
    config.endpointOverride = args.at(1);
    QNetworkAccessManager network;
    ChimeClient client(&network, &credentials, config);
    AsyncJournal journal(args.at(2));
    JournalSessions sessions(args.at(3));
    QString error;
    if (!sessions.begin(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ChangeEngine engine(&client, &journal, sessions.sessionId());
    ChangeRun *run = engine.submit(change);
    if (!run)
        return 1;
    QObject::connect(run, &ChangeRun::finished, &app, [&app] { app.exit(0); }, Qt::QueuedConnection);
    return app.exec();
}
