#include "store/changejournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChangeIntent)

namespace {

// The argument that makes this executable append intents and exit instead of running the tests:
// the other programs of the concurrency test.
const QString appendIntentsArgument = u"--append-intents"_s;

const QDateTime sampleTime(QDate(2026, 11, 24), QTime(10, 15, 30, 123), Qt::UTC);

ChangeIntent sampleIntent(const QString &sessionId = u"session-1"_s)
{
    ChangeIntent intent;
    intent.changeId = QUuid::createUuid();
    intent.time = sampleTime;
    intent.sessionId = sessionId;
    intent.act = u"license"_s;
    intent.operation = u"BatchUpdateUser"_s;
    intent.profile = u"work"_s;
    intent.accessKeyId = u"AKIDEXAMPLE"_s;
    intent.endpoint = u"https://chime.us-east-1.amazonaws.com"_s;
    intent.accountId = u"acc-1"_s;
    intent.accountName = u"Example Corp"_s;
    intent.users = { { u"user-1"_s, u"Ada Lee"_s, u"ada@example.com"_s, u"Basic"_s, u"Pro"_s },
                     { u"user-2"_s, u"Bo Chen"_s, u"bo@example.com"_s, u"Plus"_s, u"Pro"_s } };
    return intent;
}

UserOutcome sampleOutcome(const QUuid &changeId, const QString &userId, Settlement settlement)
{
    UserOutcome outcome;
    outcome.changeId = changeId;
    outcome.time = sampleTime.addSecs(2);
    outcome.userId = userId;
    outcome.settlement = settlement;
    outcome.holds = u"Pro"_s;
    outcome.requestId = u"req-1"_s;
    outcome.code = u"ThrottledClientException"_s;
    outcome.message = u"Rate exceeded"_s;
    outcome.reconciled = true;
    return outcome;
}

mode_t fileMode(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 0777;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

int appendIntents(const QString &path, int count, const QString &sessionId)
{
    ChangeJournal journal(path);
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!journal.appendIntent(sampleIntent(sessionId), &error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

// Sets the umask for a test and puts the old one back.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask) : m_old(::umask(mask)) { }
    ~ScopedUmask() { ::umask(m_old); }
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TstChangeJournal : public QObject
{
    Q_OBJECT

private slots:
    void intentRoundTrip_data();
    void intentRoundTrip();
    void outcomeRoundTrip_data();
    void outcomeRoundTrip();
    void writesTheDocumentedFormat();
    void missingFileIsEmptyJournal();
    void unreadableFileIsAnError();
    void fileIsOwnerOnly_data();
    void fileIsOwnerOnly();
    void tornLastLineDoesNotSwallowNextEntry();
    void unreadableLinesAreSkippedByNumber_data();
    void unreadableLinesAreSkippedByNumber();
    void unwritableFolderWritesNothing_data();
    void unwritableFolderWritesNothing();
    void twoProgramsAppendingAtOnce();
};

void TstChangeJournal::intentRoundTrip_data()
{
    QTest::addColumn<ChangeIntent>("intent");
    QTest::newRow("every member") << sampleIntent();

    ChangeIntent undo = sampleIntent();
    undo.reverts = QUuid::createUuid();
    QTest::newRow("reverts set") << undo;

    ChangeIntent nonAscii = sampleIntent();
    nonAscii.accountName = u"Société Générale — Zürich"_s;
    nonAscii.users = { { u"user-3"_s, u"Zoë Ångström 李小龙"_s, u"zoë@exämple.com"_s, u"Basic"_s,
                         u"Pro"_s } };
    QTest::newRow("non-ASCII names") << nonAscii;

    ChangeIntent noUsers = sampleIntent();
    noUsers.users.clear();
    noUsers.accountName.clear();
    QTest::newRow("no users, no account name") << noUsers;
}

void TstChangeJournal::intentRoundTrip()
{
    QFETCH(ChangeIntent, intent);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(u"journal.jsonl"_s));
    QString error;
    QVERIFY2(journal.appendIntent(intent, &error), qPrintable(error));
    const ChangeIntent second = sampleIntent(u"session-2"_s);
    QVERIFY2(journal.appendIntent(second, &error), qPrintable(error));

    const JournalContents contents = journal.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(contents.intents, QList<ChangeIntent>({ intent, second }));
    QCOMPARE(contents.intents.first().time.timeSpec(), Qt::UTC);
    QCOMPARE(contents.intents.first().time.time().msec(), 123);
    QVERIFY(contents.outcomes.isEmpty());
    QVERIFY(contents.unreadableLines.isEmpty());
}

void TstChangeJournal::outcomeRoundTrip_data()
{
    QTest::addColumn<Settlement>("settlement");
    QTest::addColumn<bool>("reconciled");
    QTest::newRow("applied") << Settlement::Applied << false;
    QTest::newRow("failed") << Settlement::Failed << false;
    QTest::newRow("not applied") << Settlement::NotApplied << true;
    QTest::newRow("unconfirmed") << Settlement::Unconfirmed << false;
    QTest::newRow("cancelled") << Settlement::Cancelled << true;
}

void TstChangeJournal::outcomeRoundTrip()
{
    QFETCH(Settlement, settlement);
    QFETCH(bool, reconciled);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(u"journal.jsonl"_s));
    const ChangeIntent intent = sampleIntent();
    UserOutcome first = sampleOutcome(intent.changeId, u"user-1"_s, settlement);
    first.reconciled = reconciled;
    UserOutcome second = sampleOutcome(intent.changeId, u"user-2"_s, Settlement::Applied);
    second.code.clear();
    second.message = u"Lizenz geändert für Zoë"_s;
    QString error;
    QVERIFY2(journal.appendIntent(intent, &error), qPrintable(error));
    QVERIFY2(journal.appendOutcomes({ first, second }, &error), qPrintable(error));
    QVERIFY2(journal.appendOutcomes({}, &error), qPrintable(error));

    const JournalContents contents = journal.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(contents.intents, QList<ChangeIntent>({ intent }));
    QCOMPARE(contents.outcomes, QList<UserOutcome>({ first, second }));
    QVERIFY(contents.unreadableLines.isEmpty());
    QCOMPARE(fileContents(journal.path()).count('\n'), 3);
}

void TstChangeJournal::writesTheDocumentedFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(u"journal.jsonl"_s));
    const ChangeIntent intent = sampleIntent();
    ChangeIntent undo = sampleIntent();
    undo.reverts = intent.changeId;
    QString error;
    QVERIFY(journal.appendIntent(intent, &error));
    QVERIFY(journal.appendIntent(undo, &error));
    QVERIFY(journal.appendOutcomes(
        { sampleOutcome(intent.changeId, u"user-1"_s, Settlement::NotApplied) }, &error));

