#include "models/newuseract.h"

#include "core/chimeclient.h"
#include "models/displaynames.h"

#include <QCoreApplication>

const QString NewUserAct::none = QStringLiteral("none");

QString NewUserAct::keyOf(const QString &email)
{
    return email.trimmed().toLower();
}

// The lookup goes with the key, the address in lower case: Chime compares addresses without
// regard to case (a user-email filter in capitals finds the user), as the emulator does.

void NewUserAct::read(ChimeClient *client, const QString &accountId, const QString &userId,
                      QObject *context, ReadDone done) const
{
    ListUsersRequest request;
    request.accountId = accountId;
    request.userEmail = userId;
    client->listUsers(request, context, [userId, done](const Outcome<UsersPage> &page) {
        if (!page.isOk()) {
            done(page.error());
            return;
        }
        // Not there is an answer too: the address has no user.
        HeldValue held { none, std::nullopt };
        for (const User &user : page.value().users) {
            if (user.primaryEmail && keyOf(*user.primaryEmail) == userId)
                held.user = user;
        }
        if (held.user)
            held.value = typeOf(*held.user);
        done(heldAnswer(std::move(held), page.requestId()));
    });
}

QString NewUserAct::heldValue(const User &user) const
{
    return user.primaryEmail ? typeOf(user) : none;
}

QString NewUserAct::typeOf(const User &user)
{
    return user.userType.isSet() ? user.userType.wireName() : UserTypeValue(UserType::PrivateUser).wireName();
}

void NewUserAct::applyTo(User &user, const QString &value) const
{
    if (value != none)
        user.userType = UserTypeValue::fromWire(value);
}

QString NewUserAct::displayValue(const QString &value) const
{
    if (value == none)
        return QCoreApplication::translate("NewUserAct", "Not in the account");
    return QCoreApplication::translate("NewUserAct", "In the account (%1)")
        .arg(DisplayNames::userType(UserTypeValue::fromWire(value)));
}

bool NewUserAct::reached(const QString &held, const QString &after) const
{
    return held != none && after != none;
}
