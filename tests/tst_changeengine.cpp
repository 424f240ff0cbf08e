#include "changechecks.h"
#include "enginefixture.h"
#include "emulatorfixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"

#include "models/changeacts.h"
#include "models/undoplanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = ChangeRun::TargetState;
using ChangeChecks::licenseChange;

namespace {

// Two users the service has never heard of, both holding Pro as far as the window knows.
QList<User> twoProUsers()
{
    User a;
    a.userId = QStringLiteral("user-a");
    a.licenseType = License::Pro;
    User b = a;
    b.userId = QStringLiteral("user-b");
    return { a, b };
}

} // namespace

// The change engine against a live emulator (and, for answers the emulator never gives, a
// scripted server): journaled before sending, every user settled as exactly one outcome, lost
// answers read back, bound to the connection it was made with, undo from the journal.
class TstChangeEngine : public QObject
{
    Q_OBJECT

private slots:
    void singleChangeIsJournaledBeforeItsOutcome();
    void refusedChangeFails();
    void bulkChangeGoesInBatchesAndSettlesEveryUser();
    void lostAnswerIsReadBackAndSettlesApplied();
    void serverThatNeverAnswersLeavesUsersUnconfirmed();
    void untrustworthyBatchAnswersAreReadBack_data();
    void untrustworthyBatchAnswersAreReadBack();
    void unwritableJournalSendsNothing();
    void profileSwitchMidChangeKeepsItsConnection();
    void secondChangeOfAUserWaitsForTheFirst();
    void cancelledBeforeSendingSendsNothing();
    void batchesWaitingForTheEndpointAreCancelledUnsent();
    void laterChangeIsNeverOvertakenByAnEarlierWaitingOne();
    void cancellingAQueuedChangeKeepsTheEarlierOnesState();
    void undoSkipsUsersChangedSince();
    void undoSkipsUsersChangedBackToTheSameValueSince();

private:
    static bool waitFinished(ChangeRun *run, int timeoutMs = 20000);
};

bool TstChangeEngine::waitFinished(ChangeRun *run, int timeoutMs)
{
    if (!run)
        return false;
    if (run->isFinished())
        return true;
    QSignalSpy finished(run, &ChangeRun::finished);
    return finished.wait(timeoutMs);
}

// A user of the first account whose license is not `target` and is supported there.
static User userWithout(EmulatorFixture &fixture, const LicenseValue &target, int skip = 0)
{
    for (const User &user : fixture.account(0).users) {
        if (user.licenseType != target && skip-- == 0)
            return user;
    }
    return {};
}

static QList<User> usersWithout(EmulatorFixture &fixture, const LicenseValue &target, int count)
{
    QList<User> users;
    for (int i = 0; i < count; ++i)
        users.append(userWithout(fixture, target, i));
    return users;
}

void TstChangeEngine::singleChangeIsJournaledBeforeItsOutcome()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const User user = userWithout(fixture, License::Basic);

    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, { user }, License::Basic));
    QVERIFY(run);
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::Queued);
    QVERIFY(waitFinished(run));
    QCOMPARE(run->targets().first().state, State::Applied);
    QCOMPARE(fixture.store().findUser(accountId, user.userId)->licenseType, LicenseValue(License::Basic));
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUser"_s), 1);
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::None);

    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    const JournalContents journal = engine.contents();
    QCOMPARE(journal.intents.size(), 1);
    const ChangeIntent &intent = journal.intents.first();
    QCOMPARE(intent.changeId, run->change().id);
    QCOMPARE(intent.operation, u"UpdateUser"_s);
    QCOMPARE(intent.accessKeyId, EmulatorConfig::demoCredentials().accessKeyId);
    QCOMPARE(intent.endpoint, fixture.client()->endpointDescription());
    QCOMPARE(intent.accountId, accountId);
    QCOMPARE(intent.users.first().before, user.licenseType.wireName());
    QCOMPARE(intent.users.first().after, u"Basic"_s);
    const UserOutcome &outcome = journal.outcomes.first();
    QCOMPARE(outcome.settlement, Settlement::Applied);
    QVERIFY(!outcome.requestId.isEmpty());
    // Intent first, outcome after: the file's order is the order of events.
    QFile file(engine.journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().contains("\"intent\""));
}

