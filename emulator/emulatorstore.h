#pragma once

#include "emulator/emulatoraccount.h"
#include "core/chimerequests.h"
#include "emulator/emulatorreply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

// The emulated service's data and the rules of each operation, independent of HTTP: a license
// must be one the account supports, unknown ids are NotFound, max-results is 1-200, next-tokens
// are opaque and page through a stable order, a batch holds at most 20 items and reports
// per-user failures while the other users are updated.
class EmulatorStore
{
public:
    using Query = QHash<QString, QString>;

    static constexpr int defaultPageSize = 100;

    explicit EmulatorStore(QList<EmulatorAccount> accounts = {});

    EmulatorReply listAccounts(const Query &query) const;
    EmulatorReply getAccount(const QString &accountId) const;
    EmulatorReply listUsers(const QString &accountId, const Query &query) const;
    EmulatorReply getUser(const QString &accountId, const QString &userId) const;
    EmulatorReply updateUser(const QString &accountId, const QString &userId,
                             const QByteArray &body);
    EmulatorReply batchUpdateUser(const QString &accountId, const QByteArray &body);
    // Team and EnterpriseLWA accounts only; up to 50 ids; unknown ids are per-user errors.
    EmulatorReply batchSuspendUser(const QString &accountId, const QByteArray &body);
    // EnterpriseLWA accounts only; suspended users become Registered, others are left alone.
    EmulatorReply batchUnsuspendUser(const QString &accountId, const QByteArray &body);
    EmulatorReply logoutUser(const QString &accountId, const QString &userId);
    // Answers the user with a new PersonalPIN.
    EmulatorReply resetPersonalPin(const QString &accountId, const QString &userId);
    // An E.164 number no other user holds becomes the user's primary provisioned number.
    EmulatorReply associatePhoneNumberWithUser(const QString &accountId, const QString &userId,
                                               const QByteArray &body);
    EmulatorReply disassociatePhoneNumberFromUser(const QString &accountId, const QString &userId);
    // A user never given settings has every telephony permission.
    EmulatorReply getUserSettings(const QString &accountId, const QString &userId);
    // Every member of UserSettings.Telephony is required.
    EmulatorReply updateUserSettings(const QString &accountId, const QString &userId,
                                     const QByteArray &body);
    // Team accounts only; up to 50 addresses. A new address becomes a user with a pending
    // invitation; one that already has a user in the account is answered as a failed invite.
    EmulatorReply inviteUsers(const QString &accountId, const QByteArray &body);
    // An email another user of the account has is a ConflictException.
    EmulatorReply createUser(const QString &accountId, const QByteArray &body);

    // Only the name and the default license (one of the account's); name 1-100 characters.
    EmulatorReply updateAccount(const QString &accountId, const QByteArray &body);
    EmulatorReply getAccountSettings(const QString &accountId);
    EmulatorReply updateAccountSettings(const QString &accountId, const QByteArray &body);
    // Enterprise accounts only; 1-5475 days a period.
    EmulatorReply getRetentionSettings(const QString &accountId);
    EmulatorReply putRetentionSettings(const QString &accountId, const QByteArray &body);
    // EnterpriseDirectory accounts only.
    EmulatorReply associateSigninDelegateGroups(const QString &accountId, const QByteArray &body);
    EmulatorReply disassociateSigninDelegateGroups(const QString &accountId, const QByteArray &body);
    // A new Team account.
    EmulatorReply createAccount(const QByteArray &body);
    // Refused (422) while a user is not suspended: a Team account's users must be suspended
    // first, an Enterprise account's domains released (which suspends them).
    EmulatorReply deleteAccount(const QString &accountId);

    const QList<EmulatorAccount> &accounts() const { return m_accounts; }
    const User *findUser(const QString &accountId, const QString &userId) const;
    // Removes a user, as when another administrator deletes one behind the client's back.
    bool removeUser(const QString &accountId, const QString &userId);

    QByteArray toJson() const;
    static std::optional<EmulatorStore> fromJson(const QByteArray &json, QString *error);

private:
    const EmulatorAccount *findAccount(const QString &accountId) const;
    EmulatorAccount *findAccount(const QString &accountId);
    static TelephonySettings telephonyOf(const User &user);
    std::optional<EmulatorReply> applyUpdate(EmulatorAccount &account, const UserUpdate &update);
    // The account an operation names, or the error that refuses it.
    std::variant<EmulatorAccount *, EmulatorReply> accountFor(const QString &accountId);
    // accountFor(), refused with `refusal` where the account is not `allowed` (its type).
    std::variant<EmulatorAccount *, EmulatorReply> accountWhere(const QString &accountId,
                                                                bool (*allowed)(const Account &),
                                                                const QString &refusal);
    // The account and user a one-user operation names, or the error that refuses it.
    std::variant<User *, EmulatorReply> userFor(const QString &accountId, const QString &userId);
    // BatchSuspendUser and BatchUnsuspendUser: the checks they share, then `change` for every
    // user named (it answers whether the user changed).
    EmulatorReply forUserIdList(const QString &accountId, const QByteArray &body,
                                const QString &operation, const QList<AccountType> &allowedTypes,
                                const std::function<bool(User &)> &change);

    QList<EmulatorAccount> m_accounts;
};
