#include "store/snapshotarchive.h"

#include "core/csvline.h"
#include "store/snapshotdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString timeText(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? time->toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString flagText(const std::optional<bool> &flag)
{
    return flag ? (*flag ? u"true"_s : u"false"_s) : QString();
}

QString daysText(const std::optional<int> &days)
{
    return days ? QString::number(*days) : QString();
}

QStringList accountRow(const SnapshotInfo &snapshot)
{
    const Account &account = snapshot.account;
    QStringList groups;
    for (const SigninDelegateGroup &group : account.signinDelegateGroups)
        groups.append(group.groupName);
    return { account.accountId, account.name, account.awsAccountId, account.accountType.wireName(),
             account.accountStatus.wireName(), timeText(account.createdTimestamp),
             account.defaultLicense.wireName(), LicenseValue::wireNames(account.supportedLicenses).join(u';'), groups.join(u';'),
             timeText(snapshot.takenAt), timeText(snapshot.finishedAt), QString::number(snapshot.userCount) };
}

QStringList userRow(const QString &accountId, const User &user)
{
    const AlexaForBusinessMetadata alexa = user.alexaForBusinessMetadata.value_or(AlexaForBusinessMetadata());
    return { accountId, user.userId, user.primaryEmail.value_or(QString()), user.displayName.value_or(QString()),
             user.licenseType.wireName(), user.userType.wireName(), user.userRegistrationStatus.wireName(),
             user.userInvitationStatus.wireName(), timeText(user.registeredOn), timeText(user.invitedOn),
             user.primaryProvisionedNumber.value_or(QString()), flagText(alexa.isAlexaForBusinessEnabled),
             alexa.alexaForBusinessRoomArn.value_or(QString()) };
}

// A row's cells as a JSON object under the columns' names; an empty cell is null.
QJsonObject objectOf(const QStringList &columns, const QStringList &cells)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), cells.at(i).isEmpty() ? QJsonValue() : QJsonValue(cells.at(i)));
    return object;
}

QByteArray csvOf(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows)
        out.append(CsvLine::line(row));
    return out;
}

} // namespace

SnapshotArchive::SnapshotArchive(QString folder)
    : m_folder(std::move(folder))
{
}

SnapshotArchive::~SnapshotArchive() = default;

QStringList SnapshotArchive::accountColumns()
{
    return { u"account_id"_s, u"name"_s, u"aws_account_id"_s, u"account_type"_s, u"account_status"_s,
             u"created_at"_s, u"default_license"_s, u"supported_licenses"_s, u"signin_delegate_groups"_s,
             u"snapshot_taken_at"_s, u"snapshot_finished_at"_s, u"user_count"_s };
}

QStringList SnapshotArchive::userColumns()
{
    return { u"account_id"_s, u"user_id"_s, u"email"_s, u"display_name"_s, u"license"_s, u"user_type"_s,
             u"registration_status"_s, u"invitation_status"_s, u"registered_on"_s, u"invited_on"_s,
             u"phone_number"_s, u"alexa_for_business_enabled"_s, u"alexa_for_business_room_arn"_s };
}

QStringList SnapshotArchive::userSettingsColumns()
{
    return { u"account_id"_s, u"user_id"_s, u"inbound_calling"_s, u"outbound_calling"_s, u"sms"_s };
}

QStringList SnapshotArchive::accountSettingsColumns()
{
    return { u"account_id"_s, u"disable_remote_control"_s, u"enable_dial_out"_s, u"room_retention_days"_s,
             u"conversation_retention_days"_s };
}

QString SnapshotArchive::writeError(const QFile &file)
{
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

bool SnapshotArchive::writeTo(QFile &file, const QByteArray &bytes, QString *error)
{
    if (file.write(bytes) == bytes.size())
        return true;
    *error = writeError(file);
    return false;
}

bool SnapshotArchive::begin(QString *error)
{
    const QDir folder(m_folder);
    const std::pair<QFile *, QStringList> tables[] = {
        { &m_accounts, accountColumns() }, { &m_users, userColumns() },
        { &m_userSettings, userSettingsColumns() }, { &m_accountSettings, accountSettingsColumns() },
    };
    const QString names[] = { u"accounts.csv"_s, u"users.csv"_s, u"user-settings.csv"_s, u"account-settings.csv"_s };
    for (qsizetype i = 0; i < 4; ++i) {
        QFile &file = *tables[i].first;
        file.setFileName(folder.filePath(names[i]));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = writeError(file);
            return false;
        }
        if (!writeTo(file, QByteArray(CsvLine::byteOrderMark) + CsvLine::line(tables[i].second), error))
            return false;
    }
    m_json.setFileName(folder.filePath(u"archive.json"_s));
    if (!m_json.open(QIODevice::WriteOnly)) {
        *error = writeError(m_json);
        return false;
    }
    m_copy = std::make_unique<SnapshotDatabase>(folder.filePath(u"snapshots.sqlite"_s));
    if (const SnapshotProblem problem = m_copy->open(); !problem.isNone()) {
        *error = problem.message;
        return false;
    }
    return writeTo(m_json, "{\n\"format\": \"chime-admin-archive\",\n\"version\": 1,\n\"accounts\": [\n", error);
}

