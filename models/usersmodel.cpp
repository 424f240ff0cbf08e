#include "models/usersmodel.h"

#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "core/chimerequestbuilder.h"
#include "core/credentialcheck.h"
#include "models/changeact.h"
#include "models/changeacts.h"
#include "models/changeengine.h"
#include "models/displaynames.h"
#include "models/plaintooltip.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {

using namespace Qt::StringLiterals;

QVariant dateOrInvalid(const std::optional<QDateTime> &time)
{
    return time ? QVariant(*time) : QVariant(QDateTime());
}

// Each key's place in the sorted order of `keys`; equal keys share one.
template <typename Key, typename Less>
std::vector<int> denseRanks(const std::vector<Key> &keys, Less less)
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return less(keys[a], keys[b]); });
    std::vector<int> ranks(keys.size());
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(keys[order[i - 1]], keys[order[i]]))
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

} // namespace

UsersModel::UsersModel(ChimeClient *client, ChangeEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_engine(engine)
{
    connect(engine, &ChangeEngine::statusChanged, this, &UsersModel::onStatusChanged);
    connect(engine, &ChangeEngine::userChanged, this, &UsersModel::onUserChanged);
    connect(engine, &ChangeEngine::userRead, this, [this](const QString &accountId, const User &user) {
        if (accountId == m_accountId)
            applyUsers({ user });
    });
}

UsersModel::~UsersModel()
{
    if (m_pageCall)
        m_pageCall->abort();
    if (m_lookupCall)
        m_lookupCall->abort();
}

QModelIndex UsersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_users.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int UsersModel::columnOfAct(const QString &act)
{
    if (act == ChangeActs::license().id())
        return LicenseColumn;
    if (act == ChangeActs::suspension().id())
        return RegistrationStatusColumn;
    if (act == ChangeActs::userType().id())
        return UserTypeColumn;
    return DisplayNameColumn;
}

// The value on its way (or that could not be confirmed) rather than the one last read.
User UsersModel::shownUser(const User &user) const
{
    const ChangeEngine::UserStatus status = m_engine->statusOf(m_accountId, user.userId);
    const ChangeAct *act = status.state == UserChangeState::None || status.state == UserChangeState::Failed
        ? nullptr
        : ChangeActs::find(status.act);
    if (!act)
        return user;
    User shown = user;
    act->applyTo(shown, status.value);
    return shown;
}

LicenseValue UsersModel::shownLicense(const User &user) const
{
    return shownUser(user).licenseType;
}

QString UsersModel::confirmedText(const User &user, int column) const
{
    if (column == LicenseColumn)
        return DisplayNames::license(user.licenseType);
    return displayData(user, column).toString();
}

bool UsersModel::showsChange(const User &user, int column) const
{
    const ChangeEngine::UserStatus status = m_engine->statusOf(m_accountId, user.userId);
    return status.state != UserChangeState::None && column == columnOfAct(status.act);
}

bool UsersModel::isChanging(const User &user) const
{
    switch (m_engine->statusOf(m_accountId, user.userId).state) {
    case UserChangeState::Queued:
    case UserChangeState::Sending:
    case UserChangeState::Checking:
        return true;
    case UserChangeState::None:
    case UserChangeState::Failed:
    case UserChangeState::Unconfirmed:
        return false;
    }
    return false;
}

QVariant UsersModel::toolTip(const User &user, int column) const
{
    if (m_fromSnapshot.contains(user.userId)) {
        return tr("From the snapshot of %1; not yet confirmed by the service.")
            .arg(DisplayNames::dateTime(m_snapshotTime));
    }
    if (!showsChange(user, column))
        return {};
    const ChangeEngine::UserStatus status = m_engine->statusOf(m_accountId, user.userId);
    switch (status.state) {
    case UserChangeState::Queued:
        return tr("Waiting for an earlier change of this user to settle…");
    case UserChangeState::Sending:
        return tr("Sending the change…");
    case UserChangeState::Checking:
        return tr("The answer was lost: reading the user back to learn whether it applied…");
    case UserChangeState::Failed:
    case UserChangeState::Unconfirmed:
        return status.message;
    case UserChangeState::None:
        break;
    }
    return {};
}

QVariant UsersModel::displayData(const User &user, int column) const
{
    switch (column) {
    case DisplayNameColumn:
        return user.displayName.value_or(QString());
    case EmailColumn:
        return user.primaryEmail.value_or(QString());
    case LicenseColumn:
        return DisplayNames::license(shownLicense(user));
    case UserTypeColumn:
        return DisplayNames::userType(user.userType);
    case RegistrationStatusColumn:
        return DisplayNames::registrationStatus(user.userRegistrationStatus);
    case InvitationStatusColumn:
        return DisplayNames::inviteStatus(user.userInvitationStatus);
    case RegisteredOnColumn:
        return DisplayNames::dateTime(user.registeredOn);
    case InvitedOnColumn:
        return DisplayNames::dateTime(user.invitedOn);
    default:
        return {};
    }
}

QVariant UsersModel::sortKey(const User &user, int column) const
{
    return sortsByTime(column) ? QVariant(timeSortKey(user, column)) : QVariant(textSortKey(user, column));
}

bool UsersModel::sortsByTime(int column)
{
    return column == RegisteredOnColumn || column == InvitedOnColumn;
}

qint64 UsersModel::timeSortKey(const User &user, int column)
{
    const std::optional<QDateTime> &time = column == RegisteredOnColumn ? user.registeredOn
                                                                        : user.invitedOn;
    return time ? time->toMSecsSinceEpoch() : 0;
}

// What the cell shows, case-folded; compared unit by unit.
QString UsersModel::textSortKey(const User &user, int column) const
{
    return displayData(user, column).toString().toCaseFolded();
}

bool UsersModel::sortsBefore(int leftRow, int rightRow, int column) const
{
    const User &left = m_users.at(leftRow);
    const User &right = m_users.at(rightRow);
    if (sortsByTime(column))
        return timeSortKey(left, column) < timeSortKey(right, column);
    return textSortKey(left, column) < textSortKey(right, column);
}

std::vector<int> UsersModel::sortRanks(int column) const
{
    if (sortsByTime(column)) {
        std::vector<qint64> keys;
        keys.reserve(m_users.size());
        for (const User &user : m_users)
            keys.push_back(timeSortKey(user, column));
        return denseRanks(keys, std::less<qint64>());
    }
    std::vector<QString> keys;
    keys.reserve(m_users.size());
    for (const User &user : m_users)
        keys.push_back(textSortKey(user, column));
    return denseRanks(keys, std::less<QString>());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(showsChange(user, index.column()) ? shownUser(user) : user, index.column());
    case Qt::EditRole:
        if (index.column() != LicenseColumn)
            return displayData(user, index.column());
        // Not known after a change that could not be confirmed: the editor opens on no license,
        // so whichever is chosen is sent.
        if (m_engine->statusOf(m_accountId, user.userId).state == UserChangeState::Unconfirmed)
            return QString();
        return shownLicense(user).wireName();
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(user, index.column()).toString());
    case UserIdRole:
        return user.userId;
    case DisplayNameRole:
        return user.displayName.value_or(QString());
    case EmailRole:
        return user.primaryEmail.value_or(QString());
    case LicenseRole:
        return shownLicense(user).wireName();
    case UserTypeRole:
        return user.userType.wireName();
    case RegistrationStatusRole:
        return user.userRegistrationStatus.wireName();
    case InvitationStatusRole:
        return user.userInvitationStatus.wireName();
    case RegisteredOnRole:
        return dateOrInvalid(user.registeredOn);
    case InvitedOnRole:
        return dateOrInvalid(user.invitedOn);
    case EditPendingRole:
        return isChanging(user);
    case ChangeStateRole:
        return QVariant::fromValue(showsChange(user, index.column())
                                       ? m_engine->statusOf(m_accountId, user.userId).state
                                       : UserChangeState::None);
    case ChangeMessageRole:
        return m_engine->statusOf(m_accountId, user.userId).message;
    case ConfirmedTextRole:
        return confirmedText(user, index.column());
    case SupportedLicensesRole:
        return LicenseValue::wireNames(m_supportedLicenses);
    case SortKeyRole:
        return sortKey(user, index.column());
    case FromSnapshotRole:
        return m_fromSnapshot.contains(user.userId);
    case Qt::FontRole:
        if (m_fromSnapshot.contains(user.userId)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayNameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case LicenseColumn:
        return tr("License");
    case UserTypeColumn:
        return tr("User type");
    case RegistrationStatusColumn:
        return tr("Registration");
    case InvitationStatusColumn:
        return tr("Invitation");
    case RegisteredOnColumn:
        return tr("Registered on");
    case InvitedOnColumn:
        return tr("Invited on");
    default:
        return {};
    }
}

