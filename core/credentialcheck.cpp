#include "core/credentialcheck.h"

namespace CredentialCheck {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

std::optional<QString> problem(const AwsCredentials &credentials, const QString &region)
{
    const std::pair<const QString *, const char *> fields[] = {
        { &credentials.accessKeyId, QT_TRANSLATE_NOOP("CredentialCheck", "access key id") },
        { &credentials.secretAccessKey, QT_TRANSLATE_NOOP("CredentialCheck", "secret access key") },
        { &credentials.sessionToken, QT_TRANSLATE_NOOP("CredentialCheck", "session token") },
        { &region, QT_TRANSLATE_NOOP("CredentialCheck", "region") },
    };
    for (const auto &[value, name] : fields) {
        if (hasControlCharacter(*value)) {
            return QCoreApplication::translate(
                       "CredentialCheck",
                       "The %1 contains a control character (a line break or tab, perhaps pasted "
                       "along); it is not used. Enter it again without it.")
                .arg(QCoreApplication::translate("CredentialCheck", name));
        }
    }
    return std::nullopt;
}

} // namespace CredentialCheck
