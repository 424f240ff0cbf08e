#pragma once

#include "emulator/emulatoraccount.h"

#include <QDateTime>

#include <optional>

// Small accounts and users built by hand, for tests that need to know every field.
namespace HandBuilt {

inline User user(const QString &accountId, const QString &userId, std::optional<QString> email,
                 UserType type, License license)
{
    User user;
    user.userId = userId;
    user.accountId = accountId;
    user.primaryEmail = std::move(email);
    user.displayName = QStringLiteral("User ") + userId;
    user.licenseType = license;
    user.userType = type;
    user.userRegistrationStatus = RegistrationStatus::Registered;
    user.userInvitationStatus = InviteStatus::Accepted;
    user.invitedOn = QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    user.registeredOn = QDateTime(QDate(2025, 2, 4), QTime(5, 6, 7, 8), Qt::UTC);
    user.personalPin = QStringLiteral("1234567890");
    return user;
}

inline EmulatorAccount account(const QString &accountId, const QString &name,
                               QList<LicenseValue> licenses, QList<User> users)
{
    EmulatorAccount entry;
    entry.account.accountId = accountId;
    entry.account.awsAccountId = QStringLiteral("111122223333");
    entry.account.name = name;
    entry.account.accountType = AccountType::EnterpriseDirectory;
    entry.account.accountStatus = AccountStatus::Active;
    entry.account.createdTimestamp = QDateTime(QDate(2022, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    entry.account.defaultLicense = License::Pro;
    entry.account.supportedLicenses = std::move(licenses);
    entry.account.signinDelegateGroups = { { QStringLiteral("chime-users") } };
    entry.users = std::move(users);
    entry.rebuildIndex();
    return entry;
}

} // namespace HandBuilt
