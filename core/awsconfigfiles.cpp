#include "core/awsconfigfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

// How the AWS CLI reads these files, and so how this reader does:
//  - botocore's raw_config_parse() hands each file to Python's configparser.RawConfigParser with
//    its defaults: sections are "[name]" (anything up to the last ']' of the line); "key = value"
//    or "key: value", split at the first '=' or ':'; keys lower-cased; values stripped; whole-line
//    comments start with '#' or ';' (no inline comments: "region = x # y" has the value "x # y");
//    a line indented deeper than its key continues the key's value (blank lines inside stay);
//    "[DEFAULT]" is special: its settings apply to every other section of the file.
//  - A value that starts with a line break ("s3 =" followed by indented lines) is a nested
//    sub-section; its content is never a key of the profile.
//  - In the config file, profiles are "[default]" or "[profile NAME]" (NAME split with shlex, so
//    it may be quoted); other sections ("[sso-session x]", "[services x]", "[plugins]", a bare
//    "[x]") are not profiles. In the credentials file every section is a profile of that name.
//  - The two files merge per profile, credentials-file settings winning (Session.full_config).
//  - Credentials come from the first provider of botocore's chain that applies to the profile:
//    web identity, assume role, IAM Identity Center (SSO), the credentials file's keys,
//    credential_process, then the config file's keys. Each file's keys are taken from that file
//    alone: an access key id in the credentials file never pairs with a secret in the config file.
//  - Where configparser refuses a file (a duplicate section or key, a line it cannot parse, a
//    setting before the first section, a byte order mark, text that is not UTF-8) or botocore
//    does (an indented block that is not "key = value" lines), the AWS CLI uses no profile at
//    all. So does this reader: it lists the profiles it can make out, each unusable with the
//    file, line and problem as its reason.
// tests/data/awsconfig holds files of every such kind and what botocore makes of them, written
// by scripts/awsconfig-corpus; tst_awsconfigcorpus holds this reader to the same.

using namespace Qt::StringLiterals;

namespace {

// Larger than any real credentials or config file.
constexpr qint64 maximumFileSize = 16 * 1024 * 1024;
// Warnings listed per file; a file of garbage should not bury the rest.
constexpr int maximumWarningsPerFile = 20;

const QString accessKeyIdKey = u"aws_access_key_id"_s;
const QString secretAccessKeyKey = u"aws_secret_access_key"_s;
const QString sessionTokenKey = u"aws_session_token"_s;
const QString securityTokenKey = u"aws_security_token"_s;
const QString defaultProfile = u"default"_s;

// Where warnings of one file go, named by its path (read()) or by its kind (parse()).
class Context
{
public:
    Context(QString label, QStringList *warnings)
        : m_label(std::move(label))
        , m_warnings(warnings)
    { }

    const QString &label() const { return m_label; }

    void warn(const QString &text)
    {
        ++m_count;
        if (m_warnings && m_count <= maximumWarningsPerFile)
            m_warnings->append(text);
    }

    void finish()
    {
        if (m_warnings && m_count > maximumWarningsPerFile) {
            m_warnings->append(AwsConfigFiles::tr("%1: more problems were found and not listed; "
                                                  "the first %2 are above.")
                                   .arg(m_label, QString::number(maximumWarningsPerFile)));
        }
        m_count = 0;
    }

private:
    QString m_label;
    QStringList *m_warnings;
    int m_count = 0;
};

// Python's str.isspace(), which configparser's strip() and its \s follow: Qt's notion of space
// plus the information separators U+001C..U+001F.
bool isPySpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1c && c.unicode() <= 0x1f);
}

QStringView pyRStrip(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && isPySpace(text.at(end - 1)))
        --end;
    return text.first(end);
}

QStringView pyStrip(QStringView text)
{
    text = pyRStrip(text);
    qsizetype begin = 0;
    while (begin < text.size() && isPySpace(text.at(begin)))
        ++begin;
    return text.sliced(begin);
}

// Lines as Python's universal newlines split them: at "\r\n", "\r" or "\n".
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