Qt::ItemFlags UsersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LicenseColumn && !m_supportedLicenses.isEmpty()
        && !isChanging(m_users.at(index.row())) && !isFromSnapshot(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(EmailRole, "email");
    names.insert(LicenseRole, "license");
    names.insert(UserTypeRole, "userType");
    names.insert(RegistrationStatusRole, "registrationStatus");
    names.insert(InvitationStatusRole, "invitationStatus");
    names.insert(RegisteredOnRole, "registeredOn");
    names.insert(InvitedOnRole, "invitedOn");
    names.insert(EditPendingRole, "editPending");
    names.insert(SupportedLicensesRole, "supportedLicenses");
    names.insert(ChangeStateRole, "changeState");
    names.insert(ConfirmedTextRole, "confirmedText");
    names.insert(ChangeMessageRole, "changeMessage");
    names.insert(FromSnapshotRole, "fromSnapshot");
    return names;
}

bool UsersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != LicenseColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const LicenseValue requested = LicenseValue::fromWire(value.toString());
    if (!m_supportedLicenses.contains(requested))
        return false;
    const User &user = m_users.at(index.row());
    // After a change that could not be confirmed, what the user holds is not known: any choice
    // is sent, and what it replaces is recorded as unknown.
    const bool unknown = m_engine->statusOf(m_accountId, user.userId).state == UserChangeState::Unconfirmed;
    if (isChanging(user) || isFromSnapshot(index.row()) || (!unknown && requested == user.licenseType))
        return false;

    Change change;
    change.act = ChangeActs::license().id();
    change.accountId = m_accountId;
    change.accountName = m_accountName;
    change.targets.append({ user.userId, user.displayName.value_or(QString()),
                            user.primaryEmail.value_or(QString()),
                            unknown ? QString() : user.licenseType.wireName(), requested.wireName() });
    return m_engine->submit(std::move(change)) != nullptr;
}

