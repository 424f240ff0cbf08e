#include "models/auditlogmodel.h"
#include "models/csvwriter.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const QDateTime baseTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

ChangeIntent makeIntent(int minute, const QStringList &userIds)
{
    ChangeIntent intent;
    intent.changeId = QUuid::createUuid();
    intent.time = baseTime.addSecs(60 * minute);
    intent.sessionId = u"session"_s;
    intent.act = u"license"_s;
    intent.operation = u"BatchUpdateUser"_s;
    intent.profile = u"work"_s;
    intent.accessKeyId = u"AKIDEXAMPLE"_s;
    intent.accountId = u"acc-1"_s;
    intent.accountName = u"Example Corp"_s;
    for (const QString &userId : userIds)
        intent.users.append({ userId, u"Name of "_s + userId, userId + u"@example.com"_s,
                              u"Basic"_s, u"ProTrial"_s });
    return intent;
}

UserOutcome makeOutcome(const ChangeIntent &intent, const QString &userId, Settlement settlement,
                        const QString &requestId = u"req"_s)
{
    UserOutcome outcome;
    outcome.changeId = intent.changeId;
    outcome.time = intent.time.addSecs(1);
    outcome.userId = userId;
    outcome.settlement = settlement;
    outcome.requestId = requestId;
    return outcome;
}

QString cell(const AuditLogModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TstAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowPerUserNewestChangeFirst();
    void outcomeText_data();
    void outcomeText();
    void lastOutcomeWins();
    void columns();
    void memberValuesOfOtherActsAreShownAsStored();
    void timeInUtcWithLocalToolTip();
    void exportsStoredValues();
    void undoHelpers();
    void hasAppliedUser_data();
    void hasAppliedUser();
    void headers();

private:
    // Every model of these tests is checked by QAbstractItemModelTester as it changes.
    void setContents(const JournalContents &contents);

    AuditLogModel *m_model = nullptr;
};

void TstAuditLogModel::initTestCase()
{
    // A zone without daylight saving time (POSIX form, no time zone database needed), and a
    // locale whose short format is known, for the local time of the tool tip.
    qputenv("TZ", "CET-1");
    ::tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstAuditLogModel::setContents(const JournalContents &contents)
{
    delete m_model;
    m_model = new AuditLogModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
    m_model->setContents({});
    m_model->setContents(contents);
}

void TstAuditLogModel::rowPerUserNewestChangeFirst()
{
    const ChangeIntent first = makeIntent(0, { u"a"_s, u"b"_s });
    const ChangeIntent third = makeIntent(5, { u"c"_s });
    const ChangeIntent second = makeIntent(2, { u"e"_s, u"d"_s });
    // Written in the same millisecond as the third, but later.
    const ChangeIntent fourth = makeIntent(5, { u"f"_s });
    setContents({ { first, third, second, fourth }, {}, { 7 } });

    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(m_model->changeCount(), 4);
    QCOMPARE(m_model->unreadableLines(), QList<int>({ 7 }));
    QStringList users;
    QStringList changes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        users.append(cell(*m_model, row, 0, AuditLogModel::UserIdRole));
        changes.append(cell(*m_model, row, 0, AuditLogModel::ChangeIdRole));
    }
    QCOMPARE(users, QStringList({ u"f"_s, u"c"_s, u"e"_s, u"d"_s, u"a"_s, u"b"_s }));
    QCOMPARE(changes.at(0), fourth.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(changes.at(4), first.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(changes.at(5), first.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(m_model->index(2, 0).data(AuditLogModel::TimeRole).toDateTime(), second.time);
    QCOMPARE(cell(*m_model, 0, 0, AuditLogModel::ActRole), u"license"_s);

    setContents({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->changeCount(), 0);
    QVERIFY(m_model->unreadableLines().isEmpty());
}

void TstAuditLogModel::outcomeText_data()
{
    QTest::addColumn<int>("settlement"); // -1: no outcome
    QTest::addColumn<QString>("text");
    QTest::newRow("applied") << int(Settlement::Applied) << u"Applied"_s;
    QTest::newRow("failed") << int(Settlement::Failed) << u"Failed"_s;
    QTest::newRow("not applied") << int(Settlement::NotApplied) << u"Not applied"_s;
    QTest::newRow("unconfirmed") << int(Settlement::Unconfirmed) << u"Could not be confirmed"_s;
    QTest::newRow("cancelled") << int(Settlement::Cancelled) << u"Cancelled"_s;
    QTest::newRow("no outcome") << -1 << u"Interrupted: not yet known"_s;
}

void TstAuditLogModel::outcomeText()
{
    QFETCH(int, settlement);
    QFETCH(QString, text);
    const ChangeIntent intent = makeIntent(0, { u"a"_s, u"b"_s });
    QList<UserOutcome> outcomes;
    // The other user's outcome is no answer for this one.
    outcomes.append(makeOutcome(intent, u"b"_s, Settlement::Applied, u"req-b"_s));
    if (settlement >= 0)
        outcomes.append(makeOutcome(intent, u"a"_s, Settlement(settlement), u"req-a"_s));
    setContents({ { intent }, outcomes, {} });

    QCOMPARE(cell(*m_model, 0, AuditLogModel::UserIdColumn), u"a"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::OutcomeColumn), text);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::OutcomeColumn, AuditLogModel::CsvRole), text);
    QCOMPARE(m_model->index(0, 0).data(AuditLogModel::SettlementRole).toInt(), settlement);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::RequestIdColumn),
             settlement >= 0 ? u"req-a"_s : QString());
    QCOMPARE(cell(*m_model, 1, AuditLogModel::OutcomeColumn), u"Applied"_s);
}