// Python's shlex.split() (POSIX mode, no comments), which botocore applies to the name of a
// config-file section; nothing where Python raises ValueError (an unclosed quote, a trailing
// backslash).
std::optional<QStringList> shlexSplit(QStringView text)
{
    const auto isWhitespace
        = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n'; };
    QStringList words;
    QString word;
    bool inWord = false; // also true for an empty quoted word such as ""
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isWhitespace(c)) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
            ++i;
            continue;
        }
        inWord = true;
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return std::nullopt;
            word += text.at(i + 1);
            i += 2;
        } else if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0)
                return std::nullopt;
            word += text.sliced(i + 1, close - i - 1);
            i = close + 1;
        } else if (c == u'"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt;
                const QChar q = text.at(i);
                if (q == u'"') {
                    ++i;
                    break;
                }
                if (q == u'\\') {
                    if (i + 1 >= text.size())
                        return std::nullopt;
                    // Within double quotes a backslash escapes only '"' and itself.
                    const QChar next = text.at(i + 1);
                    if (next != u'\\' && next != u'"')
                        word += q;
                    word += next;
                    i += 2;
                } else {
                    word += q;
                    ++i;
                }
            }
        } else {
            word += c;
            ++i;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

using Options = QHash<QString, QStringList>; // key → value lines, as configparser collects them

struct Section
{
    QString header;
    Options options;
};

// Why the AWS CLI cannot read a file at all: botocore turns any error of configparser, and an
// indented block that is not "key = value" lines, into ConfigParseError, and the AWS CLI then
// uses no profile of either file.
struct ParseFailure
{
    qsizetype line = 0; // 0: the problem has no line (the bytes are not UTF-8)
    QString problem; // a tr() phrase, without the file's name and line
};

struct IniFile
{
    QList<Section> sections; // in order of first appearance, without [DEFAULT]
    Options defaults; // [DEFAULT]
    std::optional<ParseFailure> failure;
};

QString decode(const QByteArray &bytes, Context &context, std::optional<ParseFailure> *failure)
{
    // No byte order mark is skipped: configparser reads it as a character of the first line,
    // which then is no [section] (and the AWS CLI refuses the file).
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *failure = ParseFailure { 0, AwsConfigFiles::tr("it is not valid UTF-8") };
        context.warn(AwsConfigFiles::tr("%1 is not valid UTF-8; characters that could not be "
                                        "decoded were replaced.")
                         .arg(context.label()));
    }
    return text;
}

// configparser's RawConfigParser._read(), followed by botocore's reading of indented blocks.
// Where either would refuse the file, `failure` says why (as configparser does: the first error
// that stops it at once, else the first line it could not parse); reading goes on regardless,
// later settings winning, so the profiles can be listed and said to be unusable.
class IniParser
{
public:
    explicit IniParser(Context &context)
        : m_context(context)
    { }

    IniFile parse(const QString &text)
    {
        const QList<QStringView> lines = splitLines(text);
        for (qsizetype index = 0; index < lines.size(); ++index)
            parseLine(lines.at(index), index + 1);
        if (m_sawDefaultSection) {
            m_context.warn(AwsConfigFiles::tr("%1: section [DEFAULT] is not the default profile; "
                                              "its settings apply to every section of the file. "
                                              "The default profile is [default].")
                               .arg(m_context.label()));
        }
        // botocore reads the blocks of the sections; [DEFAULT]'s only through them.
        if (m_file.sections.isEmpty())
            m_blockFailures.remove(defaultSection);
        if (!m_stopFailure && !m_parseFailure && !m_blockFailures.isEmpty())
            m_stopFailure = std::min_element(m_blockFailures.cbegin(), m_blockFailures.cend(),
                                             [](const ParseFailure &a, const ParseFailure &b) {
                                                 return a.line < b.line;
                                             }).value();
        m_file.failure = m_stopFailure ? m_stopFailure : m_parseFailure;
        return std::move(m_file);
    }

private:
    static constexpr qsizetype noSection = -1;
    static constexpr qsizetype defaultSection = -2;

    Options &currentOptions()
    {
        return m_current == defaultSection ? m_file.defaults : m_file.sections[m_current].options;
    }

    void stopAt(qsizetype line, const QString &problem, const QString &warning)
    {
        if (!m_stopFailure)
            m_stopFailure = ParseFailure { line, problem };
        m_context.warn(warning);
    }

