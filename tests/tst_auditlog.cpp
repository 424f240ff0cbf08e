#include "core/auditlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void createsItsFolder();
    void unreadableLinesAreCountedNotFatal_data();
    void unreadableLinesAreCountedNotFatal();
    void unwritablePathIsAnError();
    void missingFileIsEmpty();

private:
    static AuditEntry entry(const QString &userId)
    {
        return { QDateTime(QDate(2026, 11, 24), QTime(10, 30, 5, 123), Qt::UTC),
                 u"AKIDEXAMPLE"_s, u"acc-1"_s, userId, u"UpdateUser"_s, u"Pro"_s, u"Basic"_s,
                 u"applied"_s, u"req-1"_s, u"line, with \"quotes\"\nand a newline"_s };
    }
};

void TstAuditLog::roundTrip()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    QString error;
    QVERIFY(log.append(entry(u"u1"_s), &error));
    QVERIFY(log.append(entry(u"u2"_s), &error));
    int unreadable = -1;
    const QList<AuditEntry> entries = log.readAll(&unreadable, &error);
    QCOMPARE(unreadable, 0);
    QCOMPARE(entries, (QList<AuditEntry> { entry(u"u1"_s), entry(u"u2"_s) }));
    // One JSON object a line, so the file stays greppable and appendable.
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
}

void TstAuditLog::createsItsFolder()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"a/b/audit.jsonl"_s));
    QString error;
    QVERIFY2(log.append(entry(u"u1"_s), &error), qPrintable(error));
    QVERIFY(QFile::exists(log.path()));
}

void TstAuditLog::unreadableLinesAreCountedNotFatal_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("not JSON") << QByteArray("this is not json\n");
    QTest::newRow("truncated") << QByteArray("{\"time\":\"2026-11-24T10:30:05.123Z\",\"us\n");
    QTest::newRow("no user") << QByteArray("{\"time\":\"2026-11-24T10:30:05.123Z\",\"operation\":\"UpdateUser\"}\n");
    QTest::newRow("bad time") << QByteArray("{\"time\":\"yesterday\",\"userId\":\"u\",\"operation\":\"UpdateUser\"}\n");
}

void TstAuditLog::unreadableLinesAreCountedNotFatal()
{
    QFETCH(QByteArray, garbage);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    QString error;
    QVERIFY(log.append(entry(u"u1"_s), &error));
    {
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write(garbage);
    }
    QVERIFY(log.append(entry(u"u2"_s), &error));
    int unreadable = 0;
    const QList<AuditEntry> entries = log.readAll(&unreadable, &error);
    QCOMPARE(unreadable, 1);
    QCOMPARE(entries.size(), 2);
    QVERIFY(error.isEmpty());
}

void TstAuditLog::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    AuditLog log(dir.path()); // a folder, not a file
    QString error;
    QVERIFY(!log.append(entry(u"u1"_s), &error));
    QVERIFY(error.contains(dir.path()));
}

void TstAuditLog::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"none.jsonl"_s));
    int unreadable = -1;
    QString error;
    QVERIFY(log.readAll(&unreadable, &error).isEmpty());
    QCOMPARE(unreadable, 0);
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
