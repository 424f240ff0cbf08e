// The error mapping on arbitrary status, x-amzn-ErrorType header, request id and body.
#include "core/chimeerror.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 2, static_cast<qsizetype>(size - 2));
    // "header\nrequest id\nbody"
    const qsizetype first = rest.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : rest.indexOf('\n', first + 1);
    const QByteArray header = first < 0 ? rest : rest.left(first);
    const QByteArray requestId = second < 0 ? QByteArray() : rest.mid(first + 1, second - first - 1);
    const QByteArray body = second < 0 ? QByteArray() : rest.mid(second + 1);
    const ChimeError error = ChimeError::fromHttpResponse(QStringLiteral("ListUsers"), status,
                                                          header, requestId, body);
    if (error.kind() != ChimeError::kindForStatus(status) || error.httpStatus() != status)
        __builtin_trap();
    if (error.userMessage().isEmpty())
        __builtin_trap();
    return 0;
}
