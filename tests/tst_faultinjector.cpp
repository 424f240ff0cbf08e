// FaultInjector (deterministic under a seed, rates honoured, codes from the list) and the
// chime-emulator command line (every flag parsed, bad values refused with a clear message,
// every flag documented in --help).

#include "emulator/emulatorcommandline.h"
#include "emulator/faultinjector.h"
#include "emulator/ratelimiter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

using ConfigCheck = std::function<bool(const EmulatorConfig &)>;
Q_DECLARE_METATYPE(ConfigCheck)

namespace {

QList<FaultInjector::Decision> draws(FaultInjector injector, int count)
{
    QList<FaultInjector::Decision> decisions;
    decisions.reserve(count);
    for (int i = 0; i < count; ++i)
        decisions.append(injector.next());
    return decisions;
}

bool sameDecisions(const QList<FaultInjector::Decision> &a, const QList<FaultInjector::Decision> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const auto &x, const auto &y) { return x.fault == y.fault && x.status == y.status; });
}

// Every flag the emulator documents, with a value when it takes one.
const QStringList allFlags {
    u"host"_s,
    u"allow-remote"_s,
    u"port"_s,
    u"seed"_s,
    u"accounts"_s,
    u"users"_s,
    u"rate-limit"_s,
    u"state"_s,
    u"fail-rate"_s,
    u"fail-codes"_s,
    u"latency-ms"_s,
    u"drop-rate"_s,
    u"access-key-id"_s,
    u"secret-access-key"_s,
    u"session-token"_s,
    u"help"_s,
    u"version"_s,
};

} // namespace

class TstFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deterministicUnderSeed_data();
    void deterministicUnderSeed();
    void ratesHonoured_data();
    void ratesHonoured();
    void codesOnlyFromTheList_data();
    void codesOnlyFromTheList();
    void failRateDoesNotShiftDrops();
    void isActive_data();
    void isActive();

    void defaults();
    void rateLimiterLetsABurstThroughThenPushesBack_data();
    void rateLimiterLetsABurstThroughThenPushesBack();
    void parsesEveryFlag_data();
    void parsesEveryFlag();
    void refusesBadValues_data();
    void refusesBadValues();
    void helpDocumentsEveryFlag();
};

void TstFaultInjector::initTestCase()
{
    QCoreApplication::setApplicationName(u"chime-emulator"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
}

void TstFaultInjector::deterministicUnderSeed_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("dropRate");

    QTest::newRow("seed 1, 30% / 20%") << 1u << 0.3 << 0.2;
    QTest::newRow("seed 0, 50% / 50%") << 0u << 0.5 << 0.5;
    QTest::newRow("seed max, 10% / 0%") << 0xFFFFFFFFu << 0.1 << 0.0;
}

void TstFaultInjector::deterministicUnderSeed()
{
    QFETCH(quint32, seed);
    QFETCH(double, failRate);
    QFETCH(double, dropRate);

    const QList<int> codes { 429, 500, 503 };
    const auto a = draws(FaultInjector(seed, failRate, codes, dropRate), 2000);
    const auto b = draws(FaultInjector(seed, failRate, codes, dropRate), 2000);
    QVERIFY(sameDecisions(a, b));
    const auto other = draws(FaultInjector(seed + 1, failRate, codes, dropRate), 2000);
    QVERIFY(!sameDecisions(a, other));
}

void TstFaultInjector::ratesHonoured_data()
{
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("dropRate");

    QTest::newRow("nothing") << 0.0 << 0.0;
    QTest::newRow("always fail") << 1.0 << 0.0;
    QTest::newRow("always drop") << 0.0 << 1.0;
    QTest::newRow("fail and drop 1") << 1.0 << 1.0;
    QTest::newRow("10% fail") << 0.1 << 0.0;
    QTest::newRow("25% drop") << 0.0 << 0.25;
    QTest::newRow("30% fail, 20% drop") << 0.3 << 0.2;
    QTest::newRow("50% fail, 50% drop") << 0.5 << 0.5;
    QTest::newRow("1% fail") << 0.01 << 0.0;
}