void TstChangeEngine::refusedChangeFails()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const User user = userWithout(fixture, License::Basic);
    // Deleted behind the client's back: the service answers 404 for it.
    QVERIFY(fixture.store().removeUser(accountId, user.userId));

    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, { user }, License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->targets().first().state, State::Failed);
    QVERIFY(run->targets().first().message.contains(u"NotFound"_s));
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::Failed);
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    QCOMPARE(engine.contents().outcomes.first().settlement, Settlement::Failed);
}

void TstChangeEngine::bulkChangeGoesInBatchesAndSettlesEveryUser()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.usersPerAccount = { 60, 10 };
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    QList<User> users;
    for (const User &user : fixture.account(0).users) {
        if (user.licenseType != LicenseValue(License::Basic) && users.size() < 45)
            users.append(user);
    }
    QCOMPARE(users.size(), 45);
    // Deleted behind the client's back: the service refuses that one user only.
    QVERIFY(fixture.store().removeUser(accountId, users.at(7).userId));

    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, users, License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(fixture.emulator().operationCount(u"BatchUpdateUser"_s), 3);
    QCOMPARE(run->countIn(State::Applied), 44);
    QCOMPARE(run->countIn(State::Failed), 1);
    QCOMPARE(run->targets().at(7).state, State::Failed);
    QVERIFY(run->targets().at(7).message.contains(u"NotFound"_s));
    QTRY_COMPARE(engine.contents().outcomes.size(), 45);
    QCOMPARE(engine.contents().intents.first().operation, u"BatchUpdateUser"_s);
}

void TstChangeEngine::lostAnswerIsReadBackAndSettlesApplied()
{
    // The service applies the change, but its answer comes after the client gave up on it.
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    LoopbackClient client(fixture.emulator().endpoint(), std::chrono::milliseconds(300));
    EngineFixture engine(client.client());
    const QString accountId = fixture.account(0).account.accountId;
    const User user = userWithout(fixture, License::Basic);

    fixture.emulator().setLatency(1500);
    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, { user }, License::Basic));
    QTRY_COMPARE_WITH_TIMEOUT(run->targets().first().state, State::Checking, 5000);
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::Checking);
    // Never reported as failed while its outcome is unknown.
    QCOMPARE(run->countIn(State::Failed), 0);
    fixture.emulator().setLatency(0); // the service answers again
    QVERIFY(waitFinished(run));
    QCOMPARE(run->targets().first().state, State::Applied);
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    QCOMPARE(engine.contents().outcomes.first().settlement, Settlement::Applied);
    QVERIFY(engine.contents().outcomes.first().reconciled);
}

void TstChangeEngine::serverThatNeverAnswersLeavesUsersUnconfirmed()
{
    ScriptedServer silent([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return std::optional<ScriptedServer::Answer>();
    });
    LoopbackClient client(silent.endpoint(), std::chrono::milliseconds(200));
    EngineFixture engine(client.client());

    ChangeRun *run = engine.engine()->submit(licenseChange(u"account"_s, twoProUsers(), License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Unconfirmed), 2);
    QCOMPARE(engine.engine()->statusOf(u"account"_s, u"user-a"_s).state, UserChangeState::Unconfirmed);
    QTRY_COMPARE(engine.contents().outcomes.size(), 2);
    for (const UserOutcome &outcome : engine.contents().outcomes)
        QCOMPARE(outcome.settlement, Settlement::Unconfirmed);
}

void TstChangeEngine::untrustworthyBatchAnswersAreReadBack_data()
{
    QTest::addColumn<QByteArray>("batchAnswer");
    QTest::addColumn<int>("status");
    QTest::newRow("UserErrors entry without UserId")
        << QByteArray(R"({"UserErrors":[{"ErrorCode":"BadRequest","ErrorMessage":"no"}]})") << 200;
    QTest::newRow("UserErrors names a user not in the request")
        << QByteArray(R"({"UserErrors":[{"UserId":"stranger","ErrorCode":"BadRequest","ErrorMessage":"no"}]})")
        << 200;
    QTest::newRow("200 answer that is not JSON") << QByteArray("<html>proxy says hi</html>") << 200;
    QTest::newRow("500 after retries") << QByteArray(R"({"Code":"ServiceFailure","Message":"x"})") << 500;
    // Found by the fault run: the first attempt reached the service and its answer was lost; the
    // retry was throttled. The throttling proves nothing about the first attempt.
    QTest::newRow("lost attempt, then throttled")
        << QByteArray(R"({"Code":"ThrottledClientException","Message":"slow"})") << 429;
}

