#pragma once

#include <QString>

class AccountAct;
class ChangeAct;
class NewUserAct;

// The one place where every kind of change is registered.
namespace ChangeActs {

// Null for an id no act has (a journal written by a newer version, say).
const ChangeAct *find(const QString &id);
const ChangeAct &license();
const ChangeAct &userType();
const ChangeAct &suspension();
const ChangeAct &logout();
const ChangeAct &pinReset();
const ChangeAct &phoneNumber();
const ChangeAct &telephony();
const NewUserAct &invite();
const NewUserAct &createUser();
const AccountAct &accountName();
const AccountAct &defaultLicense();
const AccountAct &meetingSettings();
const AccountAct &retention();
const AccountAct &delegateGroups();
const AccountAct &accountDeletion();
const AccountAct &newAccount();

} // namespace ChangeActs