void TstFaultInjector::ratesHonoured()
{
    QFETCH(double, failRate);
    QFETCH(double, dropRate);

    constexpr int count = 10000;
    const auto decisions = draws(FaultInjector(7, failRate, { 500 }, dropRate), count);
    int failed = 0;
    int dropped = 0;
    for (const FaultInjector::Decision &decision : decisions) {
        switch (decision.fault) {
        case FaultInjector::Fault::ErrorStatus:
            ++failed;
            QCOMPARE(decision.status, 500);
            break;
        case FaultInjector::Fault::DropConnection:
            ++dropped;
            QCOMPARE(decision.status, 0);
            break;
        case FaultInjector::Fault::None:
            QCOMPARE(decision.status, 0);
            break;
        }
    }
    // An injected error is answered, not dropped: drops come from the requests that did not fail.
    const double expectedFailed = failRate * count;
    const double expectedDropped = (1.0 - failRate) * dropRate * count;
    const double tolerance = 0.025 * count; // generous: about 5 standard deviations at worst
    const QString observed = u"failed %1 (expected %2), dropped %3 (expected %4)"_s.arg(failed)
                                 .arg(expectedFailed)
                                 .arg(dropped)
                                 .arg(expectedDropped);
    QVERIFY2(std::abs(failed - expectedFailed) <= tolerance, qPrintable(observed));
    QVERIFY2(std::abs(dropped - expectedDropped) <= tolerance, qPrintable(observed));
    // The extremes are exact.
    if (failRate == 0.0)
        QCOMPARE(failed, 0);
    if (failRate == 1.0)
        QCOMPARE(failed, count);
    if (dropRate == 0.0)
        QCOMPARE(dropped, 0);
    if (dropRate == 1.0)
        QCOMPARE(failed + dropped, count);
}

void TstFaultInjector::codesOnlyFromTheList_data()
{
    QTest::addColumn<QList<int>>("codes");

    QTest::newRow("one code") << QList<int> { 503 };
    QTest::newRow("default codes") << QList<int> { 429, 500, 503 };
    QTest::newRow("every client and server code")
        << QList<int> { 400, 401, 403, 404, 429, 500, 502, 503, 504 };
    QTest::newRow("no codes") << QList<int> {};
}

void TstFaultInjector::codesOnlyFromTheList()
{
    QFETCH(QList<int>, codes);

    const auto decisions = draws(FaultInjector(3, 0.5, codes, 0.0), 10000);
    QHash<int, int> seen;
    for (const FaultInjector::Decision &decision : decisions) {
        if (decision.fault == FaultInjector::Fault::ErrorStatus)
            ++seen[decision.status];
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(codes.contains(it.key()), qPrintable(QString::number(it.key())));
    // Every code of the list is used, each roughly as often.
    QCOMPARE(seen.size(), codes.size());
    for (const int code : codes) {
        const double share = 5000.0 / codes.size();
        QVERIFY2(std::abs(seen.value(code) - share) < share * 0.25 + 50,
            qPrintable(u"%1 seen %2 times"_s.arg(code).arg(seen.value(code))));
    }
}

void TstFaultInjector::failRateDoesNotShiftDrops()
{
    // Both draws happen for every request: with the same seed, the requests that fail are the
    // same whatever the drop rate, and adding failures only turns drops into failures.
    const auto failOnly = draws(FaultInjector(11, 0.2, { 500 }, 0.0), 5000);
    const auto failAndDrop = draws(FaultInjector(11, 0.2, { 500 }, 0.3), 5000);
    const auto dropOnly = draws(FaultInjector(11, 0.0, { 500 }, 0.3), 5000);
    int drops = 0;
    for (qsizetype i = 0; i < failOnly.size(); ++i) {
        const bool fails = failOnly[i].fault == FaultInjector::Fault::ErrorStatus;
        QCOMPARE(failAndDrop[i].fault == FaultInjector::Fault::ErrorStatus, fails);
        if (!fails)
            QCOMPARE(failAndDrop[i].fault, dropOnly[i].fault);
        drops += failAndDrop[i].fault == FaultInjector::Fault::DropConnection ? 1 : 0;
    }
    QVERIFY(drops > 0);
}

void TstFaultInjector::isActive_data()
{
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("dropRate");
    QTest::addColumn<bool>("active");

    QTest::newRow("off") << 0.0 << 0.0 << false;
    QTest::newRow("failures") << 0.1 << 0.0 << true;
    QTest::newRow("drops") << 0.0 << 0.1 << true;
}

void TstFaultInjector::isActive()
{
    QFETCH(double, failRate);
    QFETCH(double, dropRate);
    QFETCH(bool, active);

    FaultInjector injector(1, failRate, { 500 }, dropRate);
    QCOMPARE(injector.isActive(), active);
    if (!active) {
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(injector.next().fault, FaultInjector::Fault::None);
    }
}

void TstFaultInjector::rateLimiterLetsABurstThroughThenPushesBack_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<int>("burst");
    QTest::newRow("10 a second") << 10.0 << 10;
    QTest::newRow("half a second: one at a time") << 0.5 << 1;
}