void TstChangeEngine::untrustworthyBatchAnswersAreReadBack()
{
    QFETCH(QByteArray, batchAnswer);
    QFETCH(int, status);
    // The service took user-a's change and not user-b's; only reading them back can tell.
    int posts = 0;
    ScriptedServer server([&](const QByteArray &method, const QByteArray &path, const QByteArray &) {
        if (method == "POST" && status == 429 && posts++ == 0)
            return std::optional<ScriptedServer::Answer>({ 0, {}, true });
        if (method == "POST")
            return std::optional<ScriptedServer::Answer>({ status, batchAnswer, false });
        const QByteArray license = path.endsWith("user-a") ? "Basic" : "Pro";
        const QByteArray id = path.endsWith("user-a") ? "user-a" : "user-b";
        return std::optional<ScriptedServer::Answer>(
            { 200, R"({"User":{"UserId":")" + id + R"(","LicenseType":")" + license + R"("}})", false });
    });
    LoopbackClient client(server.endpoint(), std::chrono::seconds(10), EmulatorConfig::demoCredentials(),
                          status == 429 ? 2 : 1);
    EngineFixture engine(client.client());

    ChangeRun *run = engine.engine()->submit(licenseChange(u"account"_s, twoProUsers(), License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->targets().at(0).state, State::Applied);
    QCOMPARE(run->targets().at(1).state, State::NotApplied);
    QCOMPARE(run->targets().at(1).holds, u"Pro"_s);
    int reads = 0;
    for (const QByteArray &request : server.requests())
        reads += request.startsWith("GET ") ? 1 : 0;
    QCOMPARE(reads, 2);
}

void TstChangeEngine::unwritableJournalSendsNothing()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AsyncJournal journal(dir.filePath(u"not-a-folder/journal.jsonl"_s));
    ChangeEngine engine(fixture.client(), &journal, u"s"_s, EngineFixture::quickConfig());
    QSignalSpy failed(&engine, &ChangeEngine::journalWriteFailed);
    const QString accountId = fixture.account(0).account.accountId;
    const User user = userWithout(fixture, License::Basic);

    ChangeRun *run = engine.submit(licenseChange(accountId, { user }, License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->targets().first().state, State::Cancelled);
    QVERIFY(!run->journalError().isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUser"_s), 0);
    QCOMPARE(fixture.store().findUser(accountId, user.userId)->licenseType, user.licenseType);
}

void TstChangeEngine::profileSwitchMidChangeKeepsItsConnection()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    const AwsCredentials other { u"AKIDOTHERPROFILE0001"_s, u"other-secret"_s, {} };
    config.credentials.insert(other.accessKeyId, other);
    config.latencyMs = 300;
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const QList<User> users = usersWithout(fixture, License::Basic, 3);

    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, users, License::Basic));
    QTRY_COMPARE(run->countIn(State::Sending), 3);
    StaticCredentialsProvider switched(other, u"other profile"_s);
    ChimeClientConfig switchedConfig;
    switchedConfig.endpointOverride = fixture.emulator().endpoint().toString();
    fixture.client()->setConnection(&switched, switchedConfig);
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 3);
    QCOMPARE(run->change().connection.accessKeyId, EmulatorConfig::demoCredentials().accessKeyId);
    QCOMPARE(run->change().connection.profile, u"test"_s);
    QTRY_COMPARE(engine.contents().outcomes.size(), 3);
    QCOMPARE(engine.contents().intents.first().accessKeyId, EmulatorConfig::demoCredentials().accessKeyId);

    // A change made after the switch goes with the new connection.
    ChangeRun *next = engine.engine()->submit(
        licenseChange(accountId, { userWithout(fixture, License::Basic) }, License::Basic));
    QVERIFY(waitFinished(next));
    QCOMPARE(next->change().connection.accessKeyId, other.accessKeyId);
    QCOMPARE(next->targets().first().state, State::Applied);
}