void UsersModel::onStatusChanged(const QString &accountId, const QString &userId)
{
    if (accountId != m_accountId)
        return;
    if (const int row = rowOfUser(userId); row >= 0)
        emitRowChanged(row);
}

void UsersModel::onUserChanged(const QString &accountId, const QString &userId, const QString &act,
                               const QString &value)
{
    const ChangeAct *changeAct = ChangeActs::find(act);
    const int row = rowOfUser(userId);
    if (accountId != m_accountId || !changeAct || row < 0)
        return;
    changeAct->applyTo(m_users[row], value);
    emitRowChanged(row);
}

void UsersModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool UsersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_accountId.isEmpty() && !m_complete && !m_pageCall
        && !m_loadError && !m_offline;
}

void UsersModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void UsersModel::requestPage()
{
    ListUsersRequest request;
    request.accountId = m_accountId;
    request.maxResults = m_pageSize;
    // The pages of a Load all give way to what the administrator waits on; the first page and
    // one scrolled to are waited on.
    if (m_loadAll && !m_nextToken.isEmpty())
        request.priority = RequestPriority::Background;
    if (!m_nextToken.isEmpty())
        request.nextToken = m_nextToken;
    else
        emit listingStarted(m_accountId);
    m_pageAsked.start();
    m_pageCall = m_client->listUsers(request, this, [this](const Outcome<UsersPage> &page) {
        m_pageCall = nullptr;
        if (!page.isOk()) {
            m_loadError = page.error();
            emit loadingChanged(false);
            emit loadFailed(page.error());
            return;
        }
        const qsizetype listed = page.value().users.size() + page.value().unreadable.size();
        if (std::optional<ChimeError> refusal
            = m_paging.check(u"ListUsers"_s, listed, m_pageSize, page.value().nextToken)) {
            // The rows already shown stay; Retry asks again from the last good page.
            m_loadError = *refusal;
            emit loadingChanged(false);
            emit loadFailed(*refusal);
            return;
        }
        m_nextToken = page.value().nextToken;
        m_complete = m_nextToken.isEmpty();
        // Loading all, the next page is asked for before this one is shown: its round trip
        // overlaps the work of showing (and recording) this one.
        if (m_loadAll && canFetchMore({}))
            requestPage();
        appendUsers(page.value().users);
        noteUnreadable(page.value());
        emit usersListed(m_accountId, page.value().users, m_complete);
        if (m_complete)
            removeSnapshotRows();
        emit pageLoaded(rowCount(), m_complete);
        // A view reacting to the new rows may already have asked for the next page.
        if (m_loadAll && !m_complete) {
            if (canFetchMore({}))
                requestPage();
            return;
        }
        m_loadAll = false;
        if (!m_pageCall)
            emit loadingChanged(false);
    });
    emit loadingChanged(true);
}