void TstFaultInjector::rateLimiterLetsABurstThroughThenPushesBack()
{
    QFETCH(double, perSecond);
    QFETCH(int, burst);
    RateLimiter limiter(perSecond);
    for (int i = 0; i < burst; ++i)
        QVERIFY(!limiter.take(u"GetUser"_s, 1000).has_value());
    const std::optional<std::chrono::milliseconds> wait = limiter.take(u"GetUser"_s, 1000);
    QVERIFY(wait.has_value());
    QCOMPARE(wait->count(), static_cast<qint64>(std::ceil(1000.0 / perSecond)));
    // Each operation has a bucket of its own; the first refills with time.
    QVERIFY(!limiter.take(u"ListUsers"_s, 1000).has_value());
    QVERIFY(!limiter.take(u"GetUser"_s, 1000 + wait->count()).has_value());
    QVERIFY(!RateLimiter(0).take(u"GetUser"_s, 0).has_value());
}

void TstFaultInjector::defaults()
{
    EmulatorCommandLine commandLine;
    QString error;
    const std::optional<EmulatorConfig> config = commandLine.parse({ u"chime-emulator"_s }, &error);
    QVERIFY2(config.has_value(), qPrintable(error));
    QCOMPARE(config->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config->port, quint16(0));
    QCOMPARE(config->seed, 1u);
    QCOMPARE(config->accounts, 4);
    QCOMPARE(config->usersPerAccount, (QList<int> { 8, 150, 1200, 3000 }));
    QVERIFY(config->stateFile.isEmpty());
    QCOMPARE(config->failRate, 0.0);
    QCOMPARE(config->failCodes, (QList<int> { 429, 500, 503 }));
    QCOMPARE(config->latencyMs, 0);
    QCOMPARE(config->dropRate, 0.0);
    QCOMPARE(config->rateLimit, 0.0);
    const AwsCredentials demo = EmulatorConfig::demoCredentials();
    QCOMPARE(config->credentials.size(), 1);
    QCOMPARE(config->credentials.value(demo.accessKeyId).secretAccessKey, demo.secretAccessKey);
    QVERIFY(config->credentials.value(demo.accessKeyId).sessionToken.isEmpty());
}