void TstChangeEngine::secondChangeOfAUserWaitsForTheFirst()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.latencyMs = 100;
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    User user = userWithout(fixture, License::Basic);
    const LicenseValue back = user.licenseType;

    ChangeRun *first = engine.engine()->submit(licenseChange(accountId, { user }, License::Basic));
    ChangeRun *second = engine.engine()->submit(licenseChange(accountId, { user }, back));
    QVERIFY(!second->hasBegun());
    QCOMPARE(engine.engine()->statusOf(accountId, user.userId).state, UserChangeState::Queued);
    QVERIFY(waitFinished(first));
    QVERIFY(waitFinished(second));
    QCOMPARE(first->targets().first().state, State::Applied);
    QCOMPARE(second->targets().first().state, State::Applied);
    // It starts from what the first one left, not from what was shown when it was made.
    QCOMPARE(second->change().targets.first().before, u"Basic"_s);
    QCOMPARE(fixture.store().findUser(accountId, user.userId)->licenseType, back);
}

void TstChangeEngine::cancelledBeforeSendingSendsNothing()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.latencyMs = 200;
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const User user = userWithout(fixture, License::Basic);
    ChangeRun *first = engine.engine()->submit(licenseChange(accountId, { user }, License::Basic));
    ChangeRun *waiting = engine.engine()->submit(licenseChange(accountId, { user }, user.licenseType));
    waiting->cancel();
    QVERIFY(waitFinished(waiting));
    QCOMPARE(waiting->targets().first().state, State::Cancelled);
    QVERIFY(waitFinished(first));
    QCOMPARE(fixture.emulator().operationCount(u"UpdateUser"_s), 1);
    QTRY_COMPARE(engine.contents().outcomes.size(), 1);
    QCOMPARE(engine.contents().intents.size(), 1); // the cancelled one was never journaled
}

// A bulk change hands its batches to the client at once; those the endpoint's pacer has not let
// go yet never reached the service, so cancelling settles their users as cancelled.
void TstChangeEngine::batchesWaitingForTheEndpointAreCancelledUnsent()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.latencyMs = 300;
    RequestPacer::Config oneAtATime;
    oneAtATime.startWindow = 1;
    oneAtATime.maxWindow = 1;
    EmulatorFixture fixture(config, oneAtATime);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const EmulatorAccount &entry = fixture.account(1);
    QList<User> users;
    for (const User &user : entry.users) {
        if (user.licenseType != LicenseValue(License::Basic) && users.size() < 60)
            users.append(user);
    }
    QCOMPARE(users.size(), 60); // three batches
    ChangeRun *run = engine.engine()->submit(licenseChange(entry.account.accountId, users, License::Basic));
    QTRY_COMPARE(run->countIn(State::Sending), 60);
    QCOMPARE(fixture.client()->pacer().inFlight(), 1);
    run->cancel();
    QCOMPARE(run->countIn(State::Cancelled), 40);
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 20);
    QCOMPARE(run->countIn(State::Cancelled), 40);
    QCOMPARE(fixture.emulator().operationCount(u"BatchUpdateUser"_s), 1);
    QCOMPARE(fixture.client()->pacer().inFlight(), 0);
}

// Found in review: B waited for A's user X, D (made last) only needed Y, and started first — B
// then overwrote D's change of Y.
void TstChangeEngine::laterChangeIsNeverOvertakenByAnEarlierWaitingOne()
{
    EmulatorConfig config = EmulatorFixture::smallConfig();
    config.latencyMs = 200;
    EmulatorFixture fixture(config);
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const User x = userWithout(fixture, License::Basic, 0);
    const User y = userWithout(fixture, License::Basic, 1);
    ChangeRun *a = engine.engine()->submit(licenseChange(accountId, { x }, License::Basic));
    ChangeRun *b = engine.engine()->submit(licenseChange(accountId, { x, y }, License::Plus));
    ChangeRun *d = engine.engine()->submit(licenseChange(accountId, { y }, License::Basic));
    QVERIFY(!d->hasBegun());
    QVERIFY(waitFinished(a) && waitFinished(b) && waitFinished(d));
    QCOMPARE(fixture.store().findUser(accountId, y.userId)->licenseType, LicenseValue(License::Basic));
    QCOMPARE(fixture.store().findUser(accountId, x.userId)->licenseType, LicenseValue(License::Plus));
}