    void parseLine(QStringView line, qsizetype lineNumber)
    {
        if (lineNumber == 1 && line.startsWith(QChar::ByteOrderMark)) {
            // configparser reads the mark as a character of the line (which is then neither
            // a [section] nor a comment); reading on past it still lists the profiles.
            stopAt(lineNumber, AwsConfigFiles::tr("the file begins with a byte order mark"),
                   AwsConfigFiles::tr("%1 begins with a byte order mark (saved as \"UTF-8 with "
                                      "BOM\"), which the AWS CLI cannot read; save it as plain "
                                      "UTF-8.")
                       .arg(m_context.label()));
            line = line.sliced(1);
        }
        const QStringView clean = pyStrip(line);
        const bool comment = clean.startsWith(u'#') || clean.startsWith(u';');
        if (clean.isEmpty() || comment) {
            // A blank line inside a multi-line value is kept in it (and stripped off its end
            // later); a comment line is not.
            if (!comment && m_current != noSection && !m_optionName.isEmpty())
                currentOptions()[m_optionName].append(QString());
            return;
        }
        qsizetype indent = 0;
        while (isPySpace(line.at(indent)))
            ++indent;
        if (m_current != noSection && !m_optionName.isEmpty() && indent > m_indentLevel) {
            continueValue(clean, lineNumber);
            return;
        }
        m_indentLevel = indent;
        // "[" header "]": greedy up to the last ']', at least one character in between.
        const qsizetype close = clean.lastIndexOf(u']');
        if (clean.startsWith(u'[') && close >= 2)
            startSection(clean.sliced(1, close - 1).toString(), lineNumber);
        else if (m_current == noSection)
            settingOutsideSection(lineNumber);
        else
            setting(clean, lineNumber);
    }

    void continueValue(QStringView clean, qsizetype lineNumber)
    {
        QStringList &value = currentOptions()[m_optionName];
        // A value that starts on the next line is a block of "key = value" lines to botocore.
        if (value.first().isEmpty() && !clean.contains(u'=') && !m_blockFailures.contains(m_current)) {
            m_blockFailures.insert(m_current,
                                   { lineNumber, AwsConfigFiles::tr("the indented line under %1 is "
                                                                    "not \"key = value\"")
                                                     .arg(m_optionName) });
            m_context.warn(AwsConfigFiles::tr("%1, line %2: the indented line under %3 is not "
                                              "\"key = value\".")
                               .arg(m_context.label(), QString::number(lineNumber), m_optionName));
        }
        value.append(clean.toString());
    }

    void startSection(const QString &header, qsizetype lineNumber)
    {
        m_currentHeader = header;
        m_optionName.clear();
        if (header == "DEFAULT"_L1) {
            m_current = defaultSection;
            m_sawDefaultSection = true;
            return;
        }
        const auto found = m_sectionIndex.constFind(header);
        if (found != m_sectionIndex.constEnd()) {
            stopAt(lineNumber, AwsConfigFiles::tr("section [%1] appears a second time").arg(header),
                   AwsConfigFiles::tr("%1, line %2: section [%3] appears a second time.")
                       .arg(m_context.label(), QString::number(lineNumber), header));
            m_current = *found;
            return;
        }
        m_current = m_file.sections.size();
        m_sectionIndex.insert(header, m_current);
        m_file.sections.append({ header, {} });
    }

    void settingOutsideSection(qsizetype lineNumber)
    {
        if (!m_warnedOutside) {
            stopAt(lineNumber, AwsConfigFiles::tr("a setting comes before the first [section]"),
                   AwsConfigFiles::tr("%1, line %2: a setting comes before the first [section].")
                       .arg(m_context.label(), QString::number(lineNumber)));
        }
        m_warnedOutside = true;
    }

    void parseProblem(qsizetype lineNumber, const QString &problem, const QString &warning)
    {
        if (!m_parseFailure)
            m_parseFailure = ParseFailure { lineNumber, problem };
        m_context.warn(warning);
    }