void TstFaultInjector::parsesEveryFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ConfigCheck>("check");

    QTest::newRow("--host ::1") << QStringList { u"--host"_s, u"::1"_s }
                                << ConfigCheck([](const EmulatorConfig &c) {
                                       return c.address == QHostAddress::LocalHostIPv6;
                                   });
    QTest::newRow("--host 127.0.0.2")
        << QStringList { u"--host=127.0.0.2"_s } << ConfigCheck([](const EmulatorConfig &c) {
               return c.address == QHostAddress(u"127.0.0.2"_s);
           });
    QTest::newRow("--host 10.0.0.1 --allow-remote")
        << QStringList { u"--host"_s, u"10.0.0.1"_s, u"--allow-remote"_s }
        << ConfigCheck(
               [](const EmulatorConfig &c) { return c.address == QHostAddress(u"10.0.0.1"_s); });
    QTest::newRow("--allow-remote alone keeps loopback")
        << QStringList { u"--allow-remote"_s }
        << ConfigCheck([](const EmulatorConfig &c) { return c.address.isLoopback(); });
    QTest::newRow("--port 8080") << QStringList { u"--port"_s,
        u"8080"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.port == 8080; });
    QTest::newRow("--port 65535") << QStringList { u"--port=65535"_s }
                                  << ConfigCheck(
                                         [](const EmulatorConfig &c) { return c.port == 65535; });
    QTest::newRow("--rate-limit 10") << QStringList { u"--rate-limit"_s, u"10"_s }
                                     << ConfigCheck([](const EmulatorConfig &c) { return c.rateLimit == 10.0; });
    QTest::newRow("--seed 99") << QStringList { u"--seed"_s,
        u"99"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.seed == 99u; });
    QTest::newRow("--accounts 0") << QStringList { u"--accounts"_s,
        u"0"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.accounts == 0; });
    QTest::newRow("--accounts 1000") << QStringList { u"--accounts"_s,
        u"1000"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.accounts == 1000; });
    QTest::newRow("--users 5") << QStringList {
        u"--users"_s, u"5"_s
    } << ConfigCheck([](const EmulatorConfig &c) { return c.usersPerAccount == QList<int> { 5 }; });
    QTest::newRow("--users 1,2,3")
        << QStringList { u"--users"_s, u"1, 2,3"_s } << ConfigCheck([](const EmulatorConfig &c) {
               return c.usersPerAccount == QList<int> { 1, 2, 3 };
           });
    QTest::newRow("--state file") << QStringList { u"--state"_s, u"/tmp/some state.json"_s }
                                  << ConfigCheck([](const EmulatorConfig &c) {
                                         return c.stateFile == u"/tmp/some state.json"_s;
                                     });
    QTest::newRow("--fail-rate 0.25") << QStringList { u"--fail-rate"_s,
        u"0.25"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.failRate == 0.25; });
    QTest::newRow("--fail-rate 1") << QStringList { u"--fail-rate"_s,
        u"1"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.failRate == 1.0; });
    QTest::newRow("--fail-codes 401")
        << QStringList { u"--fail-codes"_s, u"401"_s }
        << ConfigCheck([](const EmulatorConfig &c) { return c.failCodes == QList<int> { 401 }; });
    QTest::newRow("--fail-codes 400,599") << QStringList { u"--fail-codes"_s, u"400,599"_s }
                                          << ConfigCheck([](const EmulatorConfig &c) {
                                                 return c.failCodes == QList<int> { 400, 599 };
                                             });
    QTest::newRow("--latency-ms 250") << QStringList { u"--latency-ms"_s,
        u"250"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.latencyMs == 250; });
    QTest::newRow("--drop-rate 0.5") << QStringList { u"--drop-rate"_s,
        u"0.5"_s } << ConfigCheck([](const EmulatorConfig &c) { return c.dropRate == 0.5; });
    QTest::newRow("--access-key-id and --secret-access-key") << QStringList {
        u"--access-key-id"_s, u"AKIDMINE"_s, u"--secret-access-key"_s, u"s3cr3t"_s
    } << ConfigCheck([](const EmulatorConfig &c) {
        return c.credentials.size() == 1
            && c.credentials.value(u"AKIDMINE"_s).secretAccessKey == u"s3cr3t"_s
            && c.credentials.value(u"AKIDMINE"_s).sessionToken.isEmpty()
            && !c.credentials.contains(EmulatorConfig::demoCredentials().accessKeyId);
    });
    QTest::newRow("--session-token") << QStringList { u"--access-key-id"_s, u"ASIAMINE"_s,
        u"--secret-access-key"_s, u"s"_s, u"--session-token"_s,
        u"tok/en+=="_s } << ConfigCheck([](const EmulatorConfig &c) {
        return c.credentials.value(u"ASIAMINE"_s).sessionToken == u"tok/en+=="_s;
    });
    QTest::newRow("everything at once") << QStringList { u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
        u"0"_s, u"--seed"_s, u"3"_s, u"--accounts"_s, u"2"_s, u"--users"_s, u"5,7"_s,
        u"--fail-rate"_s, u"1"_s, u"--fail-codes"_s, u"503"_s, u"--drop-rate"_s, u"0"_s,
        u"--latency-ms"_s, u"10"_s } << ConfigCheck([](const EmulatorConfig &c) {
        return c.seed == 3u && c.accounts == 2 && c.usersPerAccount == QList<int> { 5, 7 }
        && c.failRate == 1.0 && c.failCodes == QList<int> { 503 } && c.latencyMs == 10;
    });
}

