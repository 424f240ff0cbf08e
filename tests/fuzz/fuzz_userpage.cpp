// A snapshot's page of users as a damaged or edited database file may hold it: decoding either
// fails with an error or gives users that encode back to a page decoding to the same users.
#include "store/userpagecodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<QList<User>> users = UserPageCodec::decode(page, &error);
    if (!users) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const std::optional<QList<User>> again = UserPageCodec::decode(UserPageCodec::encode(*users), &error);
    if (!again || *again != *users)
        __builtin_trap();
    return 0;
}
