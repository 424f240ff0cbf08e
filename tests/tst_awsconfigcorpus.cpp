#include "core/awsconfigfiles.h"
#include "core/credentialcheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString corpusFolder()
{
    return QStringLiteral(CHIMEADMIN_TEST_DATA_DIR "/awsconfig");
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject expectations()
{
    return QJsonDocument::fromJson(contentsOf(corpusFolder() + u"/expected.json"_s)).object();
}

// botocore hands over static keys for these, and only these.
bool isStaticMethod(const QString &method)
{
    return method == u"shared-credentials-file"_s || method == u"config-file"_s;
}

// Keys botocore would send but no service takes: an empty id or secret (botocore does not check),
// or a value with a line break. The program says the profile cannot be used instead.
bool keysAreSendable(const QJsonObject &answer)
{
    const QString id = answer.value(u"access_key_id"_s).toString();
    const QString secret = answer.value(u"secret_access_key"_s).toString();
    const QString token = answer.value(u"session_token"_s).toString();
    return !id.isEmpty() && !secret.isEmpty() && !CredentialCheck::hasControlCharacter(id)
        && !CredentialCheck::hasControlCharacter(secret)
        && !CredentialCheck::hasControlCharacter(token);
}

} // namespace

// Every file of tests/data/awsconfig read by this program's reader, held to what botocore itself
// made of it (tests/data/awsconfig/expected.json, written by scripts/awsconfig-corpus): the same
// profiles, keys, token, region and endpoint, no profile usable where botocore has none, and none
// at all where botocore cannot read a file.
class TstAwsconfigcorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesBotocore_data();
    void matchesBotocore();
};

void TstAwsconfigcorpus::initTestCase()
{
    QVERIFY2(!expectations().value(u"cases"_s).toObject().isEmpty(),
             qPrintable(u"no cases in "_s + corpusFolder()));
}

void TstAwsconfigcorpus::matchesBotocore_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject cases = expectations().value(u"cases"_s).toObject();
    for (auto it = cases.constBegin(); it != cases.constEnd(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    // Every folder has an answer: a case added without running the script is not left out.
    const QStringList folders = QDir(corpusFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders, cases.keys());
}

void TstAwsconfigcorpus::matchesBotocore()
{
    QFETCH(QString, folder);
    QFETCH(QJsonObject, expected);
    const QString base = corpusFolder() + u'/' + folder;
    QStringList warnings;
    const QList<AwsConfigFiles::Profile> profiles = AwsConfigFiles::parse(
        contentsOf(base + u"/credentials"_s), contentsOf(base + u"/config"_s), &warnings);

    if (expected.contains(u"unreadable"_s)) {
        const QJsonObject unreadable = expected.value(u"unreadable"_s).toObject();
        const QString label = unreadable.value(u"file"_s).toString() == u"credentials"_s
            ? AwsConfigFiles::tr("Credentials file")
            : AwsConfigFiles::tr("Config file");
        QVERIFY2(!warnings.isEmpty(), "nothing says why the file is refused");
        const QString said = warnings.first();
        QVERIFY2(said.contains(label), qPrintable(said));
        if (const int line = unreadable.value(u"line"_s).toInt(); line > 0)
            QVERIFY2(said.contains(u"line %1:"_s.arg(line)), qPrintable(said));
        for (const AwsConfigFiles::Profile &profile : profiles) {
            QVERIFY2(profile.unusableReason.endsWith(said), qPrintable(profile.unusableReason));
            QVERIFY(profile.credentials.accessKeyId.isEmpty());
            QVERIFY(profile.credentials.secretAccessKey.isEmpty());
        }
        return;
    }

    const QJsonObject answers = expected.value(u"profiles"_s).toObject();
    QStringList names;
    for (const AwsConfigFiles::Profile &profile : profiles)
        names.append(profile.name);
    names.sort();
    QStringList expectedNames = answers.keys();
    expectedNames.sort();
    QCOMPARE(names, expectedNames);
    for (const AwsConfigFiles::Profile &profile : profiles) {
        const QJsonObject answer = answers.value(profile.name).toObject();
        const QByteArray context = u"profile \"%1\": %2"_s
                                       .arg(profile.name, profile.unusableReason)
                                       .toUtf8();
        QVERIFY2(profile.region == answer.value(u"region"_s).toString(), context.constData());
        QVERIFY2(profile.endpointUrl == answer.value(u"endpoint_url"_s).toString(), context.constData());
        const bool botocoreHasKeys = isStaticMethod(answer.value(u"method"_s).toString());
        if (!botocoreHasKeys || !keysAreSendable(answer)) {
            QVERIFY2(!profile.unusableReason.isEmpty(), context.constData());
            continue;
        }
        QVERIFY2(profile.unusableReason.isEmpty(), context.constData());
        QCOMPARE(profile.credentials.accessKeyId, answer.value(u"access_key_id"_s).toString());
        QCOMPARE(profile.credentials.secretAccessKey, answer.value(u"secret_access_key"_s).toString());
        QCOMPARE(profile.credentials.sessionToken, answer.value(u"session_token"_s).toString());
    }
}

QTEST_GUILESS_MAIN(TstAwsconfigcorpus)
#include "tst_awsconfigcorpus.moc"
