#include "core/uriencoding.h"

#include <QTest>

using namespace Qt::StringLiterals;

// UriEncoding is what decides the bytes that are both signed and sent, so every case is checked
// against the exact expected bytes (upper-case hex, RFC 3986 unreserved set only).
class TstUriencoding : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void encodeKeepsNoLowerCaseHex();
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
    void encodePathSegment_data();
    void encodePathSegment();
    void encodeQuery_data();
    void encodeQuery();
};

void TstUriencoding::encode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << false << QByteArray();
    QTest::newRow("unreserved kept")
        << QByteArray("ABCXYZabcxyz0189-._~") << false << QByteArray("ABCXYZabcxyz0189-._~");
    QTest::newRow("space is %20, never +") << QByteArray("a b") << false << QByteArray("a%20b");
    QTest::newRow("plus is %2B") << QByteArray("a+b") << false << QByteArray("a%2Bb");
    QTest::newRow("percent is %25") << QByteArray("100%") << false << QByteArray("100%25");
    QTest::newRow("slash escaped by default") << QByteArray("a/b") << false << QByteArray("a%2Fb");
    QTest::newRow("slash kept when asked") << QByteArray("/a/b/") << true << QByteArray("/a/b/");
    QTest::newRow("keepSlash keeps only slash")
        << QByteArray("/a b+c?") << true << QByteArray("/a%20b%2Bc%3F");
    QTest::newRow("gen-delims") << QByteArray(":/?#[]@") << false
                                << QByteArray("%3A%2F%3F%23%5B%5D%40");
    QTest::newRow("sub-delims") << QByteArray("!$&'()*+,;=") << false
                                << QByteArray("%21%24%26%27%28%29%2A%2B%2C%3B%3D");
    QTest::newRow("other ASCII") << QByteArray("\"<>\\^`{|}") << false
                                 << QByteArray("%22%3C%3E%5C%5E%60%7B%7C%7D");
    QTest::newRow("control bytes and NUL")
        << QByteArray("\x00\x01\x1f\x7f", 4) << false << QByteArray("%00%01%1F%7F");
    QTest::newRow("UTF-8 e-acute upper-case hex")
        << u"é"_s.toUtf8() << false << QByteArray("%C3%A9");
    QTest::newRow("UTF-8 euro sign") << u"€"_s.toUtf8() << false << QByteArray("%E2%82%AC");
    QTest::newRow("UTF-8 four-byte emoji")
        << u"\U0001F600"_s.toUtf8() << false << QByteArray("%F0%9F%98%80");
    QTest::newRow("byte 0xFF") << QByteArray("\xff") << false << QByteArray("%FF");
    QTest::newRow("email") << QByteArray("a+b@example.com") << false
                           << QByteArray("a%2Bb%40example.com");
}

void TstUriencoding::encode()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepSlash);
    QFETCH(QByteArray, expected);
    QCOMPARE(UriEncoding::encode(input, keepSlash), expected);
}

void TstUriencoding::encodeKeepsNoLowerCaseHex()
{
    // Every byte value: unreserved ones stay, every other becomes exactly %XX upper-case.
    for (int byte = 0; byte < 256; ++byte) {
        const char c = static_cast<char>(byte);
        const QByteArray encoded = UriEncoding::encode(QByteArrayView(&c, 1));
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            QCOMPARE(encoded, QByteArray(1, c));
        } else {
            const QByteArray hex = QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
            QCOMPARE(encoded, QByteArray(QByteArray("%") + hex));
        }
    }
}

void TstUriencoding::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain text unchanged") << QByteArray("abc-._~") << QByteArray("abc-._~");
    QTest::newRow("%20 is space") << QByteArray("a%20b") << QByteArray("a b");
    QTest::newRow("+ stays +, not space") << QByteArray("a+b") << QByteArray("a+b");
    QTest::newRow("%2B is +") << QByteArray("a%2Bb") << QByteArray("a+b");
    QTest::newRow("upper-case escapes") << QByteArray("%C3%A9") << u"é"_s.toUtf8();
    QTest::newRow("lower-case escapes") << QByteArray("%c3%a9") << u"é"_s.toUtf8();
    QTest::newRow("escape at the very end") << QByteArray("x%41") << QByteArray("xA");
    QTest::newRow("escape at the very start") << QByteArray("%41x") << QByteArray("Ax");
    QTest::newRow("%00 gives NUL") << QByteArray("a%00b") << QByteArray("a\0b", 3);
    QTest::newRow("%25 decoded once") << QByteArray("%2541") << QByteArray("%41");
    QTest::newRow("invalid: lone %") << QByteArray("%") << QByteArray("%");
    QTest::newRow("invalid: trailing %") << QByteArray("100%") << QByteArray("100%");
    QTest::newRow("invalid: one hex digit at end") << QByteArray("a%4") << QByteArray("a%4");
    QTest::newRow("invalid: non-hex digits") << QByteArray("%zz") << QByteArray("%zz");
    QTest::newRow("invalid: second digit not hex") << QByteArray("%4g") << QByteArray("%4g");
    QTest::newRow("invalid: first digit not hex") << QByteArray("%g4") << QByteArray("%g4");
    QTest::newRow("invalid % then valid escape") << QByteArray("%%41") << QByteArray("%A");
    QTest::newRow("invalid: sign is no digit") << QByteArray("%+1") << QByteArray("%+1");
}

