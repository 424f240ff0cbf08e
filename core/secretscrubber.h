#pragma once

#include <QString>
#include <QStringList>

// Takes credentials out of text the service (or a proxy) sent, before the text is shown, copied,
// logged or journaled. AWS's InvalidSignatureException quotes the canonical request it computed,
// which carries the session token: that quote is cut whole. Then every value in `secrets` (the
// secret key and session token the request was signed with) and anything shaped like a
// signature, a credential scope or an Authorization or X-Amz-Security-Token value is replaced.
namespace SecretScrubber {

QString scrub(const QString &text, const QStringList &secrets);

} // namespace SecretScrubber
