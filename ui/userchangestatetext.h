#pragma once

#include "models/changeengine.h"
#include "models/userchangestate.h"

#include <QString>

// What a person reads for where a user's change stands, around the license shown for the user:
// one wording for the users table and the user panel alike.
namespace UserChangeStateText {

QString describe(UserChangeState state, const QString &license);
// The latest settled change of the user, in the words of its act, with when it settled.
QString describeSettled(const ChangeEngine::SettledChange &settled);

} // namespace UserChangeStateText