void TstAuditLogModel::lastOutcomeWins()
{
    const ChangeIntent intent = makeIntent(0, { u"a"_s, u"b"_s });
    const ChangeIntent later = makeIntent(1, { u"a"_s });
    UserOutcome unconfirmed = makeOutcome(intent, u"a"_s, Settlement::Unconfirmed, u"req-1"_s);
    unconfirmed.message = u"The connection was closed"_s;
    UserOutcome reconciled = makeOutcome(intent, u"a"_s, Settlement::Applied, u"req-2"_s);
    reconciled.reconciled = true;
    reconciled.time = unconfirmed.time.addSecs(3600);
    const UserOutcome other = makeOutcome(intent, u"b"_s, Settlement::Failed);
    // The same user in a later change: that change's outcome is not this one's.
    const UserOutcome laterOutcome = makeOutcome(later, u"a"_s, Settlement::Cancelled);
    setContents({ { intent, later }, { unconfirmed, other, laterOutcome, reconciled }, {} });

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::OutcomeColumn), u"Cancelled"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::UserIdColumn), u"a"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::OutcomeColumn), u"Applied"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::RequestIdColumn), u"req-2"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::MessageColumn), QString());
    QVERIFY(!cell(*m_model, 1, AuditLogModel::OutcomeColumn, Qt::ToolTipRole).isEmpty());
    QVERIFY(cell(*m_model, 2, AuditLogModel::OutcomeColumn, Qt::ToolTipRole).isEmpty());
    QCOMPARE(cell(*m_model, 2, AuditLogModel::OutcomeColumn), u"Failed"_s);
}

