#include "core/secretscrubber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SecretScrubber {

namespace {

const QString redacted = QStringLiteral("<redacted>");

// Where AWS starts quoting what it signed; everything from there on is the signed request.
const QStringList quoteOpenings {
    QStringLiteral("The Canonical String for this request should have been"),
    QStringLiteral("The String-to-Sign should have been"),
};

// A secret shorter than this would match ordinary words; real ones are far longer.
constexpr qsizetype shortestSecret = 8;

QString cutQuotedRequest(const QString &text)
{
    qsizetype cut = text.size();
    for (const QString &opening : quoteOpenings) {
        const qsizetype at = text.indexOf(opening, 0, Qt::CaseInsensitive);
        if (at >= 0)
            cut = std::min(cut, at);
    }
    if (cut == text.size())
        return text;
    return text.left(cut).trimmed() + QLatin1Char(' ')
        + QCoreApplication::translate("SecretScrubber",
                                      "(The service quoted the signed request; it is left out "
                                      "because it carries credentials.)");
}

QString replacePatterns(QString text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(Signature=)[0-9A-Fa-f]+")),
        QRegularExpression(QStringLiteral("(Credential=)[^,\\s]+")),
        QRegularExpression(QStringLiteral("(x-amz-security-token\\s*[:=]\\s*)\\S+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(Authorization\\s*[:=]\\s*)[^\\r\\n]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(X-Amz-Signature=)[0-9A-Fa-f]+"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns)
        text.replace(pattern, QStringLiteral("\\1") + redacted);
    return text;
}

} // namespace

QString scrub(const QString &text, const QStringList &secrets)
{
    QString result = cutQuotedRequest(text);
    for (const QString &secret : secrets) {
        if (secret.size() >= shortestSecret)
            result.replace(secret, redacted);
    }
    return replacePatterns(result);
}

} // namespace SecretScrubber
