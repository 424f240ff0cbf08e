#include "core/awsconfigfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The AWS CLI's shared credentials and config files, as its documentation shows them
// (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html), read the way botocore and
// Python's configparser read them. Keys and secrets here are the documentation's fake ones.

namespace {

// What kind of reason a profile cannot be used, so rows stay readable and do not depend on the
// exact sentence.
QString reasonKind(const QString &reason)
{
    if (reason.contains(u"web identity"_s))
        return u"web-identity"_s;
    if (reason.contains(u"assumes a role"_s))
        return u"role"_s;
    if (reason.contains(u"IAM Identity Center"_s))
        return u"sso"_s;
    if (reason.contains(u"credential_process"_s))
        return u"process"_s;
    if (reason.contains(u"has no access key."_s))
        return u"no-key"_s;
    if (reason.contains(u"no secret access key"_s))
        return u"no-secret"_s;
    if (reason.contains(u"no access key ID"_s))
        return u"no-id"_s;
    if (reason.contains(u"The AWS CLI cannot read"_s))
        return u"unreadable"_s;
    if (reason.contains(u"has indented settings instead of a value"_s))
        return u"block"_s;
    if (reason.contains(u"holds a line break"_s))
        return u"line-break"_s;
    if (reason.contains(u"AWS_SECRET_ACCESS_KEY is not"_s))
        return u"env-no-secret"_s;
    return u"unknown: "_s + reason;
}

// "name id=… secret=… token=… region=… endpoint=… reason=…", leaving out what is empty.
QString describe(const AwsConfigFiles::Profile &profile)
{
    QStringList parts { profile.name };
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts.append(QString(label + u'=' + value));
    };
    add(u"id"_s, profile.credentials.accessKeyId);
    add(u"secret"_s, profile.credentials.secretAccessKey);
    add(u"token"_s, profile.credentials.sessionToken);
    add(u"region"_s, profile.region);
    add(u"endpoint"_s, profile.endpointUrl);
    if (!profile.unusableReason.isEmpty())
        add(u"reason"_s, reasonKind(profile.unusableReason));
    return parts.join(u' ');
}

QStringList describe(const QList<AwsConfigFiles::Profile> &profiles)
{
    QStringList described;
    for (const AwsConfigFiles::Profile &profile : profiles)
        described.append(describe(profile));
    return described;
}

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.first(equals), assignment.sliced(equals + 1));
    }
    return environment;
}

// Every warning matches the pattern at its position, and there are no others.
void compareWarnings(const QStringList &warnings, const QStringList &patterns)
{
    const QByteArray all = warnings.join(u"\n"_s).toUtf8();
    QVERIFY2(warnings.size() == patterns.size(), all.constData());
    for (qsizetype i = 0; i < patterns.size(); ++i)
        QVERIFY2(warnings.at(i).contains(patterns.at(i)), all.constData());
}

// No fake secret of these rows ever shows in a warning or a reason.
void verifyNoSecretIn(const QStringList &messages)
{
    for (const QString &message : messages) {
        QVERIFY2(!message.contains(u"SECRET"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"wJalrXUtnFEMI"_s), qPrintable(message));
    }
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(contents), contents.size());
}

const QByteArray keys = "aws_access_key_id = AKIDEXAMPLE\n"
                        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n";
const QString described = u"id=AKIDEXAMPLE secret=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;

} // namespace

class TstAwsconfigfiles : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tooManyProblemsAreSummarized();
    void secretsStayOutOfMessages();
    void readMissingFiles();
    void readBothFiles();
    void readUnreadableFiles();
    void locations_data();
    void locations();
    void fromEnvironment_data();
    void fromEnvironment();
    void selectedProfileName_data();
    void selectedProfileName();
};

