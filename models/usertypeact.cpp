#include "models/usertypeact.h"

#include "models/displaynames.h"

using namespace Qt::StringLiterals;

QString UserTypeAct::id() const
{
    return u"user-type"_s;
}

void UserTypeAct::setIn(UserUpdate &update, const QString &value) const
{
    update.userType = UserTypeValue::fromWire(value);
}

QString UserTypeAct::heldValue(const User &user) const
{
    return user.userType.wireName();
}

void UserTypeAct::applyTo(User &user, const QString &value) const
{
    user.userType = UserTypeValue::fromWire(value);
}

QString UserTypeAct::displayValue(const QString &value) const
{
    return DisplayNames::userType(UserTypeValue::fromWire(value));
}
