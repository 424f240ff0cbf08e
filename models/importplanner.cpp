#include "models/importplanner.h"

#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "core/csvreader.h"
#include "models/changeacts.h"
#include "models/displaynames.h"
#include "models/heldvalue.h"
#include "models/newuseract.h"
#include "models/suspensionact.h"
#include "models/telephonyact.h"
#include "models/usercommand.h"
#include "models/usercommands.h"

#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

enum Kind { LicenseColumn, UserTypeColumn, SuspendedColumn, InboundColumn, OutboundColumn, SmsColumn, KindCount };

const char *const kindHeaders[KindCount] = { "license", "user_type", "suspended", "inbound_calling",
                                             "outbound_calling", "sms" };

// "User Type", "user-type" and "user_type" are one header.
QString headerKey(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    return key;
}

std::optional<bool> yesOrNo(const QString &text)
{
    const QString value = text.trimmed().toLower();
    for (const char *yes : { "yes", "true", "1", "y", "ja" }) {
        if (value == QLatin1StringView(yes))
            return true;
    }
    for (const char *no : { "no", "false", "0", "n", "nein" }) {
        if (value == QLatin1StringView(no))
            return false;
    }
    return std::nullopt;
}

// A wire name, or how the program shows it, of one of `values`.
template<typename E>
std::optional<QString> enumNamed(const QString &text, const QList<WireEnum<E>> &values,
                                 QString (*displayName)(const WireEnum<E> &))
{
    const QString wanted = text.trimmed();
    for (const WireEnum<E> &value : values) {
        if (wanted.compare(value.wireName(), Qt::CaseInsensitive) == 0
            || wanted.compare(displayName(value), Qt::CaseInsensitive) == 0)
            return value.wireName();
    }
    return std::nullopt;
}

QString listOf(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

} // namespace

