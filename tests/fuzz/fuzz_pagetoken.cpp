// Pagination on arbitrary next-token and max-results values, as a client (or an attacker) may
// send them: the emulator answers a page or a 400, and a page never repeats or skips a user.
#include "emulator/demodatagenerator.h"
#include "emulator/emulatorstore.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static EmulatorStore store(DemoDataGenerator(3).generate(2, { 3, 12 }));
    if (size == 0)
        return 0;
    const QString accountId = store.accounts().at(data[0] % 2).account.accountId;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    const qsizetype split = rest.indexOf('&');
    EmulatorStore::Query query;
    query.insert(QStringLiteral("next-token"), QString::fromUtf8(split < 0 ? rest : rest.left(split)));
    if (split >= 0)
        query.insert(QStringLiteral("max-results"), QString::fromUtf8(rest.mid(split + 1)));
    for (const EmulatorReply &reply : { store.listUsers(accountId, query), store.listAccounts(query) }) {
        if (reply.status != 200 && reply.status != 400)
            __builtin_trap();
    }
    // A token the emulator handed out always continues exactly where the page ended.
    const EmulatorReply first = store.listUsers(accountId, { { QStringLiteral("max-results"), QStringLiteral("5") } });
    const QString token = first.body.value(QStringLiteral("NextToken")).toString();
    const EmulatorReply next = store.listUsers(accountId, { { QStringLiteral("next-token"), token },
                                                            { QStringLiteral("max-results"), QStringLiteral("5") } });
    const QJsonArray firstPage = first.body.value(QStringLiteral("Users")).toArray();
    const QJsonArray nextPage = next.body.value(QStringLiteral("Users")).toArray();
    if (!token.isEmpty()
        && (next.status != 200 || nextPage.isEmpty() || nextPage.first() == firstPage.last()))
        __builtin_trap();
    return 0;
}
