#include "store/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The data folder is one level (~/.local/share/chime-admin), and what earlier versions kept one
// level deeper moves up without overwriting anything.
class TstDataFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void isOneLevel();
    void nestedEntriesMoveUp_data();
    void nestedEntriesMoveUp();

private:
    static void write(const QString &path, const QByteArray &contents);
    static QByteArray read(const QString &path);
    QString nested() const { return DataFolder::path() + u"/chime-admin-tests"_s; }
};

void TstDataFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // ~/.qttest/share, never the person's own data
    QCoreApplication::setApplicationName(u"chime-admin-tests"_s);
    QCoreApplication::setOrganizationName(u"chime-admin-tests"_s);
}

void TstDataFolder::init()
{
    QDir(DataFolder::path()).removeRecursively();
    QVERIFY(QDir().mkpath(nested()));
}

void TstDataFolder::cleanup()
{
    QDir(DataFolder::path()).removeRecursively();
}

void TstDataFolder::write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

QByteArray TstDataFolder::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TstDataFolder::isOneLevel()
{
    QCOMPARE(DataFolder::path(),
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/chime-admin-tests"_s);
}

void TstDataFolder::nestedEntriesMoveUp_data()
{
    QTest::addColumn<bool>("journalAlreadyThere");
    QTest::newRow("nothing there yet") << false;
    QTest::newRow("a journal there already") << true;
}

void TstDataFolder::nestedEntriesMoveUp()
{
    QFETCH(bool, journalAlreadyThere);
    write(nested() + u"/journal.jsonl"_s, "old journal\n");
    write(nested() + u"/snapshots.sqlite"_s, "old snapshots");
    QVERIFY(QDir().mkpath(nested() + u"/sessions"_s));
    write(nested() + u"/sessions/one"_s, "session");
    if (journalAlreadyThere)
        write(DataFolder::path() + u"/journal.jsonl"_s, "new journal\n");

    const QStringList problems = DataFolder::moveFromNestedFolder();

    QCOMPARE(read(DataFolder::path() + u"/snapshots.sqlite"_s), "old snapshots");
    QCOMPARE(read(DataFolder::path() + u"/sessions/one"_s), "session");
    if (journalAlreadyThere) {
        // Neither journal is lost: the one in use stays, the old one where it was, and the log says so.
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"journal.jsonl stays in "_s), qPrintable(problems.first()));
        QCOMPARE(read(DataFolder::path() + u"/journal.jsonl"_s), "new journal\n");
        QCOMPARE(read(nested() + u"/journal.jsonl"_s), "old journal\n");
    } else {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));
        QCOMPARE(read(DataFolder::path() + u"/journal.jsonl"_s), "old journal\n");
        QVERIFY(!QDir(nested()).exists());
    }
    QVERIFY(DataFolder::moveFromNestedFolder().size() == problems.size()); // a second start changes nothing
}

QTEST_GUILESS_MAIN(TstDataFolder)
#include "tst_datafolder.moc"
