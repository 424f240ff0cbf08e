#pragma once

#include "core/chimeenums.h"
#include "core/signindelegategroup.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// An Amazon Chime account as the service describes it. Optional members are absent when the
// service sent null or left them out.
struct Account
{
    QString accountId;
    QString awsAccountId;
    QString name;
    AccountTypeValue accountType;
    AccountStatusValue accountStatus;
    std::optional<QDateTime> createdTimestamp;
    LicenseValue defaultLicense;
    QList<LicenseValue> supportedLicenses;
    QList<SigninDelegateGroup> signinDelegateGroups;

    friend bool operator==(const Account &, const Account &) = default;
};
