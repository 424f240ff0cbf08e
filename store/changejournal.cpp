#include "store/changejournal.h"

#include "store/datafolder.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QThread>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Long enough for another program's append (one fsync) to finish, short enough that a lock
// that is never released is reported instead of hanging the journal's thread.
constexpr int lockTimeoutMs = 5000;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions modeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

struct SettlementName
{
    Settlement settlement;
    QLatin1StringView name;
};

constexpr SettlementName settlementNames[] = {
    { Settlement::Applied, "applied"_L1 },
    { Settlement::Failed, "failed"_L1 },
    { Settlement::NotApplied, "notApplied"_L1 },
    { Settlement::Unconfirmed, "unconfirmed"_L1 },
    { Settlement::Cancelled, "cancelled"_L1 },
};

QString settlementName(Settlement settlement)
{
    for (const SettlementName &known : settlementNames) {
        if (known.settlement == settlement)
            return known.name;
    }
    Q_UNREACHABLE();
}

std::optional<Settlement> settlementFromName(const QString &name)
{
    for (const SettlementName &known : settlementNames) {
        if (known.name == name)
            return known.settlement;
    }
    return std::nullopt;
}

QString writeTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A time without an offset could be any zone's, so it counts as no time at all.
std::optional<QDateTime> readTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

