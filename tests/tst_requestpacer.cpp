#include "changechecks.h"
#include "emulatorfixture.h"
#include "enginefixture.h"

#include "core/requestpacer.h"
#include "models/changeacts.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Answer = RequestPacer::Answer;

namespace {
const QString op = u"GetUser"_s;
}

// The pacer alone (what it grants, in which order, how its window and rate move), then a client
// that uses it against an emulator that throttles.
class TstRequestPacer : public QObject
{
    Q_OBJECT

private slots:
    void grantsAsManyAsTheWindowAtOnce_data();
    void grantsAsManyAsTheWindowAtOnce();
    void interactiveRequestsGoFirst();
    void withdrawnRequestIsNeverSent();
    void aThrottledWaveHalvesTheWindowOnce();
    void aFreedSlotWaitsForTheRestOfItsWave();
    void theWindowGrowsBackWhileAnswersFlow();
    void aThrottleSpacesRequestsAtTheRateSeen();
    void aThrottledOperationDoesNotHoldBackOthers();
    void clientsPinnedFromOneShareItsPacer();
    void aThrottlingServiceIsPacedNotHammered();

private:
    static RequestPacer::Config windowOf(int window);
    // A request of `operation` once it has gone out (a slot freed a moment ago is granted on the
    // next turn of the event loop).
    static RequestPacer::Ticket sent(RequestPacer &pacer, const QString &operation = op);
};

RequestPacer::Ticket TstRequestPacer::sent(RequestPacer &pacer, const QString &operation)
{
    bool gone = false;
    const RequestPacer::Ticket ticket = pacer.enqueue(RequestPriority::Interactive, operation, [&gone] { gone = true; });
    if (!QTest::qWaitFor([&gone] { return gone; }, 5000))
        qWarning("not granted in 5 s");
    return ticket;
}

RequestPacer::Config TstRequestPacer::windowOf(int window)
{
    RequestPacer::Config config;
    config.startWindow = window;
    config.maxWindow = window;
    return config;
}

void TstRequestPacer::grantsAsManyAsTheWindowAtOnce_data()
{
    QTest::addColumn<int>("window");
    QTest::newRow("one") << 1;
    QTest::newRow("three") << 3;
    QTest::newRow("six") << 6;
}

void TstRequestPacer::grantsAsManyAsTheWindowAtOnce()
{
    QFETCH(int, window);
    RequestPacer pacer(windowOf(window));
    int sent = 0;
    QList<RequestPacer::Ticket> tickets;
    for (int i = 0; i < window + 2; ++i)
        tickets.append(pacer.enqueue(RequestPriority::Interactive, op, [&sent] { ++sent; }));
    QCOMPARE(sent, window);
    QCOMPARE(pacer.inFlight(), window);
    pacer.release(tickets.first(), Answer::Flowed);
    // At once when it was alone; a moment later when the others sent with it are still out.
    QTRY_COMPARE(sent, window + 1);
    QCOMPARE(pacer.stats().mostInFlight, window);
}

void TstRequestPacer::interactiveRequestsGoFirst()
{
    RequestPacer pacer(windowOf(1));
    QStringList order;
    const RequestPacer::Ticket first = pacer.enqueue(RequestPriority::Background, op, [&order] { order << u"load all"_s; });
    pacer.enqueue(RequestPriority::Background, op, [&order] { order << u"next page"_s; });
    const RequestPacer::Ticket edit = pacer.enqueue(RequestPriority::Interactive, op, [&order] { order << u"edit"_s; });
    QCOMPARE(order, QStringList { u"load all"_s });
    pacer.release(first, Answer::Flowed);
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order.last(), u"edit"_s);
    pacer.release(edit, Answer::Flowed);
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order.last(), u"next page"_s);
}