// Found in review: a queued change cancelled behind one whose answer is lost claimed the user
// held its old value, and hid that the earlier change could not be confirmed.
void TstChangeEngine::cancellingAQueuedChangeKeepsTheEarlierOnesState()
{
    ScriptedServer silent([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return std::optional<ScriptedServer::Answer>();
    });
    LoopbackClient client(silent.endpoint(), std::chrono::milliseconds(200));
    EngineFixture engine(client.client());
    QSignalSpy changed(engine.engine(), &ChangeEngine::userChanged);
    const QList<User> users = twoProUsers();
    ChangeRun *first = engine.engine()->submit(licenseChange(u"acc"_s, { users.first() }, License::Basic));
    ChangeRun *queued = engine.engine()->submit(licenseChange(u"acc"_s, { users.first() }, License::Plus));
    queued->cancel();
    QVERIFY(waitFinished(first));
    QCOMPARE(first->targets().first().state, State::Unconfirmed);
    QCOMPARE(engine.engine()->statusOf(u"acc"_s, u"user-a"_s).state, UserChangeState::Unconfirmed);
    QCOMPARE(changed.size(), 0); // nothing known of what the service holds
}

void TstChangeEngine::undoSkipsUsersChangedSince()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    const QList<User> users = usersWithout(fixture, License::Basic, 3);
    ChangeRun *run = engine.engine()->submit(licenseChange(accountId, users, License::Basic));
    QVERIFY(waitFinished(run));
    QCOMPARE(run->countIn(State::Applied), 3);
    QTRY_COMPARE(engine.contents().outcomes.size(), 3);

    // Someone else changes the second user afterwards.
    ChangeRun *other = engine.engine()->submit(licenseChange(accountId, { users.at(1) }, License::Pro));
    QVERIFY(waitFinished(other));
    QCOMPARE(other->targets().first().state, State::Applied);
    QTRY_COMPARE(engine.contents().outcomes.size(), 4);

    UndoPlanner planner(engine.engine(), run->change().id);
    QSignalSpy planned(&planner, &UndoPlanner::planned);
    planner.start();
    QVERIFY(planned.wait(10000));
    const UndoPlanner::Plan plan = planned.first().first().value<UndoPlanner::Plan>();
    QVERIFY(plan.error.isEmpty());
    QCOMPARE(plan.change.targets.size(), 2);
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().user.userId, users.at(1).userId);
    QCOMPARE(plan.change.reverts, std::optional<QUuid>(run->change().id));

    ChangeRun *undo = engine.engine()->submit(plan.change);
    QVERIFY(waitFinished(undo));
    QCOMPARE(undo->countIn(State::Applied), 2);
    QCOMPARE(fixture.store().findUser(accountId, users.at(0).userId)->licenseType, users.at(0).licenseType);
    QCOMPARE(fixture.store().findUser(accountId, users.at(1).userId)->licenseType, LicenseValue(License::Pro));
    QCOMPARE(fixture.store().findUser(accountId, users.at(2).userId)->licenseType, users.at(2).licenseType);
    QTRY_COMPARE(engine.contents().intents.size(), 3);
    QCOMPARE(engine.contents().intents.last().reverts, std::optional<QUuid>(run->change().id));
}

// Found in review: C1 gave Pro, C2 Plus, C3 Pro again: undoing C1 must not revert C3's work.
void TstChangeEngine::undoSkipsUsersChangedBackToTheSameValueSince()
{
    EmulatorFixture fixture;
    QVERIFY(fixture.started());
    EngineFixture engine(fixture.client());
    const QString accountId = fixture.account(0).account.accountId;
    User user = userWithout(fixture, License::Pro);
    ChangeRun *first = engine.engine()->submit(licenseChange(accountId, { user }, License::Pro));
    QVERIFY(waitFinished(first));
    user.licenseType = License::Pro;
    QVERIFY(waitFinished(engine.engine()->submit(licenseChange(accountId, { user }, License::Plus))));
    user.licenseType = License::Plus;
    QVERIFY(waitFinished(engine.engine()->submit(licenseChange(accountId, { user }, License::Pro))));
    QTRY_COMPARE(engine.contents().outcomes.size(), 3);

    UndoPlanner planner(engine.engine(), first->change().id);
    QSignalSpy planned(&planner, &UndoPlanner::planned);
    planner.start();
    QVERIFY(planned.wait(10000));
    const UndoPlanner::Plan plan = planned.first().first().value<UndoPlanner::Plan>();
    QCOMPARE(plan.change.targets.size(), 0);
    QCOMPARE(plan.skipped.size(), 1);
    QVERIFY(plan.skipped.first().reason.contains(u"Changed since"_s));
}

QTEST_GUILESS_MAIN(TstChangeEngine)
#include "tst_changeengine.moc"
