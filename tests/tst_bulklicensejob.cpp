#include "emulatorfixture.h"
#include "models/bulklicensejob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = BulkLicenseJob::ItemState;

class TstBulkLicenseJob : public QObject
{
    Q_OBJECT

private slots:
    void batchesOfTwentyWithPerUserFailure_data();
    void batchesOfTwentyWithPerUserFailure();
    void cancelSendsNothingMore();
    void wholeBatchFailureFailsEveryUserOfIt();
    void eachUserGetsItsOwnTarget();

private:
    static EmulatorConfig config()
    {
        EmulatorConfig config = EmulatorFixture::smallConfig();
        config.usersPerAccount = { 12, 120 };
        return config;
    }
};

void TstBulkLicenseJob::batchesOfTwentyWithPerUserFailure_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("batches");
    QTest::newRow("one user") << 1 << 1;
    QTest::newRow("exactly 20") << 20 << 1;
    QTest::newRow("45 users") << 45 << 3;
    QTest::newRow("90 users") << 90 << 5;
}

void TstBulkLicenseJob::batchesOfTwentyWithPerUserFailure()
{
    QFETCH(int, users);
    QFETCH(int, batches);
    EmulatorFixture fixture(config());
    QVERIFY(fixture.started());
    const EmulatorAccount &entry = fixture.account(1);
    const QString accountId = entry.account.accountId;
    // Users that do not hold Basic yet, plus one that does (reported unchanged, not sent).
    QList<User> targets;
    User unchanged;
    for (const User &user : entry.users) {
        if (user.licenseType.value() != License::Basic && targets.size() < users)
            targets.append(user);
        else if (user.licenseType.value() == License::Basic && unchanged.userId.isEmpty())
            unchanged = user;
    }
    QCOMPARE(targets.size(), users);
    QVERIFY(!unchanged.userId.isEmpty());
    // One user is deleted behind the client's back: the service reports it in UserErrors.
    const QString vanished = targets.last().userId;
    QVERIFY(fixture.store().removeUser(accountId, vanished));

    BulkLicenseJob job(fixture.client(), accountId,
                       BulkLicenseJob::sameLicenseFor(targets + QList<User> { unchanged },
                                                      License::Basic));
    QSignalSpy finished(&job, &BulkLicenseJob::finished);
    QSignalSpy progress(&job, &BulkLicenseJob::progressChanged);
    job.start();
    QVERIFY(finished.wait());
    QCOMPARE(fixture.emulator().operationCount(u"BatchUpdateUser"_s), batches);
    QCOMPARE(job.countIn(State::Applied), users - 1);
    QCOMPARE(job.countIn(State::Failed), 1);
    QCOMPARE(job.countIn(State::Unchanged), 1);
    QCOMPARE(progress.last().at(0).toInt(), users + 1);
    for (const BulkLicenseJob::Item &item : job.items()) {
        if (item.userId == vanished) {
            QCOMPARE(item.state, State::Failed);
            QVERIFY(item.message.contains(u"NotFound"_s));
            continue;
        }
        // Applied means the service holds it now.
        QCOMPARE(fixture.store().findUser(accountId, item.userId)->licenseType.wireName(),
                 u"Basic"_s);
        if (item.state == State::Applied)
            QVERIFY(!item.requestId.isEmpty());
    }
}

void TstBulkLicenseJob::cancelSendsNothingMore()
{
    EmulatorFixture fixture(config());
    const EmulatorAccount &entry = fixture.account(1);
    QList<User> targets;
    for (const User &user : entry.users) {
        if (user.licenseType.value() != License::Basic)
            targets.append(user);
    }
    QVERIFY(targets.size() > BulkLicenseJob::batchSize * BulkLicenseJob::maxBatchesInFlight);
    BulkLicenseJob job(fixture.client(), entry.account.accountId,
                       BulkLicenseJob::sameLicenseFor(targets, License::Basic));
    QSignalSpy finished(&job, &BulkLicenseJob::finished);
    job.start();
    job.cancel(); // the first batches are on their way; the rest is never sent
    QVERIFY(finished.wait());
    const int sent = BulkLicenseJob::batchSize * BulkLicenseJob::maxBatchesInFlight;
    QCOMPARE(job.countIn(State::Applied), sent);
    QCOMPARE(job.countIn(State::Cancelled), static_cast<int>(targets.size()) - sent);
    QCOMPARE(fixture.emulator().operationCount(u"BatchUpdateUser"_s),
             BulkLicenseJob::maxBatchesInFlight);
    for (const BulkLicenseJob::Item &item : job.items()) {
        const QString now = fixture.store().findUser(entry.account.accountId, item.userId)
                                ->licenseType.wireName();
        QCOMPARE(now == u"Basic"_s, item.state == State::Applied);
    }
}

void TstBulkLicenseJob::wholeBatchFailureFailsEveryUserOfIt()
{
    EmulatorFixture fixture(config());
    const EmulatorAccount &entry = fixture.account(0);
    QList<User> targets;
    for (const User &user : entry.users) {
        if (user.licenseType.value() != License::Plus)
            targets.append(user);
    }
    fixture.emulator().setFaults(1.0, { 500 }, 0.0);
    BulkLicenseJob job(fixture.client(), entry.account.accountId,
                       BulkLicenseJob::sameLicenseFor(targets, License::Plus));
    QSignalSpy finished(&job, &BulkLicenseJob::finished);
    job.start();
    QVERIFY(finished.wait());
    QCOMPARE(job.countIn(State::Failed), static_cast<int>(targets.size()));
    QCOMPARE(job.countIn(State::Applied), 0);
    QVERIFY(job.items().first().message.contains(u"ServiceFailure"_s));
}

void TstBulkLicenseJob::eachUserGetsItsOwnTarget()
{
    // What an undo sends: every user back to the license it had.
    EmulatorFixture fixture(config());
    const EmulatorAccount &entry = fixture.account(0);
    const QList<License> targets { License::Basic, License::Plus, License::Pro, License::ProTrial };
    QList<BulkLicenseJob::Change> changes;
    for (qsizetype i = 0; i < entry.users.size(); ++i)
        changes.append({ entry.users.at(i), targets.at(i % targets.size()) });
    BulkLicenseJob job(fixture.client(), entry.account.accountId, changes);
    QSignalSpy finished(&job, &BulkLicenseJob::finished);
    job.start();
    QVERIFY(finished.wait());
    QCOMPARE(job.countIn(State::Failed), 0);
    QCOMPARE(fixture.emulator().operationCount(u"BatchUpdateUser"_s), 1);
    for (qsizetype i = 0; i < entry.users.size(); ++i) {
        QCOMPARE(fixture.store().findUser(entry.account.accountId, entry.users.at(i).userId)
                     ->licenseType.value(),
                 targets.at(i % targets.size()));
    }
}

QTEST_GUILESS_MAIN(TstBulkLicenseJob)
#include "tst_bulklicensejob.moc"
