#include "models/auditlogmodel.h"
#include "store/asyncjournal.h"
#include "store/changejournal.h"
#include "ui/auditlogdialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeIntent makeIntent(int minute, const QStringList &userIds)
{
    ChangeIntent intent;
    intent.changeId = QUuid::createUuid();
    intent.time = QDateTime(QDate(2026, 11, 24), QTime(10, minute), Qt::UTC);
    intent.act = u"license"_s;
    intent.operation = u"BatchUpdateUser"_s;
    intent.accountId = u"acc-1"_s;
    for (const QString &userId : userIds)
        intent.users.append({ userId, userId, userId + u"@example.com"_s, u"Basic"_s, u"Pro"_s });
    return intent;
}

UserOutcome makeOutcome(const ChangeIntent &intent, const QString &userId, Settlement settlement)
{
    return { intent.changeId, intent.time.addSecs(1), userId, settlement, {}, {}, {}, {}, false };
}

// The row of `userId` in `changeId`, or -1.
int rowOf(const AuditLogModel &model, const QUuid &changeId, const QString &userId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (QUuid::fromString(index.data(AuditLogModel::ChangeIdRole).toString()) == changeId
            && index.data(AuditLogModel::UserIdRole).toString() == userId)
            return row;
    }
    return -1;
}

} // namespace

class TstAuditLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void undoOnlyForAppliedChanges();
};

void TstAuditLogDialog::undoOnlyForAppliedChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    ChangeJournal writer(path);
    const ChangeIntent partly = makeIntent(0, { u"ada"_s, u"bo"_s });
    const ChangeIntent refused = makeIntent(1, { u"cy"_s });
    QString error;
    QVERIFY(writer.appendIntent(partly, &error));
    QVERIFY(writer.appendIntent(refused, &error));
    QVERIFY(writer.appendOutcomes({ makeOutcome(partly, u"ada"_s, Settlement::Failed),
                                    makeOutcome(partly, u"bo"_s, Settlement::Applied),
                                    makeOutcome(refused, u"cy"_s, Settlement::Failed) },
                                  &error));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        QVERIFY(file.write("not a journal line\n") > 0);
    }

    AsyncJournal journal(path);
    AuditLogModel model;
    AuditLogDialog dialog(&model, &journal);
    dialog.show();
    QCOMPARE(dialog.objectName(), u"auditLogDialog"_s);
    auto *view = dialog.findChild<QTableView *>(u"auditView"_s);
    auto *undo = dialog.findChild<QPushButton *>(u"undoChangeButton"_s);
    auto *refresh = dialog.findChild<QPushButton *>(u"refreshButton"_s);
    auto *note = dialog.findChild<QLabel *>(u"auditNote"_s);
    QVERIFY(view && undo && refresh && note);
    QCOMPARE(note->text(), u"Reading the journal…"_s);

    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(note->text().contains(u"6 of the journal"_s));
    QVERIFY(!undo->isEnabled());
    QSignalSpy undoRequested(&dialog, &AuditLogDialog::undoRequested);

    // The change failed for this user but was applied to the other: it can be undone.
    view->selectRow(rowOf(model, partly.changeId, u"ada"_s));
    QVERIFY(undo->isEnabled());
    view->selectRow(rowOf(model, refused.changeId, u"cy"_s));
    QVERIFY(!undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(undoRequested.count(), 0);

    view->selectRow(rowOf(model, partly.changeId, u"bo"_s));
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(undoRequested.count(), 1);
    QCOMPARE(undoRequested.first().first().value<QUuid>(), partly.changeId);

    // Refresh reads what was written since; the new contents leave nothing selected.
    const ChangeIntent later = makeIntent(2, { u"dee"_s });
    QVERIFY(writer.appendIntent(later, &error));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE(model.rowCount(), 4);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(rowOf(model, later.changeId, u"dee"_s), 0);
}

QTEST_MAIN(TstAuditLogDialog)
#include "tst_auditlogdialog.moc"