    void setting(QStringView clean, qsizetype lineNumber)
    {
        qsizetype delimiter = -1;
        for (qsizetype i = 0; i < clean.size() && delimiter < 0; ++i) {
            if (clean.at(i) == u'=' || clean.at(i) == u':')
                delimiter = i;
        }
        const QString line = QString::number(lineNumber);
        if (delimiter < 0) {
            // configparser keeps the option it was continuing; so does this.
            parseProblem(lineNumber,
                         AwsConfigFiles::tr("the line is not a [section], a setting (key = value) "
                                            "or a comment"),
                         AwsConfigFiles::tr("%1, line %2: the line is not a [section], a setting "
                                            "(key = value) or a comment.")
                             .arg(m_context.label(), line));
            return;
        }
        const QString key = pyRStrip(clean.first(delimiter)).toString().toLower();
        if (key.isEmpty()) {
            parseProblem(lineNumber, AwsConfigFiles::tr("a setting has no name"),
                         AwsConfigFiles::tr("%1, line %2: a setting has no name.")
                             .arg(m_context.label(), line));
            m_optionName.clear();
            return;
        }
        QSet<QString> &seen = m_keysSeen[m_currentHeader];
        if (seen.contains(key)) {
            stopAt(lineNumber,
                   AwsConfigFiles::tr("%1 appears a second time in section [%2]")
                       .arg(key, m_currentHeader),
                   AwsConfigFiles::tr("%1, line %2: %3 appears a second time in section [%4].")
                       .arg(m_context.label(), line, key, m_currentHeader));
        }
        seen.insert(key);
        currentOptions()[key] = QStringList { pyStrip(clean.sliced(delimiter + 1)).toString() };
        m_optionName = key;
    }

    Context &m_context;
    IniFile m_file;
    QHash<QString, qsizetype> m_sectionIndex;
    QHash<QString, QSet<QString>> m_keysSeen; // per section name
    qsizetype m_current = noSection;
    QString m_currentHeader;
    QString m_optionName; // continuation lines belong to it; empty for none
    qsizetype m_indentLevel = 0;
    bool m_warnedOutside = false;
    bool m_sawDefaultSection = false;
    std::optional<ParseFailure> m_stopFailure; // configparser raises at once
    std::optional<ParseFailure> m_parseFailure; // configparser raises at the end of the file
    QHash<qsizetype, ParseFailure> m_blockFailures; // per section, found after configparser
};

// One file's view of one profile: its section's settings, then the file's [DEFAULT] ones.
struct FileProfile
{
    QString section;
    const Options *options = nullptr;
    const Options *defaults = nullptr;

    bool contains(const QString &key) const
    {
        return options->contains(key) || defaults->contains(key);
    }

    // The value as configparser joins its lines; nothing when the key is absent.
    std::optional<QString> value(const QString &key) const
    {
        auto found = options->constFind(key);
        if (found == options->constEnd()) {
            found = defaults->constFind(key);
            if (found == defaults->constEnd())
                return std::nullopt;
        }
        return pyRStrip(found->join(u'\n')).toString();
    }
};

using FileProfiles = QHash<QString, FileProfile>;

FileProfiles credentialsProfiles(const IniFile &file, Context &context)
{
    FileProfiles profiles;
    for (const Section &section : file.sections) {
        const std::optional<QStringList> words = shlexSplit(section.header);
        if (words && words->size() == 2 && words->at(0) == "profile"_L1) {
            context.warn(AwsConfigFiles::tr("%1: section [%2] names a profile called \"%2\"; the "
                                            "credentials file names profiles without the word "
                                            "profile, as in [%3].")
                             .arg(context.label(), section.header, words->at(1)));
        }
        profiles.insert(section.header, { section.header, &section.options, &file.defaults });
    }
    return profiles;
}