    const QList<QByteArray> lines = fileContents(journal.path()).split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value("type"_L1).toString(), u"intent"_s);
    QCOMPARE(first.value("changeId"_L1).toString(), intent.changeId.toString(QUuid::WithoutBraces));
    QCOMPARE(first.value("time"_L1).toString(), u"2026-11-24T10:15:30.123Z"_s);
    QVERIFY(!first.contains("reverts"_L1));
    const QJsonArray users = first.value("users"_L1).toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(users.at(1).toObject().value("before"_L1).toString(), u"Plus"_s);

    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value("reverts"_L1).toString(), intent.changeId.toString(QUuid::WithoutBraces));

    const QJsonObject outcome = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(outcome.value("type"_L1).toString(), u"outcome"_s);
    QCOMPARE(outcome.value("settlement"_L1).toString(), u"notApplied"_s);
    QCOMPARE(outcome.value("userId"_L1).toString(), u"user-1"_s);
    QCOMPARE(outcome.value("time"_L1).toString(), u"2026-11-24T10:15:32.123Z"_s);
    QCOMPARE(outcome.value("reconciled"_L1), QJsonValue(true));
}

void TstChangeJournal::missingFileIsEmptyJournal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(u"not yet/journal.jsonl"_s));
    QString error;
    const JournalContents contents = journal.read(&error);
    QVERIFY(error.isEmpty());
    QVERIFY(contents.intents.isEmpty());
    QVERIFY(contents.outcomes.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"not yet"_s)));
}

void TstChangeJournal::unreadableFileIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where the journal belongs cannot be opened as a file, not even by root.
    ChangeJournal journal(dir.path());
    QString error;
    journal.read(&error);
    QVERIFY(error.contains(dir.path()));
}

void TstChangeJournal::fileIsOwnerOnly_data()
{
    QTest::addColumn<bool>("existingFile");
    QTest::newRow("new file") << false;
    QTest::newRow("existing 0644 file") << true;
}