bool SnapshotArchive::add(const SnapshotDatabase &source, const SnapshotInfo &snapshot, QString *error)
{
    const QList<User> users = source.users(snapshot.id, 0, -1, error);
    const std::optional<AccountSettings> settings = source.settings(snapshot.id, error);
    const std::optional<RetentionSettings> retention = source.retention(snapshot.id, error);
    if (!error->isEmpty())
        return false;
    const QString accountId = snapshot.account.accountId;
    QList<QStringList> userRows;
    QList<QStringList> settingsRows;
    QJsonArray usersJson;
    userRows.reserve(users.size());
    for (const User &user : users) {
        userRows.append(userRow(accountId, user));
        QJsonObject userJson = objectOf(userColumns(), userRows.last());
        if (user.telephony) {
            settingsRows.append({ accountId, user.userId, flagText(user.telephony->inboundCalling),
                                  flagText(user.telephony->outboundCalling), flagText(user.telephony->sms) });
            userJson.insert(u"settings"_s, objectOf(userSettingsColumns(), settingsRows.last()));
        }
        usersJson.append(userJson);
    }
    const QStringList accountSettingsRow {
        accountId,
        settings ? flagText(settings->disableRemoteControl) : QString(),
        settings ? flagText(settings->enableDialOut) : QString(),
        retention ? daysText(retention->roomRetentionDays) : QString(),
        retention ? daysText(retention->conversationRetentionDays) : QString(),
    };
    QJsonObject accountJson = objectOf(accountColumns(), accountRow(snapshot));
    accountJson.insert(u"settings"_s, objectOf(accountSettingsColumns(), accountSettingsRow));
    accountJson.insert(u"users"_s, usersJson);
    const QByteArray json = (m_added > 0 ? ",\n" : "") + QJsonDocument(accountJson).toJson(QJsonDocument::Compact);

    qint64 copied = m_copy->begin(snapshot.account, snapshot.takenAt, error);
    bool ok = copied > 0 && m_copy->addUsers(copied, users, error)
        && (!settings || m_copy->setSettings(copied, *settings, error))
        && (!retention || m_copy->setRetention(copied, *retention, error))
        && m_copy->finish(copied, snapshot.finishedAt, error);
    ok = ok && writeTo(m_accounts, CsvLine::line(accountRow(snapshot)), error)
        && writeTo(m_users, csvOf(userRows), error) && writeTo(m_userSettings, csvOf(settingsRows), error)
        && writeTo(m_accountSettings, CsvLine::line(accountSettingsRow), error) && writeTo(m_json, json, error);
    ++m_added;
    return ok;
}

bool SnapshotArchive::end(QString *error)
{
    m_copy->close();
    QFile readmeFile(QDir(m_folder).filePath(u"README.txt"_s));
    if (!writeTo(m_json, "\n]\n}\n", error))
        return false;
    for (QFile *file : { &m_accounts, &m_users, &m_userSettings, &m_accountSettings, &m_json }) {
        if (!file->flush()) {
            *error = writeError(*file);
            return false;
        }
        file->close();
    }
    if (!readmeFile.open(QIODevice::WriteOnly)) {
        *error = writeError(readmeFile);
        return false;
    }
    return writeTo(readmeFile, readme().toUtf8(), error);
}

QString SnapshotArchive::readme() const
{
    return tr("Chime Admin archive\n"
              "===================\n\n"
              "Snapshots of Amazon Chime accounts as Chime Admin listed them: each account as listed, and\n"
              "every user of the listing. Times are ISO 8601 in UTC; an empty cell is a value the service\n"
              "did not give (or, for settings, did not read). Enum values are the service's wire names.\n"
              "A cell that starts with =, +, - or @ (a phone number, say) is written with a leading\n"
              "apostrophe, so that spreadsheets do not run it as a formula; archive.json and\n"
              "snapshots.sqlite hold every value as it is.\n\n"
              "accounts.csv: one row per account.\n"
              "  account_id, name, aws_account_id, account_type (Team, EnterpriseDirectory, EnterpriseLWA,\n"
              "  EnterpriseOIDC), account_status (Active, Suspended), created_at, default_license,\n"
              "  supported_licenses (;-separated), signin_delegate_groups (;-separated group names),\n"
              "  snapshot_taken_at (when the listing began), snapshot_finished_at (when its last page\n"
              "  arrived), user_count.\n\n"
              "users.csv: one row per user.\n"
              "  account_id, user_id, email, display_name, license (Basic, Plus, Pro, ProTrial), user_type\n"
              "  (PrivateUser, SharedDevice), registration_status (Unregistered, Registered, Suspended),\n"
              "  invitation_status (Pending, Accepted, Failed), registered_on, invited_on, phone_number,\n"
              "  alexa_for_business_enabled (true/false), alexa_for_business_room_arn.\n\n"
              "user-settings.csv: the telephony settings of the users whose settings were read.\n"
              "  account_id, user_id, inbound_calling, outbound_calling, sms (true/false).\n\n"
              "account-settings.csv: one row per account.\n"
              "  account_id, disable_remote_control, enable_dial_out (true/false), room_retention_days,\n"
              "  conversation_retention_days (1-5475; empty: messages are kept, or not read).\n\n"
              "archive.json: the same, one object per account with its settings and users.\n\n"
              "snapshots.sqlite: a Chime Admin snapshot database holding just these snapshots (Chime Admin\n"
              "  opens it; it keeps the users in pages of a compact binary form, which users.csv and\n"
              "  archive.json spell out).\n\n"
              "Personal meeting PINs are never kept.\n");
}