// botocore's build_profile_map().
FileProfiles configProfiles(const IniFile &file, Context &context)
{
    FileProfiles profiles;
    for (const Section &section : file.sections) {
        const QString &header = section.header;
        QString name;
        if (header.startsWith("profile"_L1)) {
            const std::optional<QStringList> words = shlexSplit(header);
            if (!words || words->size() != 2 || words->at(1).isEmpty()) {
                context.warn(AwsConfigFiles::tr("%1: section [%2] does not name one profile "
                                                "(write [profile name], with quotes around a name "
                                                "that has spaces); it was ignored.")
                                 .arg(context.label(), header));
                continue;
            }
            name = words->at(1);
        } else if (header.startsWith("sso-session"_L1) || header.startsWith("services"_L1)) {
            continue;
        } else if (header == defaultProfile) {
            name = header;
        } else {
            if (header != "plugins"_L1 && header != "preview"_L1) {
                context.warn(AwsConfigFiles::tr("%1: section [%2] is not a profile and was "
                                                "ignored; in the config file a profile section "
                                                "is [profile %2] (only [default] may leave out "
                                                "the word profile).")
                                 .arg(context.label(), header));
            }
            continue;
        }
        const auto earlier = profiles.constFind(name);
        if (earlier != profiles.constEnd()) {
            context.warn(AwsConfigFiles::tr("%1: sections [%2] and [%3] both define profile "
                                            "\"%4\"; only [%3] is used.")
                             .arg(context.label(), earlier->section, header, name));
        }
        profiles.insert(name, { header, &section.options, &file.defaults });
    }
    return profiles;
}

struct Source
{
    const FileProfile *profile = nullptr;
    Context *context = nullptr;

    explicit operator bool() const { return profile != nullptr; }

    // A setting the program uses as text: a nested block there is ignored with a warning.
    QString text(const QString &key) const
    {
        const std::optional<QString> value = profile ? profile->value(key) : std::nullopt;
        if (!value)
            return {};
        if (value->startsWith(u'\n')) {
            context->warn(AwsConfigFiles::tr("%1: in section [%2], %3 has indented settings "
                                             "instead of a value; it was ignored.")
                              .arg(context->label(), profile->section, key));
            return {};
        }
        return *value;
    }
};

QString keysReason(const QString &name, const AwsCredentials &credentials)
{
    if (credentials.accessKeyId.isEmpty() && credentials.secretAccessKey.isEmpty())
        return AwsConfigFiles::tr("Profile \"%1\" has no access key.").arg(name);
    if (credentials.secretAccessKey.isEmpty()) {
        return AwsConfigFiles::tr("Profile \"%1\" has an access key ID but no secret access key.")
            .arg(name);
    }
    if (credentials.accessKeyId.isEmpty()) {
        return AwsConfigFiles::tr("Profile \"%1\" has a secret access key but no access key ID.")
            .arg(name);
    }
    return {};
}

// botocore's SharedCredentialProvider and ConfigProvider: the keys of one file's profile, the
// token from aws_security_token when that key is there at all (even empty), else from
// aws_session_token.
AwsCredentials keysOf(const QString &name, const Source &keys)
{
    AwsCredentials credentials;
    credentials.accessKeyId = keys.text(accessKeyIdKey);
    credentials.secretAccessKey = keys.text(secretAccessKeyKey);
    const QString sessionToken = keys.text(sessionTokenKey);
    if (!keys.profile->contains(securityTokenKey)) {
        credentials.sessionToken = sessionToken;
        return credentials;
    }
    credentials.sessionToken = keys.text(securityTokenKey);
    if (keys.profile->contains(sessionTokenKey) && sessionToken != credentials.sessionToken) {
        keys.context->warn(AwsConfigFiles::tr("Profile \"%1\" has both aws_security_token and "
                                              "aws_session_token, with different values; "
                                              "aws_security_token is used, as the AWS CLI does.")
                               .arg(name));
    }
    return credentials;
}

// A key the AWS CLI would hand over as something no service takes: an indented block, or a value
// an indented line below it continues (so it holds a line break).
QString keyValuesProblem(const QString &name, const Source &keys)
{
    for (const QString &key : { accessKeyIdKey, secretAccessKeyKey, sessionTokenKey, securityTokenKey }) {
        const std::optional<QString> value = keys.profile->value(key);
        if (!value || !value->contains(u'\n'))
            continue;
        if (value->startsWith(u'\n')) {
            return AwsConfigFiles::tr("Profile \"%1\": %2 has indented settings instead of a value.")
                .arg(name, key);
        }
        return AwsConfigFiles::tr("Profile \"%1\": %2 goes on over an indented line below it, so "
                                  "its value holds a line break. Join the lines or remove the "
                                  "indentation.")
            .arg(name, key);
    }
    return {};
}

