#pragma once

#include <QString>

// One user's failure inside a BatchUpdateUser answer.
struct UserError
{
    QString userId;
    QString errorCode;
    QString errorMessage;

    friend bool operator==(const UserError &, const UserError &) = default;
};