void TstAwsconfigfiles::parse_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings"); // one pattern per warning, in order

    const auto row = [](const char *name, const QByteArray &credentials, const QByteArray &config,
                         const QStringList &expected, const QStringList &warnings = {}) {
        QTest::newRow(name) << credentials << config << expected << warnings;
    };

    // The credentials file: every section is a profile.
    row("credentials: the default profile", "[default]\n" + keys, {},
        { u"default "_s + described });
    row("credentials: comments with # and ;, indented too",
        "# written by aws configure\n; another comment\n[default]\n  # indented comment\n"
        "aws_access_key_id = AKIDEXAMPLE\n;aws_access_key_id = AKIDCOMMENTED\n"
        "   ; aws_secret_access_key = SECRETCOMMENTED\n"
        "aws_secret_access_key = SECRETEXAMPLE\n",
        {}, { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: no spaces around =",
        "[default]\naws_access_key_id=AKIDEXAMPLE\naws_secret_access_key=SECRETEXAMPLE\n", {},
        { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: : as the delimiter",
        "[default]\naws_access_key_id : AKIDEXAMPLE\naws_secret_access_key:SECRETEXAMPLE\n", {},
        { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: tabs and runs of spaces around the delimiter",
        "[default]\n\taws_access_key_id\t=\tAKIDEXAMPLE  \naws_secret_access_key   =   "
        "SECRETEXAMPLE\t\n",
        {}, { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: keys are case-insensitive",
        "[default]\nAWS_ACCESS_KEY_ID = AKIDEXAMPLE\nAws_Secret_Access_Key = SECRETEXAMPLE\n", {},
        { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: the value is all after the first delimiter",
        "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = SECRET=EXAMPLE:x\n",
        {}, { u"default id=AKIDEXAMPLE secret=SECRET=EXAMPLE:x"_s });
    row("credentials: # after a value is part of it (no inline comments)",
        "[default]\n" + keys + "region = us-east-1 # N. Virginia\n", {},
        { u"default "_s + described + u" region=us-east-1 # N. Virginia"_s });
    row("credentials: CRLF line endings",
        "[default]\r\naws_access_key_id = AKIDEXAMPLE\r\naws_secret_access_key = SECRETEXAMPLE\r\n",
        {}, { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: CR line endings",
        "[default]\raws_access_key_id = AKIDEXAMPLE\raws_secret_access_key = SECRETEXAMPLE\r", {},
        { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: blank lines and no final line break",
        "\n\n[default]\n\naws_access_key_id = AKIDEXAMPLE\n   \n\naws_secret_access_key = "
        "SECRETEXAMPLE",
        {}, { u"default id=AKIDEXAMPLE secret=SECRETEXAMPLE"_s });
    row("credentials: session token", "[temp]\n" + keys + "aws_session_token = TOKENEXAMPLE\n", {},
        { u"temp "_s + described + u" token=TOKENEXAMPLE"_s });
    row("credentials: legacy aws_security_token",
        "[temp]\n" + keys + "aws_security_token = TOKENEXAMPLE\n", {},
        { u"temp "_s + described + u" token=TOKENEXAMPLE"_s });
    row("credentials: aws_security_token wins over a different aws_session_token, as in botocore",
        "[temp]\n" + keys + "aws_session_token = TOKENEXAMPLE\naws_security_token = OLDTOKEN\n", {},
        { u"temp "_s + described + u" token=OLDTOKEN"_s },
        { u"Profile \"temp\" has both aws_security_token and aws_session_token"_s });
    row("credentials: an empty aws_security_token still wins",
        "[temp]\n" + keys + "aws_security_token =\naws_session_token = TOKENEXAMPLE\n", {},
        { u"temp "_s + described },
        { u"Profile \"temp\" has both aws_security_token and aws_session_token"_s });
    row("credentials: sorted with default first, then by name",
        "[zeta]\n" + keys + "[Alpha]\n" + keys + "[default]\n" + keys + "[beta]\n" + keys, {},
        { u"default "_s + described, u"Alpha "_s + described, u"beta "_s + described,
            u"zeta "_s + described });
    row("credentials: [profile x] is a profile called \"profile x\"", "[profile admin]\n" + keys,
        {}, { u"profile admin "_s + described },
        { u"Credentials file: section [profile admin] names a profile called \"profile admin\""_s });
    row("credentials: the name is the section's text", "[team.admin@example-1]\n" + keys, {},
        { u"team.admin@example-1 "_s + described });
    row("credentials: not UTF-8",
        "[default]\naws_access_key_id = AKID\xff\naws_secret_access_key = SECRETEXAMPLE\n", {},
        { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (it is not valid UTF-8)"_s,
            u"Credentials file is not valid UTF-8"_s });
    row("credentials: a byte order mark", "\xEF\xBB\xBF[default]\n" + keys, {},
        { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (line 1: the file begins with a byte order mark)"_s,
            u"Credentials file begins with a byte order mark"_s });

    // The config file: [default] and [profile name]; anything else is not a profile.
    row("config: [default]", {}, "[default]\nregion = eu-west-1\noutput = json\n" + keys,
        { u"default "_s + described + u" region=eu-west-1"_s });
    row("config: [profile name]", {}, "[profile admin]\nregion = eu-central-1\n" + keys,
        { u"admin "_s + described + u" region=eu-central-1"_s });
    row("config: [profile default] is the default profile", {},
        "[profile default]\nregion = us-west-2\n" + keys,
        { u"default "_s + described + u" region=us-west-2"_s });
    row("config: a bare [name] is not a profile", {}, "[admin]\nregion = eu-west-1\n" + keys, {},
        { u"Config file: section [admin] is not a profile"_s });
    row("config: quoted profile name", {}, "[profile \"team admin\"]\n" + keys,
        { u"team admin "_s + described });
    row("config: more spaces after the word profile", {}, "[profile    admin]\n" + keys,
        { u"admin "_s + described });
    row("config: two words after profile is no profile", {}, "[profile team admin]\n" + keys, {},
        { u"Config file: section [profile team admin] does not name one profile"_s });
    row("config: an unclosed quote is no profile", {}, "[profile \"admin]\n" + keys, {},
        { u"section [profile \"admin] does not name one profile"_s });
    row("config: sso-session, services and plugins are not profiles", {},
        "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
        "sso_region = us-east-1\n"
        "[services local]\nchime =\n  endpoint_url = http://localhost:8080\n"
        "[plugins]\ncli_legacy_plugin_path = /opt/aws/plugins\n",
        {});
    row("config: nested settings are not keys of the profile", {},
        "[profile admin]\naws_access_key_id = AKIDEXAMPLE\n"
        "s3 =\n    max_concurrent_requests = 20\n    region = ap-south-1\n"
        "    aws_secret_access_key = NESTED\n\n    multipart_threshold = 64MB\n"
        "aws_secret_access_key = SECRETEXAMPLE\nregion = eu-central-1\n",
        { u"admin id=AKIDEXAMPLE secret=SECRETEXAMPLE region=eu-central-1"_s });
    row("config: an indented line continues the value", {},
        "[default]\nregion = us-east-1\n  continued\n" + keys,
        { u"default "_s + described + u" region=us-east-1\ncontinued"_s });
    row("config: nested settings where a value belongs", {},
        "[default]\nregion =\n  eu-west-1\n" + keys, { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Config file (line 3: the indented line under region is not"_s,
            u"Config file, line 3: the indented line under region is not \"key = value\""_s,
            u"Config file: in section [default], region has indented settings instead of a value"_s });
    row("config: a key with indented settings instead of a value", {},
        "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key =\n  a = b\n",
        { u"default id=AKIDEXAMPLE reason=block"_s },
        { u"Config file: in section [default], aws_secret_access_key has indented settings"_s });
    row("credentials: an indented line continues the secret", "[default]\n" + keys + "  more\n", {},
        { u"default id=AKIDEXAMPLE secret=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\nmore reason=line-break"_s });
    row("config: [DEFAULT] applies to every section", {},
        "[DEFAULT]\nregion = eu-west-1\n[profile a]\n" + keys + "[profile b]\nregion = us-west-2\n"
            + keys,
        { u"a "_s + described + u" region=eu-west-1"_s,
            u"b "_s + described + u" region=us-west-2"_s },
        { u"Config file: section [DEFAULT] is not the default profile"_s });
    row("config: endpoint_url", {},
        "[profile local]\nendpoint_url = http://localhost:8080\n" + keys,
        { u"local "_s + described + u" endpoint=http://localhost:8080"_s });

    // Both files: merged by profile name, the credentials file winning.
    row("merge: keys from credentials, region and endpoint from config", "[admin]\n" + keys,
        "[profile admin]\nregion = eu-west-1\nendpoint_url = https://chime.example.com\n",
        { u"admin "_s + described + u" region=eu-west-1 endpoint=https://chime.example.com"_s });
    row("merge: credentials-file keys win over config-file keys", "[default]\n" + keys,
        "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = SECRETCONFIG\n",
        { u"default "_s + described });
    row("merge: credentials-file region wins", "[default]\nregion = us-east-2\n" + keys,
        "[default]\nregion = eu-west-1\n", { u"default "_s + described + u" region=us-east-2"_s });
    row("merge: profiles of either file", "[a]\n" + keys, "[profile b]\n" + keys,
        { u"a "_s + described, u"b "_s + described });
    row("merge: a credentials-file id never pairs with the config file's secret",
        "[default]\naws_access_key_id = AKIDEXAMPLE\n",
        "[default]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = SECRETCONFIG\n",
        { u"default id=AKIDEXAMPLE reason=no-secret"_s });
    row("merge: a bare [name] in config does not join profile name", "[admin]\n" + keys,
        "[admin]\nregion = eu-west-1\n", { u"admin "_s + described },
        { u"Config file: section [admin] is not a profile"_s });
    row("merge: [default] then [profile default] in config, the later wins", {},
        "[default]\nregion = eu-west-1\n" + keys + "[profile default]\nregion = us-west-2\n",
        { u"default region=us-west-2 reason=no-key"_s },
        { u"Config file: sections [default] and [profile default] both define profile \"default\""_s });

    // Duplicates and lines configparser refuses: the AWS CLI reads neither file, and no profile
    // is usable; each says which file, line and problem.
    row("duplicate key",
        "[default]\n" + keys + "aws_secret_access_key = SECRETLATER\n", {},
        { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (line 4: aws_secret_access_key appears a second time in section [default])"_s,
            u"Credentials file, line 4: aws_secret_access_key appears a second time in section [default]"_s });
    row("duplicate section",
        "[default]\n" + keys + "[other]\n" + keys
            + "[default]\naws_secret_access_key = SECRETLATER\n",
        "[profile cfg]\n" + keys, { u"default reason=unreadable"_s, u"cfg reason=unreadable"_s,
            u"other reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (line 7: section [default] appears a second time)"_s,
            u"Credentials file, line 7: section [default] appears a second time"_s,
            u"Credentials file, line 8: aws_secret_access_key appears a second time in section [default]"_s });
    row("settings before the first section",
        "aws_access_key_id = AKIDSTRAY\nregion = x\n[default]\n" + keys, {},
        { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (line 1: a setting comes before the first [section])"_s,
            u"Credentials file, line 1: a setting comes before the first [section]"_s });
    row("a line without a delimiter",
        "[default]\naws_access_key_id = AKIDEXAMPLE\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n",
        {}, { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Credentials file (line 3: the line is not a [section]"_s,
            u"Credentials file, line 3: the line is not a [section], a setting"_s });
    row("a setting without a name", {}, "[default]\n= SECRETEXAMPLE\n" + keys,
        { u"default reason=unreadable"_s },
        { u"The AWS CLI cannot read Config file (line 2: a setting has no name)"_s,
            u"Config file, line 2: a setting has no name"_s });
    row("empty files", {}, {}, {});
    row("only comments", "# nothing yet\n", "; nothing\n", {});

    // Profiles the program cannot use are listed with the reason.
    row("unusable: IAM Identity Center through an sso-session", {},
        "[profile sso-admin]\nsso_session = corp\nsso_account_id = 111122223333\n"
        "sso_role_name = AdministratorAccess\nregion = us-east-1\n"
        "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
        "sso_region = us-east-1\nsso_registration_scopes = sso:account:access\n",
        { u"sso-admin region=us-east-1 reason=sso"_s });
    row("unusable: legacy IAM Identity Center with sso_start_url", {},
        "[profile legacy-sso]\nsso_start_url = https://example.awsapps.com/start\n"
        "sso_region = us-east-1\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n",
        { u"legacy-sso reason=sso"_s });
    row("unusable: sso_session without keys", {}, "[profile login]\nsso_session = corp\n",
        { u"login reason=sso"_s });
    row("unusable: sso_start_url without keys", {},
        "[profile login]\nsso_start_url = https://example.awsapps.com/start\n",
        { u"login reason=sso"_s });
    row("usable: keys next to an sso_session only used to sign in", {},
        "[profile both]\nsso_session = corp\n" + keys, { u"both "_s + described });
    row("unusable: credential_process", {},
        "[profile tool]\ncredential_process = /opt/bin/get-credentials --profile tool\n",
        { u"tool reason=process"_s });
    row("unusable: credential_process wins over config-file keys", {},
        "[profile tool]\ncredential_process = /opt/bin/get-credentials\n" + keys,
        { u"tool "_s + described + u" reason=process"_s });
    row("usable: credentials-file keys win over credential_process", "[tool]\n" + keys,
        "[profile tool]\ncredential_process = /opt/bin/get-credentials\n",
        { u"tool "_s + described });
    row("unusable: role_arn with source_profile", "[default]\n" + keys,
        "[profile admin-role]\nrole_arn = arn:aws:iam::111122223333:role/Admin\n"
        "source_profile = default\nregion = us-east-1\n",
        { u"default "_s + described, u"admin-role region=us-east-1 reason=role"_s });
    row("unusable: role_arn with credential_source", {},
        "[profile ec2-role]\nrole_arn = arn:aws:iam::111122223333:role/Admin\n"
        "credential_source = Ec2InstanceMetadata\n",
        { u"ec2-role reason=role"_s });
    row("unusable: role_arn next to keys",
        "[self]\n" + keys
            + "role_arn = arn:aws:iam::111122223333:role/Admin\nsource_profile = self\n",
        {}, { u"self "_s + described + u" reason=role"_s });
    row("unusable: web_identity_token_file", {},
        "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/Web\n"
        "web_identity_token_file = /var/run/secrets/token\n",
        { u"web reason=web-identity"_s });
    row("unusable: no access key", {}, "[profile empty]\nregion = us-west-2\n",
        { u"empty region=us-west-2 reason=no-key"_s });
    row("unusable: access key id without secret", "[half]\naws_access_key_id = AKIDEXAMPLE\n", {},
        { u"half id=AKIDEXAMPLE reason=no-secret"_s });
    row("unusable: secret without access key id", "[half]\naws_secret_access_key = SECRETEXAMPLE\n",
        {}, { u"half secret=SECRETEXAMPLE reason=no-id"_s });
    row("unusable: empty values are missing ones",
        "[blank]\naws_access_key_id =\naws_secret_access_key = \n", {},
        { u"blank reason=no-key"_s });
}

void TstAwsconfigfiles::parse()
{
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);

    QStringList actualWarnings;
    const QList<AwsConfigFiles::Profile> profiles
        = AwsConfigFiles::parse(credentials, config, &actualWarnings);
    QCOMPARE(describe(profiles), expected);
    compareWarnings(actualWarnings, warnings);

    QStringList messages = actualWarnings;
    for (const AwsConfigFiles::Profile &profile : profiles) {
        if (profile.unusableReason.isEmpty())
            continue;
        QVERIFY2(profile.unusableReason.contains(QString(u'"' + profile.name + u'"')),
            qPrintable(profile.unusableReason));
        messages.append(profile.unusableReason);
    }
    verifyNoSecretIn(messages);
    // Warnings are optional.
    QCOMPARE(describe(AwsConfigFiles::parse(credentials, config, nullptr)), expected);
}

void TstAwsconfigfiles::tooManyProblemsAreSummarized()
{
    QByteArray garbage = "[default]\n";
    for (int i = 0; i < 30; ++i)
        garbage += "SECRETLINE" + QByteArray::number(i) + '\n';
    QStringList warnings;
    AwsConfigFiles::parse(garbage, {}, &warnings);
    QCOMPARE(warnings.size(), 22);
    QVERIFY(warnings.first().startsWith(u"The AWS CLI cannot read Credentials file (line 2: "_s));
    QVERIFY(warnings.at(1).startsWith(u"Credentials file, line 2: "_s));
    QVERIFY(warnings.last().contains(u"more problems were found and not listed"_s));
    verifyNoSecretIn(warnings);
}

void TstAwsconfigfiles::secretsStayOutOfMessages()
{
    // Every kind of warning and reason, in files full of secrets.
    const QByteArray credentials
        = "aws_secret_access_key = SECRETBEFORESECTION\n"
          "[DEFAULT]\naws_secret_access_key = SECRETDEFAULT\n"
          "[default]\naws_secret_access_key = SECRETONE\naws_secret_access_key = SECRETTWO\n"
          "SECRETWITHOUTKEY\n= SECRETWITHOUTNAME\n"
          "[profile x]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key =\n  SECRETNESTED\n"
          "[default]\naws_session_token = SECRETTOKENONE\naws_security_token = SECRETTOKENTWO\n"
          "aws_access_key_id = AKIDEXAMPLE\n";
    const QByteArray config
        = "[profile role]\nrole_arn = arn:aws:iam::111122223333:role/Admin\n"
          "aws_secret_access_key = SECRETROLE\n"
          "[bare]\naws_secret_access_key = SECRETBARE\n"
          "[profile sso]\nsso_account_id = 1\naws_secret_access_key = SECRETSSO\n"
          "[profile \xff]\naws_secret_access_key = SECRETBADNAME\n";
    QStringList messages;
    const QList<AwsConfigFiles::Profile> profiles
        = AwsConfigFiles::parse(credentials, config, &messages);
    QVERIFY(messages.size() >= 10);
    for (const AwsConfigFiles::Profile &profile : profiles)
        messages.append(profile.unusableReason);
    verifyNoSecretIn(messages);
}

void TstAwsconfigfiles::readMissingFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QStringList warnings;
    const QList<AwsConfigFiles::Profile> profiles = AwsConfigFiles::read(
        { directory.filePath(u"credentials"_s), directory.filePath(u"config"_s) }, &warnings);
    QVERIFY(profiles.isEmpty());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

    // One of the two is enough.
    writeFile(directory.filePath(u"config"_s), "[profile admin]\nregion = eu-west-1\n" + keys);
    const QList<AwsConfigFiles::Profile> fromConfig = AwsConfigFiles::read(
        { directory.filePath(u"credentials"_s), directory.filePath(u"config"_s) }, &warnings);
    QCOMPARE(
        describe(fromConfig), QStringList { u"admin "_s + described + u" region=eu-west-1"_s });
    QVERIFY(warnings.isEmpty());

    // No paths at all.
    QVERIFY(AwsConfigFiles::read({}, &warnings).isEmpty());
    QVERIFY(warnings.isEmpty());
}

void TstAwsconfigfiles::readBothFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString credentialsPath = directory.filePath(u"credentials"_s);
    const QString configPath = directory.filePath(u"config"_s);
    writeFile(credentialsPath, "[default]\r\n" + keys + "[admin]\n" + keys);
    writeFile(configPath,
        "[default]\nregion = us-east-1\n[profile admin]\nregion = eu-west-1\n[stray]\n");
    QStringList warnings;
    const QList<AwsConfigFiles::Profile> profiles
        = AwsConfigFiles::read({ credentialsPath, configPath }, &warnings);
    QCOMPARE(describe(profiles),
        (QStringList { u"default "_s + described + u" region=us-east-1"_s,
            u"admin "_s + described + u" region=eu-west-1"_s }));
    // Warnings name the file by its path.
    compareWarnings(warnings,
        { QDir::toNativeSeparators(configPath) + u": section [stray] is not a profile"_s });
}

void TstAwsconfigfiles::readUnreadableFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString credentialsPath = directory.filePath(u"credentials"_s);
    const QString configPath = directory.filePath(u"config"_s);
    // A folder where the credentials file should be.
    QVERIFY(QDir(directory.path()).mkdir(u"credentials"_s));
    writeFile(configPath, "[profile admin]\n" + keys);
    QStringList warnings;
    QList<AwsConfigFiles::Profile> profiles
        = AwsConfigFiles::read({ credentialsPath, configPath }, &warnings);
    QCOMPARE(describe(profiles), QStringList { u"admin "_s + described });
    compareWarnings(warnings, { QDir::toNativeSeparators(credentialsPath) + u" is not a file"_s });

    // A file without read permission (root reads it anyway).
    QVERIFY(QFile::setPermissions(configPath, QFileDevice::WriteOwner));
    QFile probe(configPath);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("This user can read files without read permission");
    warnings.clear();
    profiles = AwsConfigFiles::read({ credentialsPath, configPath }, &warnings);
    QVERIFY(profiles.isEmpty());
    compareWarnings(warnings,
        { QDir::toNativeSeparators(credentialsPath) + u" is not a file"_s,
            u"Cannot read "_s + QDir::toNativeSeparators(configPath) });
}

void TstAwsconfigfiles::locations_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("credentialsFile");
    QTest::addColumn<QString>("configFile");

    QTest::newRow("home folder") << QStringList { u"HOME=/home/admin"_s }
                                 << u"/home/admin/.aws/credentials"_s
                                 << u"/home/admin/.aws/config"_s;
    QTest::newRow("home folder with a trailing slash")
        << QStringList { u"HOME=/home/admin/"_s } << u"/home/admin/.aws/credentials"_s
        << u"/home/admin/.aws/config"_s;
    QTest::newRow("both variables") << QStringList { u"HOME=/home/admin"_s,
        u"AWS_SHARED_CREDENTIALS_FILE=/etc/aws/creds"_s, u"AWS_CONFIG_FILE=/etc/aws/conf"_s }
                                    << u"/etc/aws/creds"_s << u"/etc/aws/conf"_s;
    QTest::newRow("only AWS_CONFIG_FILE")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_CONFIG_FILE=/srv/aws-config"_s }
        << u"/home/admin/.aws/credentials"_s << u"/srv/aws-config"_s;
    QTest::newRow("only AWS_SHARED_CREDENTIALS_FILE")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_SHARED_CREDENTIALS_FILE=/srv/creds"_s }
        << u"/srv/creds"_s << u"/home/admin/.aws/config"_s;
    QTest::newRow("~ in a variable")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_CONFIG_FILE=~/work/aws-config"_s }
        << u"/home/admin/.aws/credentials"_s << u"/home/admin/work/aws-config"_s;
    QTest::newRow("~user stays as written")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_CONFIG_FILE=~other/config"_s }
        << u"/home/admin/.aws/credentials"_s << u"~other/config"_s;
    QTest::newRow("$NAME and ${NAME} in a variable") << QStringList { u"HOME=/home/admin"_s,
        u"TEAM=red"_s, u"AWS_SHARED_CREDENTIALS_FILE=/teams/$TEAM/creds"_s,
        u"AWS_CONFIG_FILE=/teams/${TEAM}x/config"_s } << u"/teams/red/creds"_s
                                                     << u"/teams/redx/config"_s;
    QTest::newRow("an unset $NAME stays as written")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_CONFIG_FILE=/x/$NOPE/${NOPE}/$/config"_s }
        << u"/home/admin/.aws/credentials"_s << u"/x/$NOPE/${NOPE}/$/config"_s;
    QTest::newRow("an empty variable means the usual place")
        << QStringList { u"HOME=/home/admin"_s, u"AWS_CONFIG_FILE="_s }
        << u"/home/admin/.aws/credentials"_s << u"/home/admin/.aws/config"_s;
}

void TstAwsconfigfiles::locations()
{
#ifdef Q_OS_WIN
    QSKIP("The rows use HOME; Windows uses USERPROFILE");
#endif
    QFETCH(QStringList, environment);
    QFETCH(QString, credentialsFile);
    QFETCH(QString, configFile);
    const AwsConfigFiles::Locations locations
        = AwsConfigFiles::locations(environmentOf(environment));
    QCOMPARE(locations.credentialsFile, credentialsFile);
    QCOMPARE(locations.configFile, configFile);
}

void TstAwsconfigfiles::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected"); // empty: no profile

    const QString name = u"Environment variables"_s;
    const QStringList pair { u"AWS_ACCESS_KEY_ID=AKIDEXAMPLE"_s,
        u"AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s };
    QTest::newRow("nothing set") << QStringList { u"HOME=/home/admin"_s } << QString();
    QTest::newRow("key pair") << pair << QString(name + u' ' + described);
    QTest::newRow("session token") << pair + QStringList { u"AWS_SESSION_TOKEN=TOKENEXAMPLE"_s }
                                   << QString(name + u' ' + described + u" token=TOKENEXAMPLE"_s);
    QTest::newRow("AWS_SECURITY_TOKEN before AWS_SESSION_TOKEN, as in botocore")
        << pair + QStringList { u"AWS_SESSION_TOKEN=NEWTOKEN"_s, u"AWS_SECURITY_TOKEN=OLDTOKEN"_s }
        << QString(name + u' ' + described + u" token=OLDTOKEN"_s);
    QTest::newRow("an empty AWS_SECURITY_TOKEN is passed over")
        << pair + QStringList { u"AWS_SESSION_TOKEN=NEWTOKEN"_s, u"AWS_SECURITY_TOKEN="_s }
        << QString(name + u' ' + described + u" token=NEWTOKEN"_s);
    QTest::newRow("legacy AWS_SECURITY_TOKEN")
        << pair + QStringList { u"AWS_SECURITY_TOKEN=TOKENEXAMPLE"_s }
        << QString(name + u' ' + described + u" token=TOKENEXAMPLE"_s);
    QTest::newRow("AWS_REGION wins over AWS_DEFAULT_REGION")
        << pair + QStringList { u"AWS_DEFAULT_REGION=eu-west-1"_s, u"AWS_REGION=us-west-2"_s }
        << QString(name + u' ' + described + u" region=us-west-2"_s);
    QTest::newRow("AWS_DEFAULT_REGION alone")
        << pair + QStringList { u"AWS_DEFAULT_REGION=eu-west-1"_s }
        << QString(name + u' ' + described + u" region=eu-west-1"_s);
    QTest::newRow("AWS_ENDPOINT_URL")
        << pair + QStringList { u"AWS_ENDPOINT_URL=http://localhost:8080"_s }
        << QString(name + u' ' + described + u" endpoint=http://localhost:8080"_s);
    QTest::newRow("id without secret")
        << QStringList { u"AWS_ACCESS_KEY_ID=AKIDEXAMPLE"_s, u"AWS_REGION=us-east-1"_s }
        << QString(name + u" id=AKIDEXAMPLE region=us-east-1 reason=env-no-secret"_s);
    QTest::newRow("secret without id is nothing")
        << QStringList { u"AWS_SECRET_ACCESS_KEY=SECRETEXAMPLE"_s } << QString();
    QTest::newRow("an empty id is nothing")
        << QStringList { u"AWS_ACCESS_KEY_ID="_s, u"AWS_SECRET_ACCESS_KEY=SECRETEXAMPLE"_s }
        << QString();
}

void TstAwsconfigfiles::fromEnvironment()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    const std::optional<AwsConfigFiles::Profile> profile
        = AwsConfigFiles::fromEnvironment(environmentOf(environment));
    QCOMPARE(profile.has_value(), !expected.isEmpty());
    if (profile) {
        QCOMPARE(describe(*profile), expected);
        // The reason names the variables, never their values.
        QVERIFY(!profile->unusableReason.contains(u"AKIDEXAMPLE"_s));
        QVERIFY(!profile->unusableReason.contains(u"wJalrXUtnFEMI"_s));
    }
}

void TstAwsconfigfiles::selectedProfileName_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("neither set") << QStringList { u"HOME=/home/admin"_s } << QString();
    QTest::newRow("AWS_PROFILE") << QStringList { u"AWS_PROFILE=admin"_s } << u"admin"_s;
    QTest::newRow("AWS_DEFAULT_PROFILE")
        << QStringList { u"AWS_DEFAULT_PROFILE=legacy"_s } << u"legacy"_s;
    QTest::newRow("AWS_PROFILE wins over AWS_DEFAULT_PROFILE")
        << QStringList { u"AWS_DEFAULT_PROFILE=legacy"_s, u"AWS_PROFILE=admin"_s } << u"admin"_s;
    QTest::newRow("an empty AWS_PROFILE still decides")
        << QStringList { u"AWS_DEFAULT_PROFILE=legacy"_s, u"AWS_PROFILE="_s } << QString();
}

void TstAwsconfigfiles::selectedProfileName()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QCOMPARE(AwsConfigFiles::selectedProfileName(environmentOf(environment)), expected);
}

QTEST_GUILESS_MAIN(TstAwsconfigfiles)
#include "tst_awsconfigfiles.moc"
