#include "store/asyncjournal.h"
#include "store/changejournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeIntent intentNamed(const QString &accountName)
{
    ChangeIntent intent;
    intent.changeId = QUuid::createUuid();
    intent.time = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    intent.act = u"license"_s;
    intent.accountId = u"acc-1"_s;
    intent.accountName = accountName;
    intent.users = { { u"user-1"_s, u"Ada Lee"_s, u"ada@example.com"_s, u"Basic"_s, u"Pro"_s } };
    return intent;
}

QStringList accountNames(const JournalContents &contents)
{
    QStringList names;
    for (const ChangeIntent &intent : contents.intents)
        names.append(intent.accountName);
    return names;
}

} // namespace

class TstAsyncJournal : public QObject
{
    Q_OBJECT

private slots:
    void answersInOrderOnCallingThread();
    void writeErrorIsAnswered();
    void callbackOfDestroyedContextIsDropped();
    void destructorFinishesQueuedWrites();
};

void TstAsyncJournal::answersInOrderOnCallingThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AsyncJournal journal(dir.filePath(u"journal.jsonl"_s));
    QObject context;
    QStringList answers;
    QList<QThread *> threads;
    QList<JournalContents> reads;
    const auto wrote = [&](const QString &what) {
        return [&, what](const QString &error) {
            threads.append(QThread::currentThread());
            answers.append(error.isEmpty() ? what : error);
        };
    };
    const auto readDone = [&](const JournalContents &contents, const QString &error) {
        threads.append(QThread::currentThread());
        answers.append(error.isEmpty() ? u"read"_s : error);
        reads.append(contents);
    };

    const ChangeIntent first = intentNamed(u"first"_s);
    UserOutcome outcome;
    outcome.changeId = first.changeId;
    outcome.time = first.time.addSecs(1);
    outcome.userId = u"user-1"_s;
    outcome.settlement = Settlement::Applied;
    journal.writeIntent(first, &context, wrote(u"first"_s));
    journal.writeOutcomes({ outcome }, &context, wrote(u"outcomes"_s));
    journal.read(&context, readDone);
    journal.writeIntent(intentNamed(u"second"_s), &context, wrote(u"second"_s));
    journal.read(&context, readDone);
    // Nothing is answered from within the request itself.
    QVERIFY(answers.isEmpty());

    QTRY_COMPARE(answers.size(), 5);
    QCOMPARE(answers, QStringList({ u"first"_s, u"outcomes"_s, u"read"_s, u"second"_s, u"read"_s }));
    QCOMPARE(threads, QList<QThread *>(5, QThread::currentThread()));
    QCOMPARE(reads.size(), 2);
    QCOMPARE(accountNames(reads.at(0)), QStringList({ u"first"_s }));
    QCOMPARE(reads.at(0).outcomes, QList<UserOutcome>({ outcome }));
    QCOMPARE(accountNames(reads.at(1)), QStringList({ u"first"_s, u"second"_s }));
}

void TstAsyncJournal::writeErrorIsAnswered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"a file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AsyncJournal journal(dir.filePath(u"a file/journal.jsonl"_s));
    std::optional<QString> answer;
    journal.writeIntent(intentNamed(u"first"_s), this, [&](const QString &error) { answer = error; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->contains(dir.filePath(u"a file"_s)));
}

void TstAsyncJournal::callbackOfDestroyedContextIsDropped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AsyncJournal journal(dir.filePath(u"journal.jsonl"_s));
    int droppedCalls = 0;
    auto *context = new QObject;
    journal.writeIntent(intentNamed(u"first"_s), context, [&](const QString &) { ++droppedCalls; });
    journal.read(context, [&](const JournalContents &, const QString &) { ++droppedCalls; });
    delete context;

    // Answers come in order: once this one is in, the two before it were dropped.
    QObject laterContext;
    std::optional<JournalContents> later;
    journal.read(&laterContext, [&](const JournalContents &contents, const QString &) {
        later = contents;
    });
    QTRY_VERIFY(later.has_value());
    QCOMPARE(droppedCalls, 0);
    // Dropping the answer does not drop the write.
    QCOMPARE(accountNames(*later), QStringList({ u"first"_s }));
}

void TstAsyncJournal::destructorFinishesQueuedWrites()
{
    constexpr int count = 20;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    int answered = 0;
    {
        AsyncJournal journal(path);
        for (int i = 0; i < count; ++i)
            journal.writeIntent(intentNamed(QString::number(i)), this, [&](const QString &) {
                ++answered;
            });
    }
    QString error;
    const JournalContents contents = ChangeJournal(path).read(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList expected;
    for (int i = 0; i < count; ++i)
        expected.append(QString::number(i));
    QCOMPARE(accountNames(contents), expected);
    // Answers still on their way when the journal went are not delivered to anyone.
    QCoreApplication::processEvents();
    QCOMPARE(answered, 0);
}

QTEST_GUILESS_MAIN(TstAsyncJournal)
#include "tst_asyncjournal.moc"
