#include "models/retentionact.h"

#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "models/batchanswers.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

using namespace Qt::StringLiterals;

constexpr auto roomsKey = "Rooms="_L1;
constexpr auto conversationsKey = "Conversations="_L1;
constexpr auto kept = "kept"_L1;

QString periodValue(const std::optional<int> &days)
{
    return days ? QString::number(*days) : QString(kept);
}

// Whether `member` is `key` and a period; `days` gets the period (none: kept).
bool readPeriod(const QString &member, QLatin1StringView key, std::optional<int> *days)
{
    if (!member.startsWith(key))
        return false;
    const QString text = member.mid(key.size());
    if (text == kept) {
        days->reset();
        return true;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1 || number > ChimeRequestBuilder::longestRetentionDays)
        return false;
    *days = number;
    return true;
}

QString periodText(const std::optional<int> &days)
{
    return days ? QCoreApplication::translate("RetentionAct", "%Ln day(s)", nullptr, *days)
                : QCoreApplication::translate("RetentionAct", "kept");
}

} // namespace

QString RetentionAct::valueOf(const RetentionSettings &settings)
{
    return roomsKey + periodValue(settings.roomRetentionDays) + u',' + conversationsKey
        + periodValue(settings.conversationRetentionDays);
}

std::optional<RetentionSettings> RetentionAct::settingsOf(const QString &value)
{
    const QStringList members = value.split(u',');
    if (members.size() != 2)
        return std::nullopt;
    RetentionSettings settings;
    if (!readPeriod(members.at(0), roomsKey, &settings.roomRetentionDays)
        || !readPeriod(members.at(1), conversationsKey, &settings.conversationRetentionDays))
        return std::nullopt;
    return settings;
}

QString RetentionAct::id() const
{
    return u"retention"_s;
}

QString RetentionAct::operationName() const
{
    return u"PutRetentionSettings"_s;
}

ChimeCall *RetentionAct::send(ChimeClient *client, const QString &, const QString &accountId,
                              const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    // Only a value valueOf() wrote reaches here (the engine's, or a journal's).
    const RetentionSettings settings = settingsOf(batch.first().after).value_or(RetentionSettings {});
    return client->putRetentionSettings({ accountId, settings }, context,
                                        [accountId, done](const Outcome<RetentionSettings> &answer) {
                                            done(BatchAnswers::forOneUser(accountId, answer));
                                        });
}

void RetentionAct::read(ChimeClient *client, const QString &accountId, const QString &,
                        QObject *context, ReadDone done) const
{
    client->getRetentionSettings({ accountId }, context, [done](const Outcome<RetentionSettings> &settings) {
        done(heldFrom(settings, [](const RetentionSettings &held) { return valueOf(held); }));
    });
}

QString RetentionAct::displayValue(const QString &value) const
{
    const std::optional<RetentionSettings> settings = settingsOf(value);
    if (!settings)
        return QCoreApplication::translate("RetentionAct", "Not known");
    return QCoreApplication::translate("RetentionAct", "rooms %1, conversations %2")
        .arg(periodText(settings->roomRetentionDays), periodText(settings->conversationRetentionDays));
}

QString RetentionAct::unavailableFor(const Account &account) const
{
    if (account.accountType.value() == AccountType::Team)
        return QCoreApplication::translate("RetentionAct", "Chat retention is for Enterprise accounts only.");
    return {};
}