void TstAuditLogModel::columns()
{
    ChangeIntent intent = makeIntent(0, { u"a"_s });
    intent.users.first() = { u"user-1"_s, u"Zoë Ångström"_s, u"zoe@example.com"_s, u"Basic"_s,
                             u"ProTrial"_s };
    ChangeIntent undo = makeIntent(1, { u"user-1"_s });
    undo.reverts = intent.changeId;
    undo.accountName.clear();
    undo.users.first().displayName.clear();
    UserOutcome failed = makeOutcome(undo, u"user-1"_s, Settlement::Failed, u"req-9"_s);
    failed.code = u"ThrottledClientException"_s;
    failed.message = u"Rate exceeded"_s;
    setContents({ { intent, undo }, { failed }, {} });

    // Row 0 is the undo (newer), row 1 the change it reverts.
    QCOMPARE(cell(*m_model, 1, AuditLogModel::ProfileColumn), u"work"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::AccessKeyIdColumn), u"AKIDEXAMPLE"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::AccountColumn), u"Example Corp (acc-1)"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::AccountColumn), u"acc-1"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::UserColumn), u"Zoë Ångström"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::UserColumn, Qt::ToolTipRole),
             u"zoe@example.com\nuser-1"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::UserColumn), QString());
    QCOMPARE(cell(*m_model, 1, AuditLogModel::EmailColumn), u"zoe@example.com"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::UserIdColumn), u"user-1"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::OperationColumn), u"BatchUpdateUser"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::BeforeColumn), u"Basic"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::AfterColumn), u"Pro trial"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::AfterColumn, AuditLogModel::CsvRole), u"ProTrial"_s);
    QCOMPARE(cell(*m_model, 1, AuditLogModel::RevertsColumn), QString());
    QCOMPARE(cell(*m_model, 0, AuditLogModel::RevertsColumn),
             intent.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(cell(*m_model, 0, AuditLogModel::ChangeIdColumn),
             undo.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(cell(*m_model, 0, AuditLogModel::ChangeIdColumn, AuditLogModel::CsvRole),
             undo.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(cell(*m_model, 0, AuditLogModel::RequestIdColumn), u"req-9"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::MessageColumn),
             u"ThrottledClientException: Rate exceeded"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::MessageColumn, AuditLogModel::CsvRole),
             u"ThrottledClientException: Rate exceeded"_s);
}

void TstAuditLogModel::memberValuesOfOtherActsAreShownAsStored()
{
    ChangeIntent intent = makeIntent(0, { u"a"_s });
    intent.act = u"userType"_s;
    intent.users.first().before = u"PrivateUser"_s;
    intent.users.first().after = u"ProTrial"_s;
    setContents({ { intent }, {}, {} });
    QCOMPARE(cell(*m_model, 0, AuditLogModel::BeforeColumn), u"PrivateUser"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::AfterColumn), u"ProTrial"_s);
    QCOMPARE(cell(*m_model, 0, 0, AuditLogModel::ActRole), u"userType"_s);
}

void TstAuditLogModel::timeInUtcWithLocalToolTip()
{
    ChangeIntent intent = makeIntent(0, { u"a"_s });
    intent.time = QDateTime(QDate(2026, 11, 24), QTime(23, 30, 5, 250), Qt::UTC);
    setContents({ { intent }, {}, {} });
    QCOMPARE(cell(*m_model, 0, AuditLogModel::TimeColumn), u"2026-11-24 23:30:05 UTC"_s);
    // An hour east of UTC it is already the next day.
    QCOMPARE(cell(*m_model, 0, AuditLogModel::TimeColumn, Qt::ToolTipRole),
             u"Local time: 25/11/2026 00:30 CET"_s);
    QCOMPARE(cell(*m_model, 0, AuditLogModel::TimeColumn, AuditLogModel::CsvRole),
             u"2026-11-24T23:30:05.250Z"_s);
    const QDateTime time = m_model->index(0, 0).data(AuditLogModel::TimeRole).toDateTime();
    QCOMPARE(time, intent.time);
    QCOMPARE(time.timeSpec(), Qt::UTC);
}

void TstAuditLogModel::exportsStoredValues()
{
    ChangeIntent intent = makeIntent(0, { u"a"_s });
    intent.accountName.clear();
    intent.profile = u"=cmd"_s;
    setContents({ { intent }, { makeOutcome(intent, u"a"_s, Settlement::Applied, u"req-1"_s) }, {} });
    QList<int> columns;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        columns.append(column);
    const QList<QByteArray> lines = CsvWriter::write(*m_model, columns, AuditLogModel::CsvRole)
                                        .split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFTime,Profile,Access key id,"));
    const QString changeId = intent.changeId.toString(QUuid::WithoutBraces);
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             u"2026-11-24T10:00:00.000Z,\"'=cmd\",AKIDEXAMPLE,acc-1,Name of a,a@example.com,a,"
             u"BatchUpdateUser,Basic,ProTrial,Applied,req-1,,"_s + changeId + u",\r"_s);
}