void TstRequestPacer::withdrawnRequestIsNeverSent()
{
    RequestPacer pacer(windowOf(1));
    int sent = 0;
    const RequestPacer::Ticket held = pacer.enqueue(RequestPriority::Interactive, op, [&sent] { ++sent; });
    const RequestPacer::Ticket waiting = pacer.enqueue(RequestPriority::Interactive, op, [&sent] { ++sent; });
    pacer.release(waiting, Answer::Other);
    pacer.release(held, Answer::Other);
    QTest::qWait(20);
    QCOMPARE(sent, 1);
    QCOMPARE(pacer.inFlight(), 0);
    QCOMPARE(pacer.stats().granted, 1);
}

void TstRequestPacer::aThrottledWaveHalvesTheWindowOnce()
{
    RequestPacer pacer(windowOf(6));
    QList<RequestPacer::Ticket> wave;
    for (int i = 0; i < 6; ++i)
        wave.append(pacer.enqueue(RequestPriority::Interactive, op, [] { }));
    for (const RequestPacer::Ticket ticket : std::as_const(wave))
        pacer.release(ticket, Answer::Throttled);
    // Six answers of requests sent together are one signal, not six: halved once, not to one.
    QCOMPARE(pacer.window(), 3);
    QCOMPARE(pacer.stats().throttled, 6);
    QVERIFY(pacer.rate(op) > 0);
}

// Two sent together; the first answer flows and the second, a moment later, is throttled: the
// slot the first freed is not reused before the throttle is counted.
void TstRequestPacer::aFreedSlotWaitsForTheRestOfItsWave()
{
    RequestPacer pacer(windowOf(2));
    const RequestPacer::Ticket first = pacer.enqueue(RequestPriority::Interactive, op, [] { });
    const RequestPacer::Ticket second = pacer.enqueue(RequestPriority::Interactive, op, [] { });
    bool thirdSent = false;
    pacer.enqueue(RequestPriority::Interactive, op, [&thirdSent] { thirdSent = true; });
    pacer.release(first, Answer::Flowed);
    QVERIFY(!thirdSent);
    pacer.release(second, Answer::Throttled);
    QTest::qWait(100);
    QVERIFY(!thirdSent); // spaced at the rate the throttle set, about one a second
    QCOMPARE(pacer.window(), 1);
    QTRY_VERIFY(thirdSent);
}

void TstRequestPacer::theWindowGrowsBackWhileAnswersFlow()
{
    RequestPacer::Config config;
    config.startWindow = 3;
    config.maxWindow = 6;
    RequestPacer pacer(config);
    // One more for every window's worth of answers that flowed, up to the most.
    for (const int window : { 3, 4, 5 }) {
        for (int i = 0; i < window; ++i) {
            QCOMPARE(pacer.window(), window);
            pacer.release(sent(pacer), Answer::Flowed);
        }
    }
    for (int i = 0; i < 20; ++i)
        pacer.release(sent(pacer), Answer::Flowed);
    QCOMPARE(pacer.window(), 6);
    QCOMPARE(pacer.stats().granted, 32);
}

void TstRequestPacer::aThrottleSpacesRequestsAtTheRateSeen()
{
    RequestPacer pacer(windowOf(6));
    for (int i = 0; i < 10; ++i)
        pacer.release(sent(pacer), Answer::Flowed);
    QTRY_COMPARE(pacer.inFlight(), 0);
    pacer.release(sent(pacer), Answer::Throttled);
    // Ten answers flowed in the last second: a little under ten a second from now on.
    QVERIFY2(pacer.rate(op) >= 9.4 && pacer.rate(op) <= 9.6, qPrintable(QString::number(pacer.rate(op))));
    QList<qint64> grantedAt;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 3; ++i)
        pacer.enqueue(RequestPriority::Interactive, op, [&] { grantedAt.append(clock.elapsed()); });
    QTRY_COMPARE(grantedAt.size(), 3);
    // Spaced, though the window would let all three go at once.
    const qint64 spacing = 1000 / 10;
    QVERIFY2(grantedAt.at(1) - grantedAt.at(0) >= spacing - 2, qPrintable(QString::number(grantedAt.at(1) - grantedAt.at(0))));
    QVERIFY2(grantedAt.at(2) - grantedAt.at(1) >= spacing - 2, qPrintable(QString::number(grantedAt.at(2) - grantedAt.at(1))));
}