void UsersModel::appendUsers(const QList<User> &users)
{
    // One id is one row: a user already shown (found by an email lookup before its page came)
    // is updated in place, and a page that names a user twice gives one row, from its last copy.
    // The others are appended straight from the page, without a copy of it.
    QHash<QString, qsizetype> lastCopy;
    lastCopy.reserve(users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        lastCopy.insert(users.at(i).userId, i);
    QList<bool> append(users.size());
    for (qsizetype i = 0; i < users.size(); ++i) {
        const User &user = users.at(i);
        append[i] = lastCopy.value(user.userId) == i && !m_rowById.contains(user.userId);
        if (!append[i] && lastCopy.value(user.userId) == i)
            confirmRow(user);
    }
    appendRows(users, append, false);
}

void UsersModel::appendRows(const QList<User> &users, const QList<bool> &append, bool fromSnapshot)
{
    const qsizetype fresh = append.count(true);
    if (fresh == 0)
        return;
    const int first = static_cast<int>(m_users.size());
    // Grown once: a snapshot's 100,000 rows arrive in one piece.
    m_rowById.reserve(m_users.size() + fresh);
    if (fromSnapshot)
        m_fromSnapshot.reserve(m_fromSnapshot.size() + fresh);
    beginInsertRows({}, first, first + static_cast<int>(fresh) - 1);
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (!append.at(i))
            continue;
        const User &user = users.at(i);
        m_rowById.insert(user.userId, static_cast<int>(m_users.size()));
        if (fromSnapshot)
            m_fromSnapshot.insert(user.userId);
        m_users.append(user);
        // Every user of the account names it: one shared copy of its id, not one each (about a
        // tenth of a loaded user's memory).
        std::optional<QString> &accountId = m_users.last().accountId;
        if (accountId && *accountId == m_accountId)
            accountId = m_accountId;
    }
    endInsertRows();
}

void UsersModel::noteUnreadable(const UsersPage &page)
{
    if (!m_unreadable.isEmpty()) {
        QSet<QString> readNow;
        readNow.reserve(page.users.size());
        for (const User &user : page.users)
            readNow.insert(user.userId);
        m_unreadable.removeIf(
            [&readNow](const UnreadableItem &item) { return readNow.contains(item.id); });
    }
    if (page.unreadable.isEmpty())
        return;
    QHash<QString, qsizetype> known;
    for (qsizetype i = 0; i < m_unreadable.size(); ++i)
        known.insert(m_unreadable.at(i).id, i);
    for (const UnreadableItem &item : page.unreadable) {
        if (item.id.isEmpty()) {
            m_unreadable.append(item);
        } else if (rowOfUser(item.id) < 0) { // else shown from an earlier copy that did read
            const qsizetype at = known.value(item.id, -1);
            if (at >= 0) {
                m_unreadable[at] = item;
            } else {
                known.insert(item.id, m_unreadable.size());
                m_unreadable.append(item);
            }
        }
    }
    emit unreadableUsersFound();
}

void UsersModel::updateRow(const User &user)
{
    const int row = rowOfUser(user.userId);
    if (row < 0)
        return;
    User merged = m_users.at(row).mergedWith(user);
    User shownBefore = m_users.at(row);
    shownBefore.telephony = merged.telephony;
    const bool shownAlike = merged == shownBefore;
    m_users[row] = std::move(merged);
    // Telephony settings show in no cell: newly read, they signal nothing, which would also
    // reset an editor open on the row (a license being chosen) to the value it has.
    if (!shownAlike)
        emitRowChanged(row);
}

void UsersModel::confirmRow(const User &user)
{
    const int row = rowOfUser(user.userId);
    if (row < 0 || !m_fromSnapshot.remove(user.userId)) {
        updateRow(user);
        return;
    }
    m_users[row] = user;
    emitRowChanged(row);
    if (m_fromSnapshot.isEmpty()) {
        m_snapshotTime = {};
        emit snapshotChanged();
    }
}

void UsersModel::removeSnapshotRows()
{
    if (m_fromSnapshot.isEmpty())
        return;
    const int gone = static_cast<int>(m_fromSnapshot.size());
    // From the last row up, a run of adjacent rows at a time, so the rows above keep their places.
    int row = static_cast<int>(m_users.size()) - 1;
    while (row >= 0) {
        if (!m_fromSnapshot.contains(m_users.at(row).userId)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_fromSnapshot.contains(m_users.at(first - 1).userId))
            --first;
        beginRemoveRows({}, first, row);
        m_users.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_fromSnapshot.clear();
    m_snapshotTime = {};
    rebuildRowIndex();
    emit snapshotUsersGone(gone);
    emit snapshotChanged();
}

void UsersModel::rebuildRowIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_users.size());
    for (int row = 0; row < m_users.size(); ++row)
        m_rowById.insert(m_users.at(row).userId, row);
}