QString writeUuid(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

std::optional<QUuid> readUuid(const QJsonValue &value)
{
    const QUuid uuid = QUuid::fromString(value.toString());
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

QByteArray intentLine(const ChangeIntent &intent)
{
    QJsonArray users;
    for (const JournalUser &user : intent.users) {
        users.append(QJsonObject {
            { "userId"_L1, user.userId },
            { "displayName"_L1, user.displayName },
            { "email"_L1, user.email },
            { "before"_L1, user.before },
            { "after"_L1, user.after },
        });
    }
    QJsonObject object {
        { "type"_L1, "intent"_L1 },
        { "changeId"_L1, writeUuid(intent.changeId) },
        { "time"_L1, writeTime(intent.time) },
        { "sessionId"_L1, intent.sessionId },
        { "act"_L1, intent.act },
        { "operation"_L1, intent.operation },
        { "profile"_L1, intent.profile },
        { "accessKeyId"_L1, intent.accessKeyId },
        { "endpoint"_L1, intent.endpoint },
        { "accountId"_L1, intent.accountId },
        { "accountName"_L1, intent.accountName },
        { "users"_L1, users },
    };
    if (intent.reverts)
        object.insert("reverts"_L1, writeUuid(*intent.reverts));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray outcomeLine(const UserOutcome &outcome)
{
    const QJsonObject object {
        { "type"_L1, "outcome"_L1 },
        { "changeId"_L1, writeUuid(outcome.changeId) },
        { "time"_L1, writeTime(outcome.time) },
        { "userId"_L1, outcome.userId },
        { "settlement"_L1, settlementName(outcome.settlement) },
        { "holds"_L1, outcome.holds },
        { "requestId"_L1, outcome.requestId },
        { "code"_L1, outcome.code },
        { "message"_L1, outcome.message },
        { "reconciled"_L1, outcome.reconciled },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A user without an id could not be told apart from the others of its change, nor undone.
std::optional<ChangeIntent> readIntent(const QJsonObject &object, const QUuid &changeId,
                                       const QDateTime &time)
{
    ChangeIntent intent;
    intent.changeId = changeId;
    intent.time = time;
    intent.sessionId = object.value("sessionId"_L1).toString();
    intent.act = object.value("act"_L1).toString();
    intent.operation = object.value("operation"_L1).toString();
    intent.profile = object.value("profile"_L1).toString();
    intent.accessKeyId = object.value("accessKeyId"_L1).toString();
    intent.endpoint = object.value("endpoint"_L1).toString();
    intent.accountId = object.value("accountId"_L1).toString();
    intent.accountName = object.value("accountName"_L1).toString();
    if (object.contains("reverts"_L1)) {
        intent.reverts = readUuid(object.value("reverts"_L1));
        if (!intent.reverts)
            return std::nullopt;
    }
    const QJsonArray users = object.value("users"_L1).toArray();
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        JournalUser journalUser { user.value("userId"_L1).toString(),
                                  user.value("displayName"_L1).toString(),
                                  user.value("email"_L1).toString(),
                                  user.value("before"_L1).toString(),
                                  user.value("after"_L1).toString() };
        if (journalUser.userId.isEmpty())
            return std::nullopt;
        intent.users.append(std::move(journalUser));
    }
    return intent;
}

std::optional<UserOutcome> readOutcome(const QJsonObject &object, const QUuid &changeId,
                                       const QDateTime &time)
{
    UserOutcome outcome;
    outcome.changeId = changeId;
    outcome.time = time;
    outcome.userId = object.value("userId"_L1).toString();
    const std::optional<Settlement> settlement
        = settlementFromName(object.value("settlement"_L1).toString());
    if (outcome.userId.isEmpty() || !settlement)
        return std::nullopt;
    outcome.settlement = *settlement;
    outcome.holds = object.value("holds"_L1).toString();
    outcome.requestId = object.value("requestId"_L1).toString();
    outcome.code = object.value("code"_L1).toString();
    outcome.message = object.value("message"_L1).toString();
    outcome.reconciled = object.value("reconciled"_L1).toBool();
    return outcome;
}

// False when the line is not a journal record this program can read.
bool readLine(const QByteArray &line, JournalContents *contents)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const std::optional<QUuid> changeId = readUuid(object.value("changeId"_L1));
    const std::optional<QDateTime> time = readTime(object.value("time"_L1));
    if (!changeId || !time)
        return false;
    const QString type = object.value("type"_L1).toString();
    if (type == "intent"_L1) {
        std::optional<ChangeIntent> intent = readIntent(object, *changeId, *time);
        if (intent)
            contents->intents.append(std::move(*intent));
        return intent.has_value();
    }
    if (type == "outcome"_L1) {
        std::optional<UserOutcome> outcome = readOutcome(object, *changeId, *time);
        if (outcome)
            contents->outcomes.append(std::move(*outcome));
        return outcome.has_value();
    }
    return false;
}

QString lockPath(const QString &journalPath)
{
    return journalPath + ".lock"_L1;
}

// QLockFile's own waiting sleeps 100 ms, then ever longer, between tries, so that a program
// appending often keeps another one out until it times out. An append holds the lock for one
// write and fsync: trying again every few milliseconds lets two programs take turns.
bool takeLock(QLockFile *lock)
{
    const QDeadlineTimer deadline(lockTimeoutMs);
    while (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError || deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}

// A new file's name is durable only once its folder is synced.
bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    errno = syncError;
    return synced;
}

} // namespace

ChangeJournal::ChangeJournal(QString path)
    : m_path(std::move(path))
{
}

QString ChangeJournal::defaultPath()
{
    return DataFolder::path() + "/journal.jsonl"_L1;
}

bool ChangeJournal::appendIntent(const ChangeIntent &intent, QString *error)
{
    return append(intentLine(intent), error);
}

bool ChangeJournal::appendOutcomes(const QList<UserOutcome> &outcomes, QString *error)
{
    if (outcomes.isEmpty())
        return true;
    QByteArray lines;
    for (const UserOutcome &outcome : outcomes)
        lines += outcomeLine(outcome);
    return append(lines, error);
}

bool ChangeJournal::append(const QByteArray &lines, QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    std::error_code folderError;
    std::filesystem::create_directories(QFile::encodeName(folder).toStdString(), folderError);
    if (folderError) {
        *error = tr("Cannot create the folder %1 for the change journal: %2")
                     .arg(folder, QString::fromStdString(folderError.message()));
        return false;
    }

    QLockFile lock(lockPath(m_path));
    if (!takeLock(&lock)) {
        *error = lock.error() == QLockFile::LockFailedError
            ? tr("Cannot write the change journal %1: another running program keeps it locked "
                 "(%2).").arg(m_path, lock.fileName())
            : tr("Cannot write the change journal %1: its lock file %2 cannot be created.")
                  .arg(m_path, lock.fileName());
        return false;
    }

    QFile file(m_path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered, ownerOnly)) {
        *error = tr("Cannot open the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // A file made by an older version or by hand may be readable by others; the journal names
    // accounts and users, so it is made private before anything more is added to it.
    if ((file.permissions() & modeBits) != ownerOnly && !file.setPermissions(ownerOnly)) {
        *error = tr("Cannot make the change journal %1 readable by its owner only: %2")
                     .arg(m_path, file.errorString());
        return false;
    }

    const qint64 oldSize = file.size();
    QByteArray data;
    if (oldSize > 0) {
        char last = '\n';
        if (!file.seek(oldSize - 1) || !file.getChar(&last)) {
            *error = tr("Cannot read the change journal %1: %2").arg(m_path, file.errorString());
            return false;
        }
        // The last write was torn (a crash or power loss mid-line): end that line, so that it
        // stays one unreadable line rather than swallowing this entry too.
        if (last != '\n')
            data += '\n';
    }
    data += lines;

    if (file.write(data) != data.size()) {
        *error = tr("Cannot write the change journal %1: %2").arg(m_path, file.errorString());
        // Nothing half-written is left behind for the next reader, where that is possible.
        file.resize(oldSize);
        return false;
    }
    if (::fsync(file.handle()) != 0 || (created && !syncFolder(folder))) {
        const QString reason = qt_error_string(errno);
        *error = tr("Cannot write the change journal %1 to disk: %2").arg(m_path, reason);
        return false;
    }
    return true;
}

JournalContents ChangeJournal::read(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    QByteArray data;
    {
        // Under the lock, an append that is under way is not read as a torn line. The file is
        // read whole under it and parsed after, so that a long journal does not keep another
        // program's append waiting. Where the lock cannot be had (a folder this user may only
        // read), reading goes on without it.
        QLockFile lock(lockPath(m_path));
        takeLock(&lock);
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            *error = tr("Cannot read the change journal %1: %2").arg(m_path, file.errorString());
            return {};
        }
    }
    JournalContents contents;
    int lineNumber = 0;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.trimmed().isEmpty() && !readLine(line, &contents))
            contents.unreadableLines.append(lineNumber);
    }
    return contents;
}
