// The AWS CLI profile files on arbitrary bytes: the credentials file up to the first NUL byte, the
// config file after it. Every profile has a name, names are unique and sorted with "default"
// first, and no warning or reason ever shows a value given as aws_secret_access_key.
#include "core/awsconfigfiles.h"

#include <QSet>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

namespace {

const QString secretKey = QStringLiteral("aws_secret_access_key");

bool isPySpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1c && c.unicode() <= 0x1f);
}

QStringView strip(QStringView text)
{
    while (!text.isEmpty() && isPySpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isPySpace(text.back()))
        text.chop(1);
    return text;
}

struct Span
{
    qsizetype begin;
    qsizetype length;
};

// Where `text` gives aws_secret_access_key a value, found on its own: any line (split as Python
// does, at \r\n, \r or \n) whose text before the first '=' or ':' is that key in any case.
QList<Span> secretValues(const QString &text)
{
    QList<Span> spans;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QStringView line = QStringView(text).sliced(start, end - start);
        qsizetype delimiter = -1;
        for (qsizetype i = 0; i < line.size() && delimiter < 0; ++i) {
            if (line.at(i) == u'=' || line.at(i) == u':')
                delimiter = i;
        }
        if (delimiter >= 0 && strip(line.first(delimiter)).toString().toLower() == secretKey) {
            const QStringView value = strip(line.sliced(delimiter + 1));
            if (!value.isEmpty())
                spans.append({ start + (value.data() - line.data()), value.size() });
        }
        if (end < text.size() && text.at(end) == u'\r' && end + 1 < text.size()
            && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
    }
    return spans;
}

bool isBase64(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'+' || c == u'/' || c == u'=';
}

// A value that, when it shows in a message, can only have come from the secret: secret-like
// characters (none of the punctuation and spaces around the messages' placeholders), long enough,
// with a character no English word has (line numbers have at most five digits).
bool isCheckable(const QString &secret)
{
    if (secret.size() < 8)
        return false;
    bool unwordly = false;
    for (const QChar c : secret) {
        if (!isBase64(c))
            return false;
        unwordly = unwordly || c.isDigit() || c == u'+' || c == u'/';
    }
    return unwordly;
}

// Letters and digits moved one place on, everything else kept: values keep their shape (empty
// stays empty, equal stays equal) but no longer read the same.
QChar shifted(QChar c)
{
    if (c == u'z' || c == u'Z' || c == u'9')
        return QChar(c.unicode() - (c == u'9' ? 9 : 25));
    if ((c >= u'a' && c < u'z') || (c >= u'A' && c < u'Z') || (c >= u'0' && c < u'9'))
        return QChar(c.unicode() + 1);
    return c;
}

QStringList messagesOf(const QList<AwsConfigFiles::Profile> &profiles, const QStringList &warnings)
{
    QStringList messages = warnings;
    for (const AwsConfigFiles::Profile &profile : profiles)
        messages.append(profile.unusableReason);
    return messages;
}

bool isValidUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArray credentials = nul < 0 ? input : input.left(nul);
    const QByteArray config = nul < 0 ? QByteArray() : input.mid(nul + 1);

    QStringList warnings;
    const QList<AwsConfigFiles::Profile> profiles
        = AwsConfigFiles::parse(credentials, config, &warnings);

    QSet<QString> names;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QString &name = profiles.at(i).name;
        if (name.isEmpty() || names.contains(name))
            __builtin_trap();
        names.insert(name);
        if (i > 0 && name == QLatin1StringView("default"))
            __builtin_trap();
        if (i > 1 || (i == 1 && profiles.at(0).name != QLatin1StringView("default"))) {
            const QString &previous = profiles.at(i - 1).name;
            const int folded = previous.compare(name, Qt::CaseInsensitive);
            if (folded > 0 || (folded == 0 && previous >= name))
                __builtin_trap();
        }
    }
    const QStringList messages = messagesOf(profiles, warnings);

    QString credentialsText;
    QString configText;
    const bool credentialsValid = isValidUtf8(credentials, &credentialsText);
    const bool configValid = isValidUtf8(config, &configText);
    const QList<Span> credentialsSecrets = secretValues(credentialsText);
    const QList<Span> configSecrets = secretValues(configText);

    // 1. A secret the parser found, or one given in the text, never shows in a message unless the
    //    text also has it somewhere else (a section or profile called like it).
    QString rest;
    {
        QString credentialsRest = credentialsText;
        for (qsizetype i = credentialsSecrets.size() - 1; i >= 0; --i)
            credentialsRest.remove(credentialsSecrets.at(i).begin, credentialsSecrets.at(i).length);
        QString configRest = configText;
        for (qsizetype i = configSecrets.size() - 1; i >= 0; --i)
            configRest.remove(configSecrets.at(i).begin, configSecrets.at(i).length);
        rest = (credentialsRest + QChar(u'\n') + configRest).toLower();
        rest.remove(u'"').remove(u'\'').remove(u'\\'); // shlex unquotes profile names
    }
    QSet<QString> secrets;
    for (const AwsConfigFiles::Profile &profile : profiles)
        secrets.insert(profile.credentials.secretAccessKey);
    for (const Span &span : credentialsSecrets)
        secrets.insert(credentialsText.sliced(span.begin, span.length));
    for (const Span &span : configSecrets)
        secrets.insert(configText.sliced(span.begin, span.length));
    const QString allMessages = messages.join(QChar(u'\n'));
    int checked = 0;
    for (const QString &secret : std::as_const(secrets)) {
        if (!isCheckable(secret) || rest.contains(secret.toLower()))
            continue;
        if (allMessages.contains(secret))
            __builtin_trap();
        if (++checked == 64)
            break;
    }

    // 2. The same files with every secret value changed give the very same messages, so no
    //    message depends on a secret's content.
    if (credentialsValid && configValid
        && (!credentialsSecrets.isEmpty() || !configSecrets.isEmpty())) {
        for (const Span &span : credentialsSecrets) {
            for (qsizetype i = span.begin; i < span.begin + span.length; ++i)
                credentialsText[i] = shifted(credentialsText.at(i));
        }
        for (const Span &span : configSecrets) {
            for (qsizetype i = span.begin; i < span.begin + span.length; ++i)
                configText[i] = shifted(configText.at(i));
        }
        QStringList changedWarnings;
        const QList<AwsConfigFiles::Profile> changed = AwsConfigFiles::parse(
            credentialsText.toUtf8(), configText.toUtf8(), &changedWarnings);
        if (messagesOf(changed, changedWarnings) != messages)
            __builtin_trap();
    }
    return 0;
}