void TstFaultInjector::parsesEveryFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(ConfigCheck, check);

    EmulatorCommandLine commandLine;
    QString error;
    const std::optional<EmulatorConfig> config
        = commandLine.parse(QStringList { u"chime-emulator"_s } + arguments, &error);
    QVERIFY2(config.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(check(*config));
}

void TstFaultInjector::refusesBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("messageParts"); // each must appear in the error

    const auto row = [](const char *name, QStringList arguments, QStringList parts) {
        QTest::newRow(name) << arguments << parts;
    };
    row("--fail-rate 2", { u"--fail-rate"_s, u"2"_s }, { u"--fail-rate"_s, u"0 to 1"_s });
    row("--rate-limit -1", { u"--rate-limit"_s, u"-1"_s }, { u"--rate-limit"_s });
    row("--rate-limit lots", { u"--rate-limit=lots"_s }, { u"--rate-limit"_s });
    row("--fail-rate -0.1", { u"--fail-rate"_s, u"-0.1"_s }, { u"--fail-rate"_s });
    row("--fail-rate abc", { u"--fail-rate"_s, u"abc"_s }, { u"--fail-rate"_s });
    row("--fail-rate 50%", { u"--fail-rate"_s, u"50%"_s }, { u"--fail-rate"_s });
    row("--fail-rate nan", { u"--fail-rate"_s, u"nan"_s }, { u"--fail-rate"_s });
    row("--fail-rate inf", { u"--fail-rate"_s, u"inf"_s }, { u"--fail-rate"_s });
    row("--drop-rate nan", { u"--drop-rate"_s, u"nan"_s }, { u"--drop-rate"_s });
    row("--drop-rate 1.5", { u"--drop-rate"_s, u"1.5"_s }, { u"--drop-rate"_s, u"0 to 1"_s });
    row("--port x", { u"--port"_s, u"x"_s }, { u"--port"_s, u"65535"_s });
    row("--port 70000", { u"--port"_s, u"70000"_s }, { u"--port"_s });
    row("--port -1", { u"--port=-1"_s }, { u"--port"_s });
    row("--port 80,81", { u"--port"_s, u"80,81"_s }, { u"--port"_s });
    row("--port empty", { u"--port="_s }, { u"--port"_s });
    row("--host 10.0.0.1 without --allow-remote", { u"--host"_s, u"10.0.0.1"_s },
        { u"10.0.0.1"_s, u"--allow-remote"_s });
    row("--host 0.0.0.0 without --allow-remote", { u"--host"_s, u"0.0.0.0"_s },
        { u"--allow-remote"_s });
    row("--host a name", { u"--host"_s, u"example.com"_s }, { u"--host"_s, u"example.com"_s });
    row("--seed -1", { u"--seed=-1"_s }, { u"--seed"_s });
    row("--seed x", { u"--seed"_s, u"x"_s }, { u"--seed"_s });
    row("--accounts 1001", { u"--accounts"_s, u"1001"_s }, { u"--accounts"_s, u"1000"_s });
    row("--users a", { u"--users"_s, u"a"_s }, { u"--users"_s });
    row("--users 5,-1", { u"--users"_s, u"5,-1"_s }, { u"--users"_s });
    row("--users empty", { u"--users"_s, u","_s }, { u"--users"_s });
    row("--fail-codes 200", { u"--fail-codes"_s, u"200"_s }, { u"--fail-codes"_s, u"400"_s });
    row("--fail-codes 600", { u"--fail-codes"_s, u"429,600"_s }, { u"--fail-codes"_s });
    row("--latency-ms -5", { u"--latency-ms=-5"_s }, { u"--latency-ms"_s });
    row("--latency-ms soon", { u"--latency-ms"_s, u"soon"_s }, { u"--latency-ms"_s });
    row("--access-key-id without secret", { u"--access-key-id"_s, u"AKID"_s },
        { u"--access-key-id"_s, u"--secret-access-key"_s });
    row("--secret-access-key without id", { u"--secret-access-key"_s, u"s"_s },
        { u"--access-key-id"_s, u"--secret-access-key"_s });
    row("unknown option", { u"--bogus"_s }, { u"bogus"_s });
    row("missing value", { u"--port"_s }, { u"port"_s });
}

