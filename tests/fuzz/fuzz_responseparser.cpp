// Every response parser on arbitrary bytes: an answer either parses or is an
// UnreadableResponse error naming its operation; nothing else may happen.
#include "core/chimeresponseparser.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace {

template<typename T>
void check(const Outcome<T> &outcome)
{
    if (!outcome.isOk()) {
        if (outcome.error().kind() != ChimeError::Kind::UnreadableResponse
            || outcome.error().operation().isEmpty())
            __builtin_trap();
        (void)outcome.error().userMessage();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 11) {
    case 0:
        check(ChimeResponseParser::listAccounts(body));
        break;
    case 1:
        check(ChimeResponseParser::getAccount(body));
        break;
    case 2: {
        const Outcome<UsersPage> page = ChimeResponseParser::listUsers(body);
        check(page);
        // The fast way reads exactly what the general way reads, or leaves the body to it.
        const Outcome<UsersPage> general = ChimeResponseParser::listUsersGeneral(body);
        if (page.isOk() != general.isOk()
            || (page.isOk()
                && (page.value().users != general.value().users
                    || page.value().unreadable.size() != general.value().unreadable.size()
                    || page.value().nextToken != general.value().nextToken))
            || (!page.isOk() && page.error().message() != general.error().message()))
            __builtin_trap();
        break;
    }
    case 3:
        check(ChimeResponseParser::getUser(body));
        break;
    case 4:
        check(ChimeResponseParser::updateUser(body));
        break;
    case 5:
        check(ChimeResponseParser::getUserSettings(body));
        break;
    case 6:
        check(ChimeResponseParser::inviteUsers(body));
        break;
    case 7:
        check(ChimeResponseParser::createUser(body));
        break;
    case 8:
        check(ChimeResponseParser::getAccountSettings(body));
        break;
    case 9:
        check(ChimeResponseParser::getRetentionSettings(body));
        break;
    default:
        check(ChimeResponseParser::batchUpdateUser(body));
        break;
    }
    return 0;
}
