#include "core/csvline.h"
#include "models/csvwriter.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapeCell_data();
    void escapeCell();
    void writesHeaderAndChosenColumns();
    void writesTheChosenRole();
    void writesFileOrSaysWhy();
};

void TstCsvWriter::escapeCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << u"Ada Lee"_s << QByteArray("Ada Lee");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << u"+1206555"_s << QByteArray("\"'+1206555\"");
    QTest::newRow("formula -") << u"-2+3"_s << QByteArray("\"'-2+3\"");
    QTest::newRow("formula @") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("leading tab") << u"\t=1"_s << QByteArray("\"'\t=1\"");
    QTest::newRow("comma") << u"Lee, Ada"_s << QByteArray("\"Lee, Ada\"");
    QTest::newRow("semicolon") << u"Lee; Ada"_s << QByteArray("\"Lee; Ada\"");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << u"a\nb"_s << QByteArray("\"a\nb\"");
    QTest::newRow("apostrophe") << u"O'Brien"_s << QByteArray("O'Brien");
    QTest::newRow("inner equals is fine") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("non-ASCII") << u"Zoë"_s << QByteArray("Zo\xC3\xAB");
}

void TstCsvWriter::escapeCell()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);
    QCOMPARE(CsvLine::escapeCell(text), cell);
}

void TstCsvWriter::writesHeaderAndChosenColumns()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({ u"Name"_s, u"Email"_s, u"License"_s });
    model.setItem(0, 0, new QStandardItem(u"Ada"_s));
    model.setItem(0, 1, new QStandardItem(u"ada@example.com"_s));
    model.setItem(0, 2, new QStandardItem(u"Pro"_s));
    model.setItem(1, 0, new QStandardItem(u"=cmd"_s));
    model.setItem(1, 1, new QStandardItem(u"b@example.com"_s));
    model.setItem(1, 2, new QStandardItem(u"Basic"_s));
    QCOMPARE(CsvWriter::write(model, { 2, 0 }),
             QByteArray("\xEF\xBB\xBFLicense,Name\r\nPro,Ada\r\nBasic,\"'=cmd\"\r\n"));
}

void TstCsvWriter::writesTheChosenRole()
{
    constexpr int exportRole = Qt::UserRole + 7;
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({ u"Time"_s, u"License"_s });
    auto *time = new QStandardItem(u"24/11/2026 10:00"_s);
    time->setData(u"2026-11-24T10:00:00.000Z"_s, exportRole);
    model.setItem(0, 0, time);
    auto *license = new QStandardItem(u"Pro trial"_s);
    license->setData(u"=ProTrial"_s, exportRole);
    model.setItem(0, 1, license);
    QCOMPARE(CsvWriter::write(model, { 0, 1 }, exportRole),
             QByteArray("\xEF\xBB\xBFTime,License\r\n2026-11-24T10:00:00.000Z,\"'=ProTrial\"\r\n"));
    QCOMPARE(CsvWriter::write(model, { 0, 1 }),
             QByteArray("\xEF\xBB\xBFTime,License\r\n24/11/2026 10:00,Pro trial\r\n"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    QString error;
    QVERIFY(CsvWriter::writeFile(path, model, { 0, 1 }, &error, exportRole));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), CsvWriter::write(model, { 0, 1 }, exportRole));
}

void TstCsvWriter::writesFileOrSaysWhy()
{
    QStandardItemModel model(1, 1);
    model.setHorizontalHeaderLabels({ u"Name"_s });
    model.setItem(0, 0, new QStandardItem(u"Ada"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"users.csv"_s);
    QString error;
    QVERIFY(CsvWriter::writeFile(path, model, { 0 }, &error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), CsvWriter::write(model, { 0 }));

    // A folder that does not exist: nothing written, and the reason given.
    const QString nowhere = dir.filePath(u"no such folder/users.csv"_s);
    QVERIFY(!CsvWriter::writeFile(nowhere, model, { 0 }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
