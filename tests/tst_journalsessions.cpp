#include "store/journalsessions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <iostream>

using namespace Qt::StringLiterals;

namespace {

// The argument that makes this executable hold a session until it is killed instead of running
// the tests: the other running program of the tests below.
const QString holdSessionArgument = u"--hold-session"_s;

int holdSession(const QString &folder)
{
    JournalSessions sessions(folder);
    QString error;
    if (!sessions.begin(&error)) {
        std::cerr << qPrintable(error) << std::endl;
        return 1;
    }
    std::cout << qPrintable(sessions.sessionId()) << std::endl;
    return QCoreApplication::exec();
}

// Another program holding a session in `folder`, killed (never ends by itself) when this goes.
class SessionProgram
{
public:
    bool start(const QString &folder)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), { holdSessionArgument, folder });
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30'000))
                return false;
        }
        m_sessionId = QString::fromUtf8(m_process.readLine().trimmed());
        return true;
    }

    bool kill()
    {
        m_process.kill();
        return m_process.waitForFinished(30'000);
    }

    const QString &sessionId() const { return m_sessionId; }

private:
    QProcess m_process;
    QString m_sessionId;
};

QString lockPath(const QTemporaryDir &dir, const QString &sessionId)
{
    return dir.filePath(sessionId + u".lock"_s);
}

} // namespace

class TstJournalSessions : public QObject
{
    Q_OBJECT

private slots:
    void ownSessionIsAlive();
    void sessionEndsWithItsObject();
    void otherSessionOfThisProgramIsAlive();
    void otherProgramsSessionIsAliveUntilKilled();
    void forgetRemovesOnlyEndedSessions();
    void unknownSessionIsNotAlive_data();
    void unknownSessionIsNotAlive();
    void beginFailsWhereNoLockCanBeMade();
};

void TstJournalSessions::ownSessionIsAlive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JournalSessions sessions(dir.filePath(u"sessions"_s));
    QString error;
    QVERIFY2(sessions.begin(&error), qPrintable(error));
    QVERIFY(!QUuid::fromString(sessions.sessionId()).isNull());
    QVERIFY(!sessions.sessionId().startsWith(u'{'));
    QVERIFY(QFile::exists(dir.filePath(u"sessions/"_s + sessions.sessionId() + u".lock"_s)));
    QVERIFY(sessions.isAlive(sessions.sessionId()));
    sessions.forget(sessions.sessionId());
    QVERIFY(QFile::exists(dir.filePath(u"sessions/"_s + sessions.sessionId() + u".lock"_s)));
}

void TstJournalSessions::sessionEndsWithItsObject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString ended;
    {
        JournalSessions sessions(dir.path());
        QString error;
        QVERIFY(sessions.begin(&error));
        ended = sessions.sessionId();
    }
    QVERIFY(!QFile::exists(lockPath(dir, ended)));
    JournalSessions sessions(dir.path());
    QString error;
    QVERIFY(sessions.begin(&error));
    QVERIFY(!sessions.isAlive(ended));
}

void TstJournalSessions::otherSessionOfThisProgramIsAlive()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JournalSessions first(dir.path());
    JournalSessions second(dir.path());
    QString error;
    QVERIFY(first.begin(&error));
    QVERIFY(second.begin(&error));
    QVERIFY(first.sessionId() != second.sessionId());
    QVERIFY(first.isAlive(second.sessionId()));
    QVERIFY(second.isAlive(first.sessionId()));
}

void TstJournalSessions::otherProgramsSessionIsAliveUntilKilled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionProgram program;
    QVERIFY(program.start(dir.path()));
    const QString lock = lockPath(dir, program.sessionId());
    QVERIFY(QFile::exists(lock));

    JournalSessions sessions(dir.path());
    QString error;
    QVERIFY(sessions.begin(&error));
    QVERIFY(sessions.isAlive(program.sessionId()));
    // Asking does not disturb a running session's lock.
    QVERIFY(sessions.isAlive(program.sessionId()));
    QVERIFY(QFile::exists(lock));

    // SIGKILL: the program gets no chance to remove its lock file.
    QVERIFY(program.kill());
    QVERIFY(QFile::exists(lock));
    QVERIFY(!sessions.isAlive(program.sessionId()));
    QVERIFY(!sessions.isAlive(program.sessionId()));
}

void TstJournalSessions::forgetRemovesOnlyEndedSessions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionProgram program;
    QVERIFY(program.start(dir.path()));
    const QString lock = lockPath(dir, program.sessionId());
    JournalSessions sessions(dir.path());
    QString error;
    QVERIFY(sessions.begin(&error));

    sessions.forget(program.sessionId());
    QVERIFY(QFile::exists(lock));
    QVERIFY(sessions.isAlive(program.sessionId()));

    QVERIFY(program.kill());
    QVERIFY(QFile::exists(lock));
    sessions.forget(program.sessionId());
    QVERIFY(!QFile::exists(lock));
    QVERIFY(!sessions.isAlive(program.sessionId()));
}

void TstJournalSessions::unknownSessionIsNotAlive_data()
{
    QTest::addColumn<QString>("sessionId");
    QTest::newRow("unknown id") << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("empty") << QString();
    QTest::newRow("not an id") << u"../outside"_s;
}

void TstJournalSessions::unknownSessionIsNotAlive()
{
    QFETCH(QString, sessionId);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    JournalSessions sessions(dir.filePath(u"sessions"_s));
    QString error;
    QVERIFY(sessions.begin(&error));
    QVERIFY(!sessions.isAlive(sessionId));
    sessions.forget(sessionId);
    // Asking about a session makes no lock file for it, inside the folder or out of it.
    QCOMPARE(QDir(dir.filePath(u"sessions"_s)).entryList(QDir::Files),
             QStringList({ sessions.sessionId() + u".lock"_s }));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TstJournalSessions::beginFailsWhereNoLockCanBeMade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"a file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // A folder below a file cannot exist, not even for root.
    JournalSessions sessions(dir.filePath(u"a file/sessions"_s));
    QString error;
    QVERIFY(!sessions.begin(&error));
    QVERIFY2(error.contains(dir.filePath(u"a file/sessions"_s)), qPrintable(error));
    QVERIFY(sessions.sessionId().isEmpty());
}

// `tst_journalsessions --hold-session FOLDER` begins a session in FOLDER, prints its id and runs
// until it is killed, as the other program of the tests above.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == holdSessionArgument)
        return holdSession(arguments.at(2));
    TstJournalSessions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journalsessions.moc"
