#include "models/snapshotcomparison.h"

#include "models/displaynames.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Member
{
    const char *name; // translated in context "SnapshotComparison"
    std::function<QString(const User &)> text;
    // Whether a snapshot read it at all: a member only one of them read is no change.
    bool (*read)(const User &) = [](const User &) { return true; };
};

bool telephonyRead(const User &user)
{
    return user.telephony.has_value();
}

QString timeText(const std::optional<QDateTime> &time)
{
    return time ? time->toUTC().toString(Qt::ISODate) : QString();
}

QString flagText(const std::optional<bool> &flag)
{
    if (!flag)
        return {};
    return *flag ? QCoreApplication::translate("SnapshotComparison", "yes")
                 : QCoreApplication::translate("SnapshotComparison", "no");
}

std::function<QString(const User &)> telephonyText(bool TelephonySettings::*flag)
{
    return [flag](const User &user) {
        return user.telephony ? flagText((*user.telephony).*flag) : QString();
    };
}

const QList<Member> &members()
{
    static const QList<Member> all {
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Name"),
          [](const User &user) { return user.displayName.value_or(QString()); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Email"),
          [](const User &user) { return user.primaryEmail.value_or(QString()); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "License"),
          [](const User &user) { return user.licenseType.isSet() ? DisplayNames::license(user.licenseType) : QString(); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "User type"),
          [](const User &user) { return user.userType.isSet() ? DisplayNames::userType(user.userType) : QString(); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Registration"),
          [](const User &user) {
              return user.userRegistrationStatus.isSet()
                  ? DisplayNames::registrationStatus(user.userRegistrationStatus) : QString();
          } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Invitation"),
          [](const User &user) {
              return user.userInvitationStatus.isSet() ? DisplayNames::inviteStatus(user.userInvitationStatus)
                                                       : QString();
          } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Registered on"),
          [](const User &user) { return timeText(user.registeredOn); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Invited on"),
          [](const User &user) { return timeText(user.invitedOn); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Phone number"),
          [](const User &user) { return user.primaryProvisionedNumber.value_or(QString()); } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Alexa for Business"),
          [](const User &user) {
              return user.alexaForBusinessMetadata ? flagText(user.alexaForBusinessMetadata->isAlexaForBusinessEnabled)
                                                   : QString();
          } },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Inbound calling"), telephonyText(&TelephonySettings::inboundCalling), telephonyRead },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "Outbound calling"), telephonyText(&TelephonySettings::outboundCalling), telephonyRead },
        { QT_TRANSLATE_NOOP("SnapshotComparison", "SMS"), telephonyText(&TelephonySettings::sms), telephonyRead },
    };
    return all;
}

UserDifference whole(UserDifference::Kind kind, const User &user)
{
    return { kind, user.userId, user.displayName.value_or(QString()), user.primaryEmail.value_or(QString()),
             {}, {}, {} };
}

} // namespace

QList<UserDifference> SnapshotComparison::compare(const QList<User> &older, const QList<User> &newer)
{
    QHash<QString, const User *> before;
    before.reserve(older.size());
    for (const User &user : older)
        before.insert(user.userId, &user);
    QHash<QString, bool> inNewer;
    inNewer.reserve(newer.size());
    QList<UserDifference> differences;
    for (const User &user : newer) {
        inNewer.insert(user.userId, true);
        const User *was = before.value(user.userId);
        if (!was) {
            differences.append(whole(UserDifference::Kind::Added, user));
            continue;
        }
        for (const Member &member : members()) {
            if (!member.read(*was) || !member.read(user))
                continue;
            const QString then = member.text(*was);
            const QString now = member.text(user);
            if (then == now)
                continue;
            UserDifference changed = whole(UserDifference::Kind::Changed, user);
            changed.member = QCoreApplication::translate("SnapshotComparison", member.name);
            changed.before = then;
            changed.after = now;
            differences.append(changed);
        }
    }
    for (const User &user : older) {
        if (!inNewer.contains(user.userId))
            differences.append(whole(UserDifference::Kind::Removed, user));
    }
    return differences;
}