// The service limits each operation on its own: reading users back is not spaced at the rate
// learned for the bulk change that was throttled.
void TstRequestPacer::aThrottledOperationDoesNotHoldBackOthers()
{
    RequestPacer pacer(windowOf(6));
    pacer.release(sent(pacer, u"BatchUpdateUser"_s), Answer::Throttled);
    QVERIFY(pacer.rate(u"BatchUpdateUser"_s) > 0);
    QStringList order;
    pacer.enqueue(RequestPriority::Interactive, u"BatchUpdateUser"_s, [&order] { order << u"batch"_s; });
    pacer.enqueue(RequestPriority::Interactive, u"GetUser"_s, [&order] { order << u"read"_s; });
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, (QStringList { u"read"_s, u"batch"_s }));
    QCOMPARE(pacer.rate(u"GetUser"_s), 0.0);
}

void TstRequestPacer::clientsPinnedFromOneShareItsPacer()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    std::unique_ptr<ChimeClient> pinned(fixture.client()->pinned(nullptr));
    QCOMPARE(&pinned->pacer(), &fixture.client()->pacer());
    const Account &account = fixture.account(0).account;
    int answers = 0;
    for (ChimeClient *client : { fixture.client(), pinned.get() }) {
        client->listUsers({ account.accountId, {}, {}, {}, {} }, client,
                          [&answers](const Outcome<UsersPage> &page) { answers += page.isOk() ? 1 : 0; });
    }
    QCOMPARE(fixture.client()->pacer().inFlight(), 2);
    QTRY_COMPARE(answers, 2);
    QCOMPARE(fixture.client()->pacer().stats().granted, 2);
}

// The service allows 10 requests a second of each operation. Re-licensing 400 users is 20
// BatchUpdateUser requests: the first second's burst goes through, then the pacer learns the
// rate from the first throttled answers and keeps under it.
void TstRequestPacer::aThrottlingServiceIsPacedNotHammered()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.usersPerAccount = { 450 };
    config.accounts = 1;
    config.rateLimit = 10;
    config.latencyMs = 20;
    EmulatorFixture fixture(config, RequestPacer::Config());
    QVERIFY(fixture.started());
    const EmulatorAccount &entry = fixture.account(0);
    QList<User> users;
    for (const User &user : entry.users) {
        if (user.licenseType != LicenseValue(License::Plus) && users.size() < 400)
            users.append(user);
    }
    QCOMPARE(users.size(), 400);
    EngineFixture engine(fixture.client());
    ChangeRun *run = engine.engine()->submit(ChangeChecks::licenseChange(entry.account.accountId, users, License::Plus));
    QSignalSpy finished(run, &ChangeRun::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(run->countIn(ChangeRun::TargetState::Applied), 400);
    const RequestPacer &pacer = fixture.client()->pacer();
    const int requests = fixture.emulator().operationCount(u"BatchUpdateUser"_s);
    qInfo("%d BatchUpdateUser requests, %d throttled; now %.1f a second, window %d", requests,
          pacer.stats().throttled, pacer.rate(u"BatchUpdateUser"_s), pacer.window());
    QVERIFY(pacer.rate(u"BatchUpdateUser"_s) > 0);
    QCOMPARE(pacer.rate(u"ListUsers"_s), 0.0);
    QVERIFY2(pacer.stats().throttled * 4 <= requests, "more than a quarter of the requests were throttled");
}

QTEST_GUILESS_MAIN(TstRequestPacer)
#include "tst_requestpacer.moc"