void UsersModel::addSnapshotUsers(int listingId, const QDateTime &asOf, const QList<User> &users)
{
    // A listing already complete knows better; one of another account has nothing to do with it.
    if (listingId != m_listingId || m_complete || users.isEmpty())
        return;
    QList<bool> append(users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        append[i] = !m_rowById.contains(users.at(i).userId);
    m_snapshotTime = asOf;
    appendRows(users, append, true);
    emit snapshotChanged();
    loadAll();
}

void UsersModel::setOffline(bool offline)
{
    m_offline = offline;
    if (offline && m_pageCall) {
        std::exchange(m_pageCall, nullptr)->abort();
        emit loadingChanged(false);
    }
}

bool UsersModel::isFromSnapshot(int row) const
{
    return row >= 0 && row < m_users.size() && m_fromSnapshot.contains(m_users.at(row).userId);
}

void UsersModel::setAccount(const QString &accountId, const QList<LicenseValue> &supportedLicenses,
                            const QString &accountName)
{
    // An aborted call deletes itself later: forget it now, so the new account's first page is
    // not held back by the old account's call.
    if (m_pageCall)
        std::exchange(m_pageCall, nullptr)->abort();
    if (m_lookupCall)
        std::exchange(m_lookupCall, nullptr)->abort();
    beginResetModel();
    m_accountId = accountId;
    m_accountName = accountName;
    m_supportedLicenses = supportedLicenses;
    m_users.clear();
    m_rowById.clear();
    m_fromSnapshot.clear();
    m_snapshotTime = {};
    ++m_listingId;
    m_unreadable.clear();
    m_nextToken.clear();
    m_paging.reset();
    m_complete = accountId.isEmpty();
    m_loadAll = false;
    m_loadError.reset();
    endResetModel();
    emit loadingChanged(false);
}

void UsersModel::loadAll()
{
    if (m_complete)
        return;
    m_loadAll = true;
    fetchMore({});
}

void UsersModel::reload()
{
    setAccount(QString(m_accountId), QList<LicenseValue>(m_supportedLicenses), QString(m_accountName));
    fetchMore({});
}

void UsersModel::stopLoading()
{
    m_loadAll = false;
    if (!m_pageCall)
        return;
    std::exchange(m_pageCall, nullptr)->abort();
    emit loadingChanged(false);
}

void UsersModel::retryLoad()
{
    m_loadError.reset();
    m_paging.reset();
    fetchMore({});
}

const User *UsersModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowOfUser(const QString &userId) const
{
    return m_rowById.value(userId, -1);
}

void UsersModel::applyUsers(const QList<User> &users)
{
    for (const User &user : users)
        updateRow(user);
}

std::optional<QString> UsersModel::emailProblem(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter an email address to look up.");
    if (trimmed.size() > longestEmail)
        return tr("An email address has at most %1 characters; this one has %2.")
            .arg(longestEmail)
            .arg(trimmed.size());
    if (!ChimeRequestBuilder::isEmailAddress(trimmed) || trimmed.contains(QChar::Space)
        || CredentialCheck::hasControlCharacter(trimmed))
        return tr("\"%1\" is not an email address (name@domain.example).").arg(trimmed);
    return std::nullopt;
}

void UsersModel::lookUpByEmail(const QString &email)
{
    if (const std::optional<QString> problem = emailProblem(email)) {
        emit lookupFailed(email, *problem);
        return;
    }
    if (m_offline) {
        emit lookupFailed(email, tr("Offline: looking an email up needs the service. The search "
                                    "box still filters the users shown."));
        return;
    }
    if (m_lookupCall)
        m_lookupCall->abort();
    ListUsersRequest request;
    request.accountId = m_accountId;
    request.userEmail = email.trimmed();
    m_lookupCall = m_client->listUsers(request, this, [this, email](const Outcome<UsersPage> &page) {
        m_lookupCall = nullptr;
        if (!page.isOk()) {
            emit lookupFailed(email, page.error().userMessage());
            return;
        }
        if (page.value().users.isEmpty()) {
            emit notInAccount(email.trimmed());
            return;
        }
        const User &found = page.value().users.first();
        appendUsers({ found });
        emit userLookedUp(rowOfUser(found.userId));
    });
}