void TstUriencoding::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(UriEncoding::decode(input), expected);
}

void TstUriencoding::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("ascii with reserved") << QByteArray("a b+c/d?e#f&g=h%i");
    QTest::newRow("utf-8") << u"Zoë Ünïcødé 日本"_s.toUtf8();
    QTest::newRow("all bytes") << [] {
        QByteArray all;
        for (int byte = 0; byte < 256; ++byte)
            all.append(static_cast<char>(byte));
        return all;
    }();
}

void TstUriencoding::roundTrip()
{
    QFETCH(QByteArray, input);
    QCOMPARE(UriEncoding::decode(UriEncoding::encode(input)), input);
    QCOMPARE(UriEncoding::decode(UriEncoding::encode(input, true)), input);
}

void TstUriencoding::encodePathSegment_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("uuid unchanged") << u"1ab2345c-67de-8901-f23g-45h678901j2k"_s
                                    << QByteArray("1ab2345c-67de-8901-f23g-45h678901j2k");
    QTest::newRow("single dot escaped") << u"."_s << QByteArray("%2E");
    QTest::newRow("double dot escaped") << u".."_s << QByteArray("%2E%2E");
    QTest::newRow("triple dot is no dot-segment") << u"..."_s << QByteArray("...");
    QTest::newRow("a..b unchanged") << u"a..b"_s << QByteArray("a..b");
    QTest::newRow("leading dots unchanged") << u"..a"_s << QByteArray("..a");
    QTest::newRow("dot-dot-slash") << u"../admin"_s << QByteArray("..%2Fadmin");
    QTest::newRow("slash") << u"a/b"_s << QByteArray("a%2Fb");
    QTest::newRow("question mark and hash") << u"a?b#c"_s << QByteArray("a%3Fb%23c");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
    QTest::newRow("email") << u"a+b@example.com"_s << QByteArray("a%2Bb%40example.com");
    QTest::newRow("non-ASCII") << u"Zoë"_s << QByteArray("Zo%C3%AB");
    QTest::newRow("already-encoded text is encoded again") << u"%2E"_s << QByteArray("%252E");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TstUriencoding::encodePathSegment()
{
    QFETCH(QString, label);
    QFETCH(QByteArray, expected);
    const QByteArray segment = UriEncoding::encodePathSegment(label);
    QCOMPARE(segment, expected);
    QVERIFY(!segment.contains('/'));
    QVERIFY(segment != "." && segment != "..");
}

void TstUriencoding::encodeQuery_data()
{
    using Items = QList<QPair<QByteArray, QString>>;
    QTest::addColumn<Items>("items");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no items") << Items() << QByteArray();
    QTest::newRow("one item") << Items { { "max-results", u"10"_s } }
                              << QByteArray("max-results=10");
    QTest::newRow("order kept") << Items { { "user-email", u"x@y.z"_s }, { "max-results", u"5"_s } }
                                << QByteArray("user-email=x%40y.z&max-results=5");
    QTest::newRow("plus and space in value") << Items { { "user-email", u"a+b c@example.com"_s } }
                                             << QByteArray("user-email=a%2Bb%20c%40example.com");
    QTest::newRow("separators in value escaped")
        << Items { { "next-token", u"a&b=c/d?"_s } } << QByteArray("next-token=a%26b%3Dc%2Fd%3F");
    QTest::newRow("empty value keeps =") << Items { { "name", QString() } } << QByteArray("name=");
    QTest::newRow("key encoded too") << Items { { "a b", u"1"_s } } << QByteArray("a%20b=1");
    QTest::newRow("utf-8 value") << Items { { "name", u"Zoë"_s } } << QByteArray("name=Zo%C3%AB");
}

void TstUriencoding::encodeQuery()
{
    using Items = QList<QPair<QByteArray, QString>>;
    QFETCH(Items, items);
    QFETCH(QByteArray, expected);
    QCOMPARE(UriEncoding::encodeQuery(items), expected);
}

QTEST_GUILESS_MAIN(TstUriencoding)
#include "tst_uriencoding.moc"