AwsConfigFiles::Profile buildProfile(const QString &name, Source credentialsFile, Source configFile)
{
    AwsConfigFiles::Profile profile;
    profile.name = name;
    const auto has = [&](const QString &key) {
        return (credentialsFile && credentialsFile.profile->contains(key))
            || (configFile && configFile.profile->contains(key));
    };
    // The merged view: the credentials file's setting, else the config file's.
    const auto merged = [&](const QString &key) {
        return credentialsFile && credentialsFile.profile->contains(key) ? credentialsFile
                                                                         : configFile;
    };
    profile.region = merged(u"region"_s).text(u"region"_s);
    profile.endpointUrl = merged(u"endpoint_url"_s).text(u"endpoint_url"_s);

    // Keys come from one file: the credentials file when it has an access key id there.
    Source keys;
    if (credentialsFile && credentialsFile.profile->contains(accessKeyIdKey))
        keys = credentialsFile;
    else if (configFile && configFile.profile->contains(accessKeyIdKey))
        keys = configFile;
    QString keysProblem;
    if (keys) {
        profile.credentials = keysOf(name, keys);
        keysProblem = keyValuesProblem(name, keys);
    } else {
        // A secret without an id, only to say what is missing.
        profile.credentials.secretAccessKey = merged(secretAccessKeyKey).text(secretAccessKeyKey);
    }

    // botocore's ProcessProvider applies whenever the key is there (an empty one fails); it comes
    // after the credentials file's keys but before the config file's. Its web identity provider
    // passes over an empty token file.
    const bool hasProcess = has(u"credential_process"_s);
    const bool keysFromCredentialsFile = keys && keys.profile == credentialsFile.profile;
    const bool webIdentity
        = !merged(u"web_identity_token_file"_s).text(u"web_identity_token_file"_s).isEmpty();
    if (webIdentity) {
        profile.unusableReason
            = AwsConfigFiles::tr("Profile \"%1\" gets its credentials with a web identity token "
                                 "(web_identity_token_file), which Chime Admin does not support.")
                  .arg(name);
    } else if (has(u"role_arn"_s)) {
        profile.unusableReason = AwsConfigFiles::tr("Profile \"%1\" assumes a role (role_arn), "
                                                    "which Chime Admin does not support.")
                                     .arg(name);
    } else if (has(u"sso_account_id"_s) || has(u"sso_role_name"_s)
        || (!keys && (has(u"sso_session"_s) || has(u"sso_start_url"_s)))) {
        profile.unusableReason
            = AwsConfigFiles::tr("Profile \"%1\" signs in through IAM Identity Center (SSO), "
                                 "which Chime Admin does not support.")
                  .arg(name);
    } else if (hasProcess && !keysFromCredentialsFile) {
        profile.unusableReason
            = AwsConfigFiles::tr("Profile \"%1\" gets its credentials from a program "
                                 "(credential_process), which Chime Admin does not support.")
                  .arg(name);
    } else if (!keysProblem.isEmpty()) {
        profile.unusableReason = keysProblem;
    } else {
        profile.unusableReason = keysReason(name, profile.credentials);
    }
    return profile;
}

bool profileLess(const AwsConfigFiles::Profile &a, const AwsConfigFiles::Profile &b)
{
    const bool aIsDefault = a.name == defaultProfile;
    const bool bIsDefault = b.name == defaultProfile;
    if (aIsDefault != bIsDefault)
        return aIsDefault;
    const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a.name < b.name;
}

IniFile readIni(const QByteArray &bytes, Context &context)
{
    std::optional<ParseFailure> notUtf8;
    const QString text = decode(bytes, context, &notUtf8);
    IniFile file = IniParser(context).parse(text);
    if (notUtf8)
        file.failure = notUtf8; // Python fails while decoding, before it parses anything
    return file;
}

// The sentence every profile carries when a file cannot be read the way the AWS CLI reads it.
QString unreadableReason(const Context &context, const ParseFailure &failure)
{
    if (failure.line == 0) {
        return AwsConfigFiles::tr("The AWS CLI cannot read %1 (%2), so it uses no profile until "
                                  "the file is fixed.")
            .arg(context.label(), failure.problem);
    }
    return AwsConfigFiles::tr("The AWS CLI cannot read %1 (line %2: %3), so it uses no profile "
                              "until the file is fixed.")
        .arg(context.label(), QString::number(failure.line), failure.problem);
}

