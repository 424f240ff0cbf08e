#pragma once

#include "models/userchangestate.h"

#include <QString>

// What a person reads for where a user's change stands, around the license shown for the user:
// one wording for the users table and the user panel alike.
namespace UserChangeStateText {

QString describe(UserChangeState state, const QString &license);

} // namespace UserChangeStateText