void TstChangeJournal::fileIsOwnerOnly()
{
    QFETCH(bool, existingFile);
    // With the usual umask, a file made without asking for a mode would be 0644.
    const ScopedUmask umask(022);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data/journal.jsonl"_s);
    ChangeJournal journal(path);
    QString error;
    if (existingFile) {
        QVERIFY(journal.appendIntent(sampleIntent(), &error));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(fileMode(path), mode_t(0644));
    }
    QVERIFY2(journal.appendIntent(sampleIntent(), &error), qPrintable(error));
    QCOMPARE(fileMode(path), mode_t(0600));
    QVERIFY2(journal.appendOutcomes({ sampleOutcome(QUuid::createUuid(), u"user-1"_s,
                                                    Settlement::Applied) },
                                    &error),
             qPrintable(error));
    QCOMPARE(fileMode(path), mode_t(0600));
    QCOMPARE(journal.read(&error).intents.size(), existingFile ? 2 : 1);
}

void TstChangeJournal::tornLastLineDoesNotSwallowNextEntry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeJournal journal(dir.filePath(u"journal.jsonl"_s));
    const ChangeIntent first = sampleIntent();
    QString error;
    QVERIFY(journal.appendIntent(first, &error));

    // Power lost halfway through the second entry.
    const QByteArray written = fileContents(journal.path());
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QVERIFY(file.write(written.left(written.size() / 2)) > 0);
    file.close();

    const ChangeIntent third = sampleIntent();
    QVERIFY2(journal.appendIntent(third, &error), qPrintable(error));
    const UserOutcome outcome = sampleOutcome(third.changeId, u"user-1"_s, Settlement::Applied);
    QVERIFY2(journal.appendOutcomes({ outcome }, &error), qPrintable(error));

    const JournalContents contents = journal.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(contents.intents, QList<ChangeIntent>({ first, third }));
    QCOMPARE(contents.outcomes, QList<UserOutcome>({ outcome }));
    QCOMPARE(contents.unreadableLines, QList<int>({ 2 }));
}

