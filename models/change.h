#pragma once

#include "core/connectionidentity.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// One user a change is for: what the act's member held when last read, and what it is to hold.
// Values are wire names (a license: "Pro").
struct ChangeTarget
{
    QString userId;
    QString displayName;
    QString email;
    QString before;
    QString after;

    friend bool operator==(const ChangeTarget &, const ChangeTarget &) = default;
};

// A change as a value: which act, in which account, for which users, from what to what. The
// engine gives it its id and binds it, when it is submitted, to the connection in use then.
struct Change
{
    QUuid id;
    QString act; // a ChangeAct id, e.g. "license"
    QString accountId;
    QString accountName;
    ConnectionIdentity connection;
    std::optional<QUuid> reverts; // set on an undo: the change it reverts
    QList<ChangeTarget> targets;
};