ImportPlanner::ImportPlanner(ChimeClient *client, CommandContext context, const QList<User> &listed,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(std::move(context))
{
    for (const User &user : listed) {
        m_byId.insert(user.userId, user);
        if (user.primaryEmail)
            m_idByEmail.insert(NewUserAct::keyOf(*user.primaryEmail), user.userId);
    }
}

void ImportPlanner::start(const QByteArray &csv)
{
    const CsvReader::Result read = CsvReader::read(csv, maxRows + 1);
    if (!read.error.isEmpty()) {
        m_plan.error = read.error;
    } else if (read.rows.isEmpty()) {
        m_plan.error = tr("The file is empty.");
    } else if (readHeader(read.rows.first())) {
        for (qsizetype i = 1; i < read.rows.size(); ++i)
            readRow(read.rows.at(i), read.lines.at(i));
        if (m_plan.rows.isEmpty())
            m_plan.error = tr("The file has a header line but no rows.");
    }
    if (!m_plan.error.isEmpty() || m_pending.isEmpty()) {
        // Answered later even so, as a plan that asks the service is.
        QMetaObject::invokeMethod(this, &ImportPlanner::settle, Qt::QueuedConnection);
        return;
    }
    lookUpNext();
}

bool ImportPlanner::readHeader(const QStringList &header)
{
    bool anyValue = false;
    for (qsizetype cell = 0; cell < header.size(); ++cell) {
        const QString key = headerKey(header.at(cell));
        int kind = -1;
        for (int k = 0; k < KindCount; ++k) {
            if (key == QLatin1StringView(kindHeaders[k]))
                kind = k;
        }
        const bool email = key == u"email"_s || key == u"primary_email"_s;
        const bool id = key == u"user_id"_s || key == u"userid"_s;
        if ((email || id) && m_keyCell < 0) {
            m_keyCell = static_cast<int>(cell);
            m_keyIsEmail = email;
        } else if (kind < 0 && !header.at(cell).trimmed().isEmpty()) {
            m_plan.ignoredColumns.append(header.at(cell).trimmed());
        }
        anyValue = anyValue || kind >= 0;
        m_columnOf.append(kind);
    }
    if (m_keyCell < 0) {
        m_plan.error = tr("The file needs a column \"email\" or \"user_id\" in its first line to say whom each "
                          "row is for.");
        return false;
    }
    if (!anyValue) {
        m_plan.error = tr("The file names no column to change: license, user_type, suspended, inbound_calling, "
                          "outbound_calling or sms.");
        return false;
    }
    return true;
}

void ImportPlanner::readRow(const QStringList &cells, int line)
{
    if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
        return; // a blank line holds nothing to plan
    ImportRow row;
    row.line = line;
    const auto refuse = [this, &row](const QString &reason) {
        row.status = ImportRow::Status::CannotApply;
        row.reason = reason;
        m_plan.rows.append(row);
    };
    if (cells.size() != m_columnOf.size())
        return refuse(tr("It has %1 cells; the header line has %2.").arg(QLocale().toString(cells.size()), QLocale().toString(m_columnOf.size())));
    Pending pending;
    for (qsizetype cell = 0; cell < cells.size(); ++cell) {
        QString text = cells.at(cell).trimmed();
        if (text.startsWith(u'\''))
            text.remove(0, 1); // how a spreadsheet (and this program's export) keeps a value from running
        if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
            return refuse(tr("Cell \"%1\" holds a formula; type the value itself.").arg(text.left(40)));
        if (cell == m_keyCell) {
            row.key = text;
            continue;
        }
        const int kind = m_columnOf.at(cell);
        if (kind < 0 || text.isEmpty())
            continue;
        std::optional<QString> value;
        QString problem;
        switch (kind) {
        case LicenseColumn:
            value = enumNamed<License>(text, m_context.supportedLicenses, &DisplayNames::license);
            if (!value) {
                problem = tr("License \"%1\" is not one this account supports (%2).")
                              .arg(text, listOf(DisplayNames::licenses(m_context.supportedLicenses)));
            }
            break;
        case UserTypeColumn:
            value = enumNamed<UserType>(text, { UserType::PrivateUser, UserType::SharedDevice },
                                          &DisplayNames::userType);
            if (!value)
                problem = tr("User type \"%1\" is neither PrivateUser nor SharedDevice.").arg(text);
            break;
        case SuspendedColumn:
            if (const std::optional<bool> yes = yesOrNo(text)) {
                value = *yes ? SuspensionAct::suspended : u"Registered"_s;
                // What the service allows for the account's type, as the Users menu says it.
                problem = UserCommands::find(*yes ? u"suspend"_s : u"unsuspend"_s)->unavailableReason(m_context);
                if (!problem.isEmpty())
                    value.reset();
            } else {
                problem = tr("\"suspended\" is yes or no, not \"%1\".").arg(text);
            }
            break;
        default:
            if (const std::optional<bool> yes = yesOrNo(text)) {
                value = *yes ? u"true"_s : u"false"_s;
                pending.needsTelephony = true;
            } else {
                problem = tr("\"%1\" is yes or no, not \"%2\".").arg(QLatin1StringView(kindHeaders[kind]), text);
            }
            break;
        }
        if (!value)
            return refuse(problem);
        pending.values.insert(kind, *value);
    }
    if (row.key.isEmpty())
        return refuse(m_keyIsEmail ? tr("It has no email.") : tr("It has no user id."));
    if (m_keyIsEmail && !ChimeRequestBuilder::isEmailAddress(row.key))
        return refuse(tr("\"%1\" is not an email address.").arg(row.key));
    if (pending.values.isEmpty()) {
        row.status = ImportRow::Status::Unchanged;
        row.reason = tr("It asks for no change.");
        m_plan.rows.append(row);
        return;
    }
    pending.row = m_plan.rows.size();
    m_plan.rows.append(row);
    m_pending.append(pending);
}

void ImportPlanner::lookUpNext()
{
    while (m_inFlight < lookupsAtOnce && m_nextLookup < m_pending.size()) {
        const qsizetype index = m_nextLookup++;
        const QString key = m_plan.rows.at(m_pending.at(index).row).key;
        const QString listedId = m_keyIsEmail ? m_idByEmail.value(NewUserAct::keyOf(key)) : key;
        ++m_inFlight;
        if (m_byId.contains(listedId)) {
            // Answered after this loop, as a lookup is: the rows settle in one way only.
            QMetaObject::invokeMethod(this, [this, index, user = m_byId.value(listedId)] { resolve(index, user); },
                                      Qt::QueuedConnection);
        } else if (m_keyIsEmail) {
            ListUsersRequest request;
            request.accountId = m_context.accountId;
            request.userEmail = key;
            request.priority = RequestPriority::Background;
            m_client->listUsers(request, this, [this, index, key](const Outcome<UsersPage> &page) {
                if (!page.isOk())
                    return resolve(index, page.error());
                for (const User &user : page.value().users) {
                    if (user.primaryEmail && NewUserAct::keyOf(*user.primaryEmail) == NewUserAct::keyOf(key))
                        return resolve(index, user);
                }
                resolve(index, ChimeError(ChimeError::Kind::NotFound, u"ListUsers"_s, {}));
            });
        } else {
            m_client->getUser({ m_context.accountId, key }, this,
                              [this, index](const Outcome<User> &user) { resolve(index, user); });
        }
    }
}

void ImportPlanner::resolve(qsizetype index, const Outcome<User> &user)
{
    ImportRow &row = m_plan.rows[m_pending.at(index).row];
    if (!user.isOk()) {
        row.status = ImportRow::Status::CannotApply;
        row.reason = user.error().kind() == ChimeError::Kind::NotFound
            ? (m_keyIsEmail ? tr("No user of this account has this email.") : tr("No user of this account has this id."))
            : tr("The user could not be read: %1").arg(user.error().userMessage());
        finishRow(index, {}, {});
        return;
    }
    row.userId = user.value().userId;
    row.displayName = user.value().displayName.value_or(QString());
    row.email = user.value().primaryEmail.value_or(QString());
    if (m_pending.at(index).needsTelephony)
        readTelephony(index, user.value());
    else
        finishRow(index, user.value(), {});
}

void ImportPlanner::readTelephony(qsizetype index, const User &user)
{
    ChangeActs::telephony().read(m_client, m_context.accountId, user.userId, this,
                                 [this, index, user](const Outcome<HeldValue> &held) {
                                     if (held.isOk()) {
                                         finishRow(index, user, held.value().value);
                                         return;
                                     }
                                     ImportRow &row = m_plan.rows[m_pending.at(index).row];
                                     row.status = ImportRow::Status::CannotApply;
                                     row.reason = tr("Its telephony settings could not be read: %1")
                                                      .arg(held.error().userMessage());
                                     finishRow(index, {}, {});
                                 });
}

void ImportPlanner::finishRow(qsizetype index, const User &user, const QString &telephony)
{
    const Pending &pending = m_pending.at(index);
    ImportRow &row = m_plan.rows[pending.row];
    if (!row.userId.isEmpty() && row.reason.isEmpty()) {
        const std::pair<int, const ChangeAct *> members[] = {
            { LicenseColumn, &ChangeActs::license() },
            { UserTypeColumn, &ChangeActs::userType() },
            { SuspendedColumn, &ChangeActs::suspension() },
        };
        for (const auto &[kind, act] : members) {
            const QString before = act->heldValue(user);
            if (pending.values.contains(kind) && !act->reached(before, pending.values.value(kind)))
                row.changes.append({ act->id(), before, pending.values.value(kind) });
        }
        if (pending.needsTelephony) {
            TelephonySettings settings = TelephonyAct::settingsOf(telephony).value_or(TelephonySettings());
            const std::pair<int, bool TelephonySettings::*> flags[] = {
                { InboundColumn, &TelephonySettings::inboundCalling },
                { OutboundColumn, &TelephonySettings::outboundCalling },
                { SmsColumn, &TelephonySettings::sms },
            };
            for (const auto &[kind, flag] : flags) {
                if (pending.values.contains(kind))
                    settings.*flag = pending.values.value(kind) == u"true"_s;
            }
            const QString after = TelephonyAct::valueOf(settings);
            if (after != telephony)
                row.changes.append({ ChangeActs::telephony().id(), telephony, after });
        }
        row.status = row.changes.isEmpty() ? ImportRow::Status::Unchanged : ImportRow::Status::Changes;
    }
    --m_inFlight;
    ++m_settled;
    emit progressed(m_settled, static_cast<int>(m_pending.size()));
    if (m_settled == m_pending.size())
        settle();
    else
        lookUpNext();
}

void ImportPlanner::refuseDuplicates()
{
    QMap<QString, QList<qsizetype>> rowsOfUser;
    for (qsizetype i = 0; i < m_plan.rows.size(); ++i) {
        if (!m_plan.rows.at(i).userId.isEmpty() && m_plan.rows.at(i).status != ImportRow::Status::CannotApply)
            rowsOfUser[m_plan.rows.at(i).userId].append(i);
    }
    for (const QList<qsizetype> &rows : std::as_const(rowsOfUser)) {
        if (rows.size() < 2)
            continue;
        QStringList lines;
        for (const qsizetype i : rows)
            lines.append(QString::number(m_plan.rows.at(i).line));
        for (const qsizetype i : rows) {
            ImportRow &row = m_plan.rows[i];
            row.status = ImportRow::Status::CannotApply;
            row.changes.clear();
            row.reason = tr("Lines %1 are all for this user: keep one of them.").arg(listOf(lines));
        }
    }
}

void ImportPlanner::settle()
{
    refuseDuplicates();
    emit planned(m_plan);
}

QList<Change> ImportPlanner::changesOf(const ImportPlan &plan, const CommandContext &context)
{
    // Keyed by act and, for a suspension, its direction: one change goes one way.
    QMap<std::pair<QString, QString>, Change> changes;
    for (const ImportRow &row : plan.rows) {
        if (row.status != ImportRow::Status::Changes)
            continue;
        for (const ImportChange &change : row.changes) {
            const QString direction = change.act == ChangeActs::suspension().id() ? change.after : QString();
            Change &planned = changes[{ change.act, direction }];
            planned.act = change.act;
            planned.accountId = context.accountId;
            planned.accountName = context.accountName;
            planned.targets.append({ row.userId, row.displayName, row.email, change.before, change.after });
        }
    }
    return changes.values();
}
