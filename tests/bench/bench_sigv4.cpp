// Measure 7: SigV4 signatures per second of one fixed GetUser request (SigV4Signer::sign, the
// signing time fixed too), for about --seconds seconds.

#include "benchcommon.h"

#include "core/sigv4signer.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_sigv4"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"seconds"_s, u"How long to sign (default 1)."_s, u"s"_s, u"1"_s });
    parser.process(app);
    const double seconds = parser.value(u"seconds"_s).toDouble();

    const AwsCredentials credentials = EmulatorConfig::demoCredentials();
    const SigV4Signer signer(u"us-east-1"_s, u"chime"_s);
    SigV4Signer::Request request;
    request.method = "GET";
    request.path = "/accounts/2d0a2c5e-4c4b-4d1c-9a8f-0c1f6a3e7b21/users/"
                   "8f14e45f-ceea-467a-9b2c-3d5e6f708192";
    request.headers = { { QByteArray("Host"), QByteArray("127.0.0.1:8950") } };
    request.payloadSha256Hex = SigV4Signer::sha256Hex({});
    const QDateTime signingTime(QDate(2026, 11, 24), QTime(4, 50), Qt::UTC);

    // Checked so the loop cannot be optimized away, and printed so the peer's can be compared.
    const QByteArray first = signer.sign(request, credentials, signingTime).signatureHex;
    qint64 signatures = 0;
    qsizetype totalLength = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 budget = static_cast<qint64>(seconds * 1e9);
    while (timer.nsecsElapsed() < budget) {
        for (int i = 0; i < 100; ++i)
            totalLength += signer.sign(request, credentials, signingTime).authorization.size();
        signatures += 100;
    }
    const double elapsed = timer.nsecsElapsed() / 1e9;
    if (totalLength == 0)
        Bench::fail(u"no signature"_s);
    Bench::printFigures({
        { u"measure"_s, u"sigv4"_s },
        { u"signatures"_s, signatures },
        { u"seconds"_s, elapsed },
        { u"per_second"_s, signatures / elapsed },
        { u"signature"_s, QString::fromLatin1(first) },
    });
    return 0;
}