QList<AwsConfigFiles::Profile> parseFiles(const QByteArray &credentialsText,
    const QString &credentialsLabel, const QByteArray &configText, const QString &configLabel,
    QStringList *warnings)
{
    Context credentialsContext(credentialsLabel, warnings);
    Context configContext(configLabel, warnings);
    const IniFile credentialsIni = readIni(credentialsText, credentialsContext);
    const IniFile configIni = readIni(configText, configContext);
    const FileProfiles fromCredentials = credentialsProfiles(credentialsIni, credentialsContext);
    const FileProfiles fromConfig = configProfiles(configIni, configContext);

    QStringList names = fromCredentials.keys() + fromConfig.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    QList<AwsConfigFiles::Profile> profiles;
    profiles.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue; // cannot happen: a section name has at least one character
        const auto inCredentials = fromCredentials.constFind(name);
        const auto inConfig = fromConfig.constFind(name);
        const Source credentialsSource {
            inCredentials == fromCredentials.constEnd() ? nullptr : &*inCredentials,
            &credentialsContext
        };
        const Source configSource { inConfig == fromConfig.constEnd() ? nullptr : &*inConfig,
            &configContext };
        profiles.append(buildProfile(name, credentialsSource, configSource));
    }
    std::sort(profiles.begin(), profiles.end(), profileLess);
    // botocore fails on either file for every profile: none is usable, and each says why.
    QString unreadable;
    // botocore reads the config file first, so that is the one it names when both are refused.
    if (configIni.failure)
        unreadable = unreadableReason(configContext, *configIni.failure);
    else if (credentialsIni.failure)
        unreadable = unreadableReason(credentialsContext, *credentialsIni.failure);
    if (!unreadable.isEmpty()) {
        if (warnings)
            warnings->prepend(unreadable);
        for (AwsConfigFiles::Profile &profile : profiles) {
            profile.credentials = {};
            profile.unusableReason = AwsConfigFiles::tr("Profile \"%1\": %2").arg(profile.name, unreadable);
        }
    }
    credentialsContext.finish();
    configContext.finish();
    return profiles;
}

QByteArray readFile(const QString &path, const QString &label, QStringList *warnings)
{
    const auto warn = [&](const QString &text) {
        if (warnings)
            warnings->append(text);
    };
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile()) {
        warn(AwsConfigFiles::tr("%1 is not a file; it was not read.").arg(label));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(AwsConfigFiles::tr("Cannot read %1: %2").arg(label, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        warn(AwsConfigFiles::tr("Cannot read %1: %2").arg(label, file.errorString()));
        return {};
    }
    if (bytes.size() > maximumFileSize) {
        warn(AwsConfigFiles::tr("%1 is larger than %2 MiB; it was not read.")
                 .arg(label, QString::number(maximumFileSize / (1024 * 1024))));
        return {};
    }
    return bytes;
}

QString homeDirectory(const QProcessEnvironment &environment)
{
#ifdef Q_OS_WIN
    const QString home = environment.value(u"USERPROFILE"_s);
#else
    const QString home = environment.value(u"HOME"_s);
#endif
    return home.isEmpty() ? QDir::homePath() : home;
}

bool isAsciiWordCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_';
}

// Python's posixpath.expandvars(): $NAME and ${NAME} of set variables; others stay as written.
QString expandVariables(const QString &path, const QProcessEnvironment &environment)
{
    QString expanded;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path.at(i) != u'$') {
            expanded += path.at(i++);
            continue;
        }
        qsizetype end = i + 1;
        QString name;
        if (end < path.size() && path.at(end) == u'{') {
            const qsizetype close = path.indexOf(u'}', end + 1);
            if (close < 0) {
                expanded += path.at(i++);
                continue;
            }
            name = path.sliced(end + 1, close - end - 1);
            end = close + 1;
        } else {
            while (end < path.size() && isAsciiWordCharacter(path.at(end)))
                ++end;
            name = path.sliced(i + 1, end - i - 1);
        }
        if (!name.isEmpty() && environment.contains(name))
            expanded += environment.value(name);
        else
            expanded += path.sliced(i, end - i);
        i = end;
    }
    return expanded;
}

