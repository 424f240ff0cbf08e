#pragma once

#include <QMetaType>

// Where the latest change of one user stands, as the users table and the user panel show it.
enum class UserChangeState {
    None, // nothing in flight and nothing to report
    Queued, // waiting for an earlier change of the same user to settle
    Sending, // sent; the service has not answered yet
    Checking, // the answer was lost: the user is being read back
    Failed, // the service refused it (the message says why)
    Unconfirmed, // the answer was lost and reading the user back failed too
};
Q_DECLARE_METATYPE(UserChangeState)
