#pragma once

#include "core/wireenum.h"

#include <array>
#include <utility>

// The enums of the Chime API model (service-2.json), each with an Unknown for names added to the
// service after this client was built.

enum class License { Unknown, Basic, Plus, Pro, ProTrial };
enum class UserType { Unknown, PrivateUser, SharedDevice };
enum class RegistrationStatus { Unknown, Unregistered, Registered, Suspended };
enum class InviteStatus { Unknown, Pending, Accepted, Failed };
enum class AccountType { Unknown, Team, EnterpriseDirectory, EnterpriseLWA, EnterpriseOIDC };
enum class AccountStatus { Unknown, Suspended, Active };
enum class EmailStatus { Unknown, NotSent, Sent, Failed };

template<>
struct WireEnumNames<License>
{
    static constexpr std::array<std::pair<License, const char16_t *>, 4> names { {
        { License::Basic, u"Basic" },
        { License::Plus, u"Plus" },
        { License::Pro, u"Pro" },
        { License::ProTrial, u"ProTrial" },
    } };
};

template<>
struct WireEnumNames<UserType>
{
    static constexpr std::array<std::pair<UserType, const char16_t *>, 2> names { {
        { UserType::PrivateUser, u"PrivateUser" },
        { UserType::SharedDevice, u"SharedDevice" },
    } };
};

template<>
struct WireEnumNames<RegistrationStatus>
{
    static constexpr std::array<std::pair<RegistrationStatus, const char16_t *>, 3> names { {
        { RegistrationStatus::Unregistered, u"Unregistered" },
        { RegistrationStatus::Registered, u"Registered" },
        { RegistrationStatus::Suspended, u"Suspended" },
    } };
};

template<>
struct WireEnumNames<InviteStatus>
{
    static constexpr std::array<std::pair<InviteStatus, const char16_t *>, 3> names { {
        { InviteStatus::Pending, u"Pending" },
        { InviteStatus::Accepted, u"Accepted" },
        { InviteStatus::Failed, u"Failed" },
    } };
};

template<>
struct WireEnumNames<AccountType>
{
    static constexpr std::array<std::pair<AccountType, const char16_t *>, 4> names { {
        { AccountType::Team, u"Team" },
        { AccountType::EnterpriseDirectory, u"EnterpriseDirectory" },
        { AccountType::EnterpriseLWA, u"EnterpriseLWA" },
        { AccountType::EnterpriseOIDC, u"EnterpriseOIDC" },
    } };
};

template<>
struct WireEnumNames<AccountStatus>
{
    static constexpr std::array<std::pair<AccountStatus, const char16_t *>, 2> names { {
        { AccountStatus::Suspended, u"Suspended" },
        { AccountStatus::Active, u"Active" },
    } };
};

template<>
struct WireEnumNames<EmailStatus>
{
    static constexpr std::array<std::pair<EmailStatus, const char16_t *>, 3> names { {
        { EmailStatus::NotSent, u"NotSent" },
        { EmailStatus::Sent, u"Sent" },
        { EmailStatus::Failed, u"Failed" },
    } };
};

using LicenseValue = WireEnum<License>;
using UserTypeValue = WireEnum<UserType>;
using RegistrationStatusValue = WireEnum<RegistrationStatus>;
using InviteStatusValue = WireEnum<InviteStatus>;
using AccountTypeValue = WireEnum<AccountType>;
using AccountStatusValue = WireEnum<AccountStatus>;
using EmailStatusValue = WireEnum<EmailStatus>;