// Python's os.path.expanduser() for "~" and "~/...", with the home directory of `environment`
// ("~user" stays as written).
QString expandHome(const QString &path, const QProcessEnvironment &environment)
{
    if (!path.startsWith(u'~'))
        return path;
    qsizetype end = 1;
    while (end < path.size() && path.at(end) != u'/' && path.at(end) != QDir::separator())
        ++end;
    if (end != 1)
        return path;
    QString home = homeDirectory(environment);
    while (home.endsWith(u'/') || home.endsWith(QDir::separator()))
        home.chop(1);
    const QString expanded = home + path.sliced(1);
    return expanded.isEmpty() ? u"/"_s : expanded;
}

QString fileLocation(
    const QProcessEnvironment &environment, const QString &variable, const QString &fallback)
{
    const QString configured = environment.value(variable);
    const QString path = configured.isEmpty() ? fallback : configured;
    return expandHome(expandVariables(path, environment), environment);
}

} // namespace

AwsConfigFiles::Locations AwsConfigFiles::locations(const QProcessEnvironment &environment)
{
    return { fileLocation(environment, u"AWS_SHARED_CREDENTIALS_FILE"_s, u"~/.aws/credentials"_s),
        fileLocation(environment, u"AWS_CONFIG_FILE"_s, u"~/.aws/config"_s) };
}

QList<AwsConfigFiles::Profile> AwsConfigFiles::read(
    const Locations &locations, QStringList *warnings)
{
    const QString credentialsLabel = QDir::toNativeSeparators(locations.credentialsFile);
    const QString configLabel = QDir::toNativeSeparators(locations.configFile);
    // One after the other, so the warnings come in that order.
    const QByteArray credentialsText
        = readFile(locations.credentialsFile, credentialsLabel, warnings);
    const QByteArray configText = readFile(locations.configFile, configLabel, warnings);
    return parseFiles(credentialsText, credentialsLabel, configText, configLabel, warnings);
}

QList<AwsConfigFiles::Profile> AwsConfigFiles::parse(
    const QByteArray &credentialsText, const QByteArray &configText, QStringList *warnings)
{
    return parseFiles(
        credentialsText, tr("Credentials file"), configText, tr("Config file"), warnings);
}

std::optional<AwsConfigFiles::Profile> AwsConfigFiles::fromEnvironment(
    const QProcessEnvironment &environment)
{
    // botocore's EnvProvider: nothing without an access key id.
    const QString accessKeyId = environment.value(u"AWS_ACCESS_KEY_ID"_s);
    if (accessKeyId.isEmpty())
        return std::nullopt;
    Profile profile;
    profile.name = tr("Environment variables");
    profile.credentials.accessKeyId = accessKeyId;
    profile.credentials.secretAccessKey = environment.value(u"AWS_SECRET_ACCESS_KEY"_s);
    // botocore's EnvProvider takes the first of these that is not empty.
    profile.credentials.sessionToken = environment.value(u"AWS_SECURITY_TOKEN"_s);
    if (profile.credentials.sessionToken.isEmpty())
        profile.credentials.sessionToken = environment.value(u"AWS_SESSION_TOKEN"_s);
    profile.region = environment.value(u"AWS_REGION"_s);
    if (profile.region.isEmpty())
        profile.region = environment.value(u"AWS_DEFAULT_REGION"_s);
    profile.endpointUrl = environment.value(u"AWS_ENDPOINT_URL"_s);
    if (profile.credentials.secretAccessKey.isEmpty()) {
        profile.unusableReason = tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.");
    }
    return profile;
}

QString AwsConfigFiles::selectedProfileName(const QProcessEnvironment &environment)
{
    // The AWS CLI v2 order; a variable that is set, even to nothing, decides.
    if (environment.contains(u"AWS_PROFILE"_s))
        return environment.value(u"AWS_PROFILE"_s);
    return environment.value(u"AWS_DEFAULT_PROFILE"_s);
}
