#include "models/licenseact.h"

#include "models/displaynames.h"

using namespace Qt::StringLiterals;

QString LicenseAct::id() const
{
    return u"license"_s;
}

void LicenseAct::setIn(UserUpdate &update, const QString &value) const
{
    update.licenseType = LicenseValue::fromWire(value);
}

QString LicenseAct::heldValue(const User &user) const
{
    return user.licenseType.wireName();
}

void LicenseAct::applyTo(User &user, const QString &value) const
{
    user.licenseType = LicenseValue::fromWire(value);
}

QString LicenseAct::displayValue(const QString &value) const
{
    return DisplayNames::license(LicenseValue::fromWire(value));
}