void TstAuditLogModel::undoHelpers()
{
    const ChangeIntent intent = makeIntent(0, { u"a"_s, u"b"_s });
    const ChangeIntent other = makeIntent(1, { u"a"_s });
    const UserOutcome first = makeOutcome(intent, u"a"_s, Settlement::Unconfirmed);
    const UserOutcome unrelated = makeOutcome(other, u"a"_s, Settlement::Applied);
    const UserOutcome second = makeOutcome(intent, u"a"_s, Settlement::Applied);
    setContents({ { intent, other }, { first, unrelated, second }, {} });

    QCOMPARE(m_model->intent(intent.changeId), std::optional<ChangeIntent>(intent));
    QCOMPARE(m_model->intent(QUuid::createUuid()), std::nullopt);
    QCOMPARE(m_model->outcomesOf(intent.changeId), QList<UserOutcome>({ first, second }));
    QCOMPARE(m_model->outcomesOf(other.changeId), QList<UserOutcome>({ unrelated }));
    QVERIFY(m_model->outcomesOf(QUuid::createUuid()).isEmpty());
}

void TstAuditLogModel::hasAppliedUser_data()
{
    QTest::addColumn<QList<int>>("settlementsOfA"); // in journal order
    QTest::addColumn<QList<int>>("settlementsOfB");
    QTest::addColumn<bool>("applied");
    const int applied = int(Settlement::Applied);
    const int failed = int(Settlement::Failed);
    const int unconfirmed = int(Settlement::Unconfirmed);
    const int cancelled = int(Settlement::Cancelled);
    QTest::newRow("both applied") << QList<int>({ applied }) << QList<int>({ applied }) << true;
    QTest::newRow("one applied, one failed") << QList<int>({ failed }) << QList<int>({ applied })
                                             << true;
    QTest::newRow("failed only") << QList<int>({ failed }) << QList<int>({ failed }) << false;
    QTest::newRow("cancelled") << QList<int>({ cancelled }) << QList<int>({ cancelled }) << false;
    QTest::newRow("one applied, one cancelled")
        << QList<int>({ applied }) << QList<int>({ cancelled }) << true;
    QTest::newRow("no outcomes yet") << QList<int>() << QList<int>() << false;
    QTest::newRow("unconfirmed, then found applied")
        << QList<int>({ unconfirmed, applied }) << QList<int>() << true;
    QTest::newRow("applied is not the last word")
        << QList<int>({ applied, unconfirmed }) << QList<int>({ failed }) << false;
}

void TstAuditLogModel::hasAppliedUser()
{
    QFETCH(QList<int>, settlementsOfA);
    QFETCH(QList<int>, settlementsOfB);
    QFETCH(bool, applied);
    const ChangeIntent intent = makeIntent(0, { u"a"_s, u"b"_s });
    // Another change whose users were applied, which must not count for this one.
    const ChangeIntent other = makeIntent(1, { u"a"_s, u"b"_s });
    QList<UserOutcome> outcomes { makeOutcome(other, u"a"_s, Settlement::Applied),
                                  makeOutcome(other, u"b"_s, Settlement::Applied) };
    for (const int settlement : settlementsOfA)
        outcomes.append(makeOutcome(intent, u"a"_s, Settlement(settlement)));
    for (const int settlement : settlementsOfB)
        outcomes.append(makeOutcome(intent, u"b"_s, Settlement(settlement)));
    setContents({ { intent, other }, outcomes, {} });
    QCOMPARE(m_model->hasAppliedUser(intent.changeId), applied);
    QVERIFY(m_model->hasAppliedUser(other.changeId));
    QVERIFY(!m_model->hasAppliedUser(QUuid::createUuid()));
}

void TstAuditLogModel::headers()
{
    setContents({});
    QSet<QString> titles;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        titles.insert(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(titles.size(), int(AuditLogModel::ColumnCount));
    QVERIFY(!titles.contains(QString()));
}

QTEST_GUILESS_MAIN(TstAuditLogModel)
#include "tst_auditlogmodel.moc"
