#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            current = { context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {} };
        } else if (xml.name() == "source"_L1) {
            current.source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            current.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            if (!current.numerus) {
                current.translations = { xml.readElementText() };
                messages.append(current);
            }
        } else if (xml.name() == "numerusform"_L1) {
            current.translations.append(xml.readElementText());
            if (current.translations.size() == 2)
                messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

const QString translationsDir = QStringLiteral(CHIMEADMIN_TRANSLATIONS_DIR);

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void englishHasEveryPluralForm();
    void builtTranslationIsLoaded_data();
    void builtTranslationIsLoaded();
};

void TstTranslations::germanIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(translationsDir + u"/chimeadmin_de.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 200);
    for (const Message &message : messages) {
        const QByteArray where = (message.context + u": "_s + message.source).toUtf8();
        QVERIFY2(!message.unfinished, where.constData());
        QCOMPARE(message.translations.size(), message.numerus ? 2 : 1);
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), where.constData());
            QVERIFY2(placeholders(translation) == placeholders(message.source), where.constData());
        }
    }
}

void TstTranslations::englishHasEveryPluralForm()
{
    QString error;
    const QList<Message> messages = readTs(translationsDir + u"/chimeadmin_en.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int plurals = 0;
    for (const Message &message : messages) {
        if (!message.numerus)
            continue;
        ++plurals;
        QVERIFY2(!message.unfinished, qPrintable(message.source));
        QCOMPARE(message.translations.size(), 2);
        QVERIFY(!message.translations.at(0).contains(u"(s)"_s));
        QVERIFY(!message.translations.at(1).contains(u"(s)"_s));
    }
    QVERIFY(plurals > 0);
}

void TstTranslations::builtTranslationIsLoaded_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("German") << u"de_DE"_s << u"5 Benutzer geladen"_s;
    QTest::newRow("English") << u"en_GB"_s << u"5 users loaded"_s;
    QTest::newRow("other language falls back to English") << u"fr_FR"_s << u"5 users loaded"_s;
}

void TstTranslations::builtTranslationIsLoaded()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    Translations::install(*QCoreApplication::instance(), QLocale(locale));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln user(s) loaded", nullptr, 5), text);
    // Leave no translator behind for the next row.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
