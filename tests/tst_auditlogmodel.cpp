#include "core/auditlog.h"
#include "models/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstThroughReloads();
};

void TstAuditLogModel::newestFirstThroughReloads()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(u"audit.jsonl"_s));
    AuditLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.reload(&error));
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < 3; ++i) {
        const AuditEntry entry { QDateTime(QDate(2026, 11, 24), QTime(10, i), Qt::UTC),
                                 u"AKID"_s, u"acc"_s, u"user-%1"_s.arg(i), u"UpdateUser"_s,
                                 u"Pro"_s, u"Basic"_s, i == 1 ? u"failed"_s : u"applied"_s,
                                 u"req-%1"_s.arg(i), {} };
        QVERIFY(log.append(entry, &error));
    }
    QVERIFY(model.reload(&error));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AuditLogModel::UserColumn).data().toString(), u"user-2"_s);
    QCOMPARE(model.index(1, AuditLogModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(2, AuditLogModel::RequestIdColumn).data().toString(), u"req-0"_s);
    QCOMPARE(model.index(0, 0).data(AuditLogModel::TimeRole).toDateTime(),
             QDateTime(QDate(2026, 11, 24), QTime(10, 2), Qt::UTC));
    QVERIFY(!model.headerData(AuditLogModel::MessageColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstAuditLogModel)
#include "tst_auditlogmodel.moc"