void TstChangeJournal::unreadableLinesAreSkippedByNumber_data()
{
    const QByteArray intent = R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                              R"("time":"2026-11-24T10:00:00.000Z","users":[{"userId":"u1"}]})";
    const QByteArray outcome = R"({"type":"outcome","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                               R"("time":"2026-11-24T10:00:01.000Z","userId":"u1","settlement":"applied"})";
    const auto withLine = [&](const QByteArray &line) -> QByteArray {
        return intent + '\n' + line + '\n' + outcome + '\n';
    };

    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QList<int>>("unreadable");
    QTest::addColumn<int>("intents");
    QTest::addColumn<int>("outcomes");
    QTest::newRow("all readable") << withLine(outcome) << QList<int>() << 1 << 2;
    QTest::newRow("unknown members are ignored")
        << withLine(R"({"type":"outcome","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                    R"("time":"2026-11-24T10:00:01.000+01:00","userId":"u2",)"
                    R"("settlement":"failed","retries":3,"extra":{"a":[1]}})")
        << QList<int>() << 1 << 2;
    QTest::newRow("blank lines are skipped but counted")
        << QByteArray(intent + "\n\ngarbage\n" + outcome + '\n') << QList<int>({ 3 }) << 1 << 1;
    QTest::newRow("not JSON") << withLine("{\"type\":\"intent\",") << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("not an object") << withLine("[1,2,3]") << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("no change id")
        << withLine(R"({"type":"intent","time":"2026-11-24T10:00:00Z","users":[]})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("change id not a uuid")
        << withLine(R"({"type":"intent","changeId":"42","time":"2026-11-24T10:00:00Z"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("no type")
        << withLine(R"({"changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab","time":"2026-11-24T10:00:00Z"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("unknown type")
        << withLine(R"({"type":"note","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab","time":"2026-11-24T10:00:00Z"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("outcome without user")
        << withLine(R"({"type":"outcome","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                    R"("time":"2026-11-24T10:00:00Z","settlement":"applied"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("unknown settlement")
        << withLine(R"({"type":"outcome","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                    R"("time":"2026-11-24T10:00:00Z","userId":"u1","settlement":"maybe"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("no time")
        << withLine(R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("invalid time")
        << withLine(R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab","time":"yesterday"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("time without zone")
        << withLine(R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab","time":"2026-11-24T10:00:00"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("reverts not a uuid")
        << withLine(R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                    R"("time":"2026-11-24T10:00:00Z","reverts":"last one"})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("user without id")
        << withLine(R"({"type":"intent","changeId":"6f1c2d3e-1111-4a4a-9b9b-0123456789ab",)"
                    R"("time":"2026-11-24T10:00:00Z","users":[{"email":"a@example.com"}]})")
        << QList<int>({ 2 }) << 1 << 1;
    QTest::newRow("several, first and last")
        << QByteArray("garbage\n" + intent + "\n\xff\xfe\n" + outcome + "\n{}\n")
        << QList<int>({ 1, 3, 5 }) << 1 << 1;
}

void TstChangeJournal::unreadableLinesAreSkippedByNumber()
{
    QFETCH(QByteArray, contents);
    QFETCH(QList<int>, unreadable);
    QFETCH(int, intents);
    QFETCH(int, outcomes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    QVERIFY(writeFile(path, contents));
    ChangeJournal journal(path);
    QString error;
    const JournalContents read = journal.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.unreadableLines, unreadable);
    QCOMPARE(read.intents.size(), intents);
    QCOMPARE(read.outcomes.size(), outcomes);
    QCOMPARE(read.intents.first().users.first().userId, u"u1"_s);
    QCOMPARE(read.intents.first().time, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
}

void TstChangeJournal::unwritableFolderWritesNothing_data()
{
    QTest::addColumn<QString>("folder");
    // Tests may run as root, whom a read-only mode does not stop; neither of these can hold a
    // file for anyone.
    QTest::newRow("parent is a file") << u"a file/data"_s;
    QTest::newRow("in /proc") << u"/proc/chime-admin-journal-test"_s;
}

void TstChangeJournal::unwritableFolderWritesNothing()
{
    QFETCH(QString, folder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a file"_s), "not a folder\n"));
    const QString path = (folder.startsWith(u'/') ? folder : dir.filePath(folder))
        + u"/journal.jsonl"_s;
    ChangeJournal journal(path);
    QString error;
    QVERIFY(!journal.appendIntent(sampleIntent(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QFileInfo(path).absolutePath()), qPrintable(error));
    error.clear();
    QVERIFY(!journal.appendOutcomes(
        { sampleOutcome(QUuid::createUuid(), u"user-1"_s, Settlement::Failed) }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(fileContents(dir.filePath(u"a file"_s)), QByteArray("not a folder\n"));
}

void TstChangeJournal::twoProgramsAppendingAtOnce()
{
    constexpr int perProgram = 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    QList<QProcess *> programs;
    for (const QString &session : { u"program-1"_s, u"program-2"_s }) {
        auto *program = new QProcess(this);
        program->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        program->start(QCoreApplication::applicationFilePath(),
                       { appendIntentsArgument, path, QString::number(perProgram), session });
        programs.append(program);
    }
    for (QProcess *program : std::as_const(programs)) {
        QVERIFY(program->waitForFinished(120'000));
        QCOMPARE(program->exitStatus(), QProcess::NormalExit);
        QCOMPARE(program->exitCode(), 0);
        delete program;
    }

    ChangeJournal journal(path);
    QString error;
    const JournalContents contents = journal.read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(contents.unreadableLines.isEmpty());
    QCOMPARE(contents.intents.size(), 2 * perProgram);
    QSet<QUuid> changeIds;
    int fromFirst = 0;
    for (const ChangeIntent &intent : contents.intents) {
        changeIds.insert(intent.changeId);
        QCOMPARE(intent.users.size(), 2);
        if (intent.sessionId == u"program-1"_s)
            ++fromFirst;
    }
    QCOMPARE(changeIds.size(), 2 * perProgram);
    QCOMPARE(fromFirst, perProgram);
    QCOMPARE(fileContents(path).count('\n'), 2 * perProgram);
}

// `tst_changejournal --append-intents PATH COUNT SESSION` appends COUNT intents of SESSION to the
// journal at PATH and exits, as the other programs of twoProgramsAppendingAtOnce().
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == appendIntentsArgument)
        return appendIntents(arguments.at(2), arguments.at(3).toInt(), arguments.at(4));
    TstChangeJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changejournal.moc"
