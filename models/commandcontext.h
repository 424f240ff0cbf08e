#pragma once

#include "core/chimeenums.h"

#include <QList>
#include <QString>

// What a user command needs to know of the account its users are in: whether the service
// allows it there, what it may choose from, and how to name the account to the person.
struct CommandContext
{
    QString accountId;
    QString accountName;
    AccountTypeValue accountType;
    QList<LicenseValue> supportedLicenses;

    QString shownName() const { return accountName.isEmpty() ? accountId : accountName; }
};
