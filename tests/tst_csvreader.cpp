#include "core/csvline.h"
#include "core/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

// CSV read as spreadsheets write it, what is refused and why, and the writer's output read back.
class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void readsWhatTheWriterWrites();
};

void TstCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain, LF") << QByteArray("a,b\n1,2\n") << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }
                               << QList<int> { 1, 2 };
    QTest::newRow("CR LF, no last newline, BOM") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2")
                                                 << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }
                                                 << QList<int> { 1, 2 };
    QTest::newRow("quoted comma, quote, newline") << QByteArray("x\n\"a,b\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\nlast\n")
                                                  << QList<QStringList> { { u"x"_s }, { u"a,b"_s }, { u"say \"hi\""_s },
                                                                          { u"two\nlines"_s }, { u"last"_s } }
                                                  << QList<int> { 1, 2, 3, 4, 6 };
    QTest::newRow("empty fields") << QByteArray(",\n\"\",x\n") << QList<QStringList> { { u""_s, u""_s }, { u""_s, u"x"_s } }
                                  << QList<int> { 1, 2 };
    QTest::newRow("umlauts") << QByteArray("n\nJürgen Müller\n") << QList<QStringList> { { u"n"_s }, { u"Jürgen Müller"_s } }
                             << QList<int> { 1, 2 };
    QTest::newRow("empty file") << QByteArray() << QList<QStringList>() << QList<int>();
}

void TstCsvReader::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const CsvReader::Result result = CsvReader::read(bytes, 100);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.lines, lines);
}

void TstCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");
    QTest::newRow("Latin-1") << QByteArray("name\nJ\xFCrgen\n") << u"not UTF-8"_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6) << u"not UTF-8"_s;
    QTest::newRow("quote never closed") << QByteArray("a\n\"open\n") << u"Line 2: a quoted field is never closed"_s;
    QTest::newRow("stray quote") << QByteArray("a\nab\"c\n") << u"Line 2: a quote inside"_s;
    QTest::newRow("text after closing quote") << QByteArray("a\n\"ab\"c\n") << u"Line 2: text after"_s;
    QTest::newRow("too many rows") << QByteArray("h\n1\n2\n3\n4\n") << u"more than 3 rows"_s;
}

void TstCsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    const CsvReader::Result result = CsvReader::read(bytes, 4);
    QVERIFY2(result.error.contains(said), qPrintable(result.error));
}

void TstCsvReader::readsWhatTheWriterWrites()
{
    const QList<QStringList> rows { { u"email"_s, u"name"_s }, { u"a@example.com"_s, u"Doe, \"J\"\nline"_s },
                                    { u"b@example.com"_s, u"=SUM(A1)"_s } };
    QByteArray bytes(CsvLine::byteOrderMark);
    for (const QStringList &row : rows)
        bytes.append(CsvLine::line(row));
    const CsvReader::Result result = CsvReader::read(bytes, 10);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.rows.at(1), rows.at(1));
    QCOMPARE(result.rows.at(2).at(1), u"'=SUM(A1)"_s); // a formula comes back harmless
}

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