void TstFaultInjector::refusesBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, messageParts);

    EmulatorCommandLine commandLine;
    QString error;
    const std::optional<EmulatorConfig> config
        = commandLine.parse(QStringList { u"chime-emulator"_s } + arguments, &error);
    QVERIFY(!config.has_value());
    QVERIFY(!error.isEmpty());
    for (const QString &part : std::as_const(messageParts))
        QVERIFY2(error.contains(part), qPrintable(error + u" lacks "_s + part));
}

void TstFaultInjector::helpDocumentsEveryFlag()
{
    EmulatorCommandLine commandLine;
    QString error;
    QVERIFY(commandLine.parse({ u"chime-emulator"_s, u"--help"_s }, &error));
    QVERIFY(commandLine.parser().isSet(u"help"_s));
    const QString help = commandLine.parser().helpText();

    // Each flag is there, with words after it.
    for (const QString &flag : allFlags) {
        const QRegularExpression line(
            u"--%1\\b[^\\n]*\\s{2,}\\S"_s.arg(QRegularExpression::escape(flag)));
        QVERIFY2(line.match(help).hasMatch(), qPrintable(u"--"_s + flag + u" is not documented"_s));
    }
    // And nothing is documented that this test does not know (so the list above is complete).
    const QRegularExpression option(u"(?:^|\\s)--([a-z][a-z-]*)"_s);
    QSet<QString> documented;
    for (auto it = option.globalMatch(help); it.hasNext();)
        documented.insert(it.next().captured(1));
    documented.remove(u"help-all"_s); // Qt's own, for its platform options
    QCOMPARE(documented, QSet<QString>(allFlags.cbegin(), allFlags.cend()));

    // Every documented flag is one the parser knows.
    for (const QString &flag : allFlags) {
        EmulatorCommandLine probe;
        QString probeError;
        probe.parse({ u"chime-emulator"_s, u"--"_s + flag + u"=x"_s }, &probeError);
        QVERIFY2(!probeError.contains(u"Unknown option"_s), qPrintable(probeError));
    }
}

QTEST_GUILESS_MAIN(TstFaultInjector)

#include "tst_faultinjector.moc"
