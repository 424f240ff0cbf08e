#include "models/userfilterproxymodel.h"

#include "models/usersmodel.h"

#include <algorithm>

#include <string.h>

namespace {

// Rows indexed together when the whole index is rebuilt.
constexpr int rebuildChunkRows = 4096;
// Searches whose rows are kept (each a bit per loaded user).
constexpr qsizetype maxRecentSearches = 8;

// One UTF-16 unit of `text` case-folded as QString's case-insensitive comparison folds it: the
// simple case folding of its code point, a low surrogate together with the high one before it
// (but not across `windowStart`, where a comparison begins).
inline char16_t foldedUnit(const char16_t *text, qsizetype i, qsizetype windowStart)
{
    const char16_t unit = text[i];
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    if (QChar::isSurrogate(unit)) {
        if (QChar::isLowSurrogate(unit) && i > windowStart && QChar::isHighSurrogate(text[i - 1])) {
            return QChar::lowSurrogate(
                QChar::toCaseFolded(QChar::surrogateToUcs4(text[i - 1], unit)));
        }
        return unit;
    }
    return static_cast<char16_t>(QChar::toCaseFolded(char32_t(unit)));
}

void appendFolded(QString &out, const std::optional<QString> &text)
{
    if (text) {
        const char16_t *units = QStringView(*text).utf16();
        for (qsizetype i = 0; i < text->size(); ++i)
            out.append(QChar(foldedUnit(units, i, 0)));
    }
    out.append(QChar(u'\0'));
}

} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // lessThan() compares UsersModel's order; the role is what a change must touch to re-sort.
    setSortRole(UsersModel::SortKeyRole);
}

void UserFilterProxyModel::setUsersModel(UsersModel *model)
{
    // Reconnecting to the same model would put these handlers after the proxy's own, which
    // setSourceModel() leaves as they are.
    if (model == m_users && sourceModel() == model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_users = model;
    dropSortRanks();
    clearIndex(false);
    if (model) {
        // Connected before setSourceModel(), so these run before the proxy's own handlers:
        // sort ranks that no longer hold are gone before the proxy places new or changed rows.
        // The search index only serves refilter().
        const auto stale = [this] {
            dropSortRanks();
            clearIndex(m_users && m_users->rowCount() > 0);
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &UserFilterProxyModel::sourceRowsInserted),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &UserFilterProxyModel::sourceDataChanged),
            connect(model, &QAbstractItemModel::modelReset, this, stale),
            connect(model, &QAbstractItemModel::layoutChanged, this, stale),
            connect(model, &QAbstractItemModel::rowsRemoved, this, stale),
            connect(model, &QAbstractItemModel::rowsMoved, this, stale),
        };
        if (model->rowCount() > 0)
            clearIndex(true);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    setUsersModel(qobject_cast<UsersModel *>(model));
}

void UserFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_foldedSearch.resize(trimmed.size());
    const char16_t *units = QStringView(trimmed).utf16();
    for (qsizetype i = 0; i < trimmed.size(); ++i)
        m_foldedSearch[i] = QChar(foldedUnit(units, i, 0));
    const bool latin1 = std::all_of(m_foldedSearch.cbegin(), m_foldedSearch.cend(),
                                    [](QChar c) { return c.unicode() < 0x100; });
    m_foldedSearchLatin1 = latin1 ? m_foldedSearch.toLatin1() : QByteArray();
    refilter();
}

void UserFilterProxyModel::setLicenseFilter(const QString &license)
{
    setFilterValue(m_license, license);
}

void UserFilterProxyModel::setUserTypeFilter(const QString &userType)
{
    setFilterValue(m_userType, userType);
}

void UserFilterProxyModel::setRegistrationFilter(const QString &status)
{
    setFilterValue(m_registration, status);
}

bool UserFilterProxyModel::isFiltering() const
{
    return !m_searchText.isEmpty() || !m_license.isEmpty() || !m_userType.isEmpty() || !m_registration.isEmpty();
}

bool UserFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !isFiltering() && QSortFilterProxyModel::canFetchMore(parent);
}

void UserFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) // some callers ask without asking whether they may
        QSortFilterProxyModel::fetchMore(parent);
}

void UserFilterProxyModel::setFilterValue(QString &filter, const QString &value)
{
    if (value == filter)
        return;
    filter = value;
    refilter();
}

void UserFilterProxyModel::refilter()
{
    if (!m_searchText.isEmpty() && m_users && canUseIndex()) {
        ensureIndex();
        useMatchesForSearch();
        m_useMatches = true;
    }
    ensureSortRanks(sortColumn());
    // One layout change for the whole list. invalidateFilter() would remove and insert every
    // run of rows that changes on its own, rebuilding the proxy's whole mapping for each: with
    // 100,000 users that took seconds a keystroke. Persistent indexes (selection, current row)
    // survive a layout change, as they did the removals.
    invalidate();
    rowCount(); // maps now, while the matches are known to be current
    m_useMatches = false;
    emit filterChanged();
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    ensureSortRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

void UserFilterProxyModel::ensureSortRanks(int column)
{
    if (!m_users || column < 0 || column >= m_users->columnCount()) {
        dropSortRanks();
        return;
    }
    // Up to 1 % of the rows compared by their keys costs less than working the ranks out again.
    const int rows = m_users->rowCount();
    const int unranked = rows - static_cast<int>(m_sortRanks.size()) + m_changedSinceRanked;
    if (column == m_rankedColumn && unranked <= rows / 100)
        return;
    m_sortRanks = m_users->sortRanks(column);
    m_rankedColumn = column;
    m_changedSinceRanked = 0;
}

void UserFilterProxyModel::dropSortRanks()
{
    m_sortRanks.clear();
    m_rankedColumn = -1;
    m_changedSinceRanked = 0;
}

bool UserFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto ranked = [this](const QModelIndex &index) {
        return index.column() == m_rankedColumn && index.row() >= 0
            && static_cast<size_t>(index.row()) < m_sortRanks.size()
            && m_sortRanks[static_cast<size_t>(index.row())] >= 0;
    };
    if (ranked(left) && ranked(right))
        return m_sortRanks[static_cast<size_t>(left.row())] < m_sortRanks[static_cast<size_t>(right.row())];
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_users->sortsBefore(left.row(), right.row(), left.column());
}

bool UserFilterProxyModel::canUseIndex() const
{
    // The index separates rows with U+0000, and folds a low surrogate with the high one before
    // it, where a comparison starting between the two would not.
    return !m_foldedSearch.contains(QChar(u'\0')) && !m_foldedSearch.front().isLowSurrogate();
}

QString UserFilterProxyModel::foldedKey(const User &user)
{
    QString key;
    key.reserve((user.displayName ? user.displayName->size() : 0)
                + (user.primaryEmail ? user.primaryEmail->size() : 0) + 2);
    appendFolded(key, user.displayName);
    appendFolded(key, user.primaryEmail);
    return key;
}

void UserFilterProxyModel::clearIndex(bool stale)
{
    m_index.clear();
    m_indexedRows = 0;
    m_indexStale = stale;
    m_recentMatches.clear();
}

void UserFilterProxyModel::indexRows(int first, int last)
{
    IndexChunk chunk;
    chunk.firstRow = first;
    chunk.starts.reserve(last - first + 2);
    qsizetype size = 0;
    for (int row = first; row <= last; ++row) {
        const User *user = m_users->user(row);
        size += (user && user->displayName ? user->displayName->size() : 0)
            + (user && user->primaryEmail ? user->primaryEmail->size() : 0) + 2;
    }
    QString text;
    text.reserve(size);
    for (int row = first; row <= last; ++row) {
        chunk.starts.append(static_cast<int>(text.size()));
        if (const User *user = m_users->user(row)) {
            appendFolded(text, user->displayName);
            appendFolded(text, user->primaryEmail);
        } else {
            text.append(QChar(u'\0')).append(QChar(u'\0'));
        }
    }
    chunk.starts.append(static_cast<int>(text.size()));
    const QStringView units(text);
    if (std::all_of(units.begin(), units.end(), [](QChar c) { return c.unicode() < 0x100; }))
        chunk.latin1 = text.toLatin1();
    else
        chunk.utf16 = std::move(text);
    m_index.append(std::move(chunk));
    m_indexedRows = last + 1;
    m_recentMatches.clear();
}

void UserFilterProxyModel::ensureIndex()
{
    const int rows = m_users->rowCount();
    if (!m_indexStale && m_indexedRows == rows)
        return;
    clearIndex(false);
    for (int first = 0; first < rows; first += rebuildChunkRows)
        indexRows(first, std::min(first + rebuildChunkRows, rows) - 1);
}

void UserFilterProxyModel::useMatchesForSearch()
{
    const auto same = std::find_if(m_recentMatches.begin(), m_recentMatches.end(),
                                   [this](const Matches &m) { return m.search == m_foldedSearch; });
    if (same != m_recentMatches.end()) {
        m_recentMatches.move(same - m_recentMatches.begin(), 0);
        return;
    }
    // Whoever holds the new text holds every part of it too: start from the rows of the longest
    // earlier text that is part of the new one (typing on), or else from all.
    const Matches *base = nullptr;
    for (const Matches &earlier : std::as_const(m_recentMatches)) {
        if (m_foldedSearch.contains(earlier.search)
            && (!base || earlier.search.size() > base->search.size()))
            base = &earlier;
    }
    Matches found { m_foldedSearch, base ? base->rows : std::vector<bool>() };
    findMatches(found.rows, base != nullptr);
    m_recentMatches.prepend(std::move(found));
    if (m_recentMatches.size() > maxRecentSearches)
        m_recentMatches.removeLast();
}

namespace {

// Where `needle` first occurs in `text` from `from` on, or -1.
qsizetype find(QByteArrayView text, QByteArrayView needle, qsizetype from)
{
    const void *found = memmem(text.data() + from, static_cast<size_t>(text.size() - from),
                               needle.data(), static_cast<size_t>(needle.size()));
    return found ? static_cast<const char *>(found) - text.data() : -1;
}

qsizetype find(QStringView text, QStringView needle, qsizetype from)
{
    return text.indexOf(needle, from);
}

// Marks the rows of `chunk` (whose text is `text`) that hold `needle`.
template<typename View>
void findInChunk(View text, View needle, const QList<int> &starts, int firstRow, bool refine,
                 std::vector<bool> &matches)
{
    const int rows = static_cast<int>(starts.size()) - 1;
    if (refine) {
        for (int i = 0; i < rows; ++i) {
            auto match = matches[static_cast<size_t>(firstRow + i)];
            if (match) {
                const View row = text.first(starts[i + 1]);
                match = find(row, needle, starts[i]) >= 0;
            }
        }
        return;
    }
    // One pass over the text; after a match, on from the next row.
    int i = 0;
    for (qsizetype at = find(text, needle, 0); at >= 0;) {
        while (starts[i + 1] <= at)
            ++i;
        matches[static_cast<size_t>(firstRow + i)] = true;
        if (++i >= rows)
            break;
        at = find(text, needle, starts[i]);
    }
}

} // namespace

void UserFilterProxyModel::findMatches(std::vector<bool> &rows, bool refine) const
{
    if (!refine || rows.size() != static_cast<size_t>(m_indexedRows)) {
        refine = false;
        rows.assign(static_cast<size_t>(m_indexedRows), false);
    }
    for (const IndexChunk &chunk : std::as_const(m_index)) {
        if (!chunk.latin1.isNull()) {
            // A search text that is not Latin-1 is found in no Latin-1 text.
            if (!m_foldedSearchLatin1.isNull()) {
                findInChunk(QByteArrayView(chunk.latin1), QByteArrayView(m_foldedSearchLatin1),
                            chunk.starts, chunk.firstRow, refine, rows);
            } else if (refine) {
                const auto first = rows.begin() + chunk.firstRow;
                std::fill(first, first + (chunk.starts.size() - 1), false);
            }
        } else {
            findInChunk(QStringView(chunk.utf16), QStringView(m_foldedSearch), chunk.starts,
                        chunk.firstRow, refine, rows);
        }
    }
}

void UserFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (static_cast<size_t>(first) < m_sortRanks.size())
        dropSortRanks(); // rows after `first` moved down
    // Placing a new row compares its key with about log2(rows) others, each comparison making
    // both keys; past a thirty-second of the rows at once (a snapshot's rows arriving together)
    // ranking every row first costs less: 100,000 rows took two seconds to place unranked.
    const int inserted = last - first + 1;
    if (dynamicSortFilter() && static_cast<qsizetype>(inserted) * 32 > m_users->rowCount())
        ensureSortRanks(sortColumn());
    if (!m_indexStale && first == m_indexedRows)
        indexRows(first, last);
    else
        clearIndex(true);
}

void UserFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid())
        return;
    // A changed row's key may have moved; the others keep their order among themselves.
    if (m_rankedColumn >= topLeft.column() && m_rankedColumn <= bottomRight.column()) {
        const int last = std::min(bottomRight.row(), static_cast<int>(m_sortRanks.size()) - 1);
        for (int row = topLeft.row(); row <= last; ++row) {
            int &rank = m_sortRanks[static_cast<size_t>(row)];
            if (rank >= 0) {
                rank = -1;
                ++m_changedSinceRanked;
            }
        }
    }
    if (m_indexStale)
        return;
    // A license change leaves name and email as they were: the index stays.
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_indexedRows; ++row) {
        const auto chunk = std::upper_bound(m_index.cbegin(), m_index.cend(), row,
                                            [](int r, const IndexChunk &c) { return r < c.firstRow; })
            - 1;
        const int i = row - chunk->firstRow;
        const qsizetype start = chunk->starts[i];
        const qsizetype length = chunk->starts[i + 1] - start;
        const User *user = m_users->user(row);
        const QString key = user ? foldedKey(*user) : QString();
        const bool same = chunk->latin1.isNull()
            ? QStringView(chunk->utf16).sliced(start, length) == key
            : QLatin1StringView(QByteArrayView(chunk->latin1).sliced(start, length)) == key;
        if (!user || !same) {
            clearIndex(true);
            return;
        }
    }
}

bool UserFilterProxyModel::matchesSearch(const QString &text) const
{
    // QStringView::contains(m_searchText, Qt::CaseInsensitive), without folding the search text
    // again for every row: it is folded once in setSearchText().
    const qsizetype needleSize = m_foldedSearch.size();
    const qsizetype last = text.size() - needleSize;
    const char16_t *haystack = QStringView(text).utf16();
    const char16_t *needle = QStringView(m_foldedSearch).utf16();
    for (qsizetype start = 0; start <= last; ++start) {
        if (foldedUnit(haystack, start, start) != needle[0])
            continue;
        qsizetype i = 1;
        while (i < needleSize && foldedUnit(haystack, start + i, start) == needle[i])
            ++i;
        if (i == needleSize)
            return true;
    }
    return false;
}

bool UserFilterProxyModel::textMatches(const User &user) const
{
    return (user.displayName && matchesSearch(*user.displayName))
        || (user.primaryEmail && matchesSearch(*user.primaryEmail));
}

int UserFilterProxyModel::searchOnlyMatchCount() const
{
    if (!m_users)
        return 0;
    const int loaded = m_users->rowCount();
    if (m_searchText.isEmpty())
        return loaded;
    int matches = 0;
    for (int row = 0; row < loaded; ++row) {
        if (const User *user = m_users->user(row); user && textMatches(*user))
            ++matches;
    }
    return matches;
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_users)
        return false;
    // While refilter() maps every row, the search text's matches are known already: a row that
    // does not match is out without reading its user.
    const std::vector<bool> *matches = m_useMatches ? &m_recentMatches.front().rows : nullptr;
    const bool matchKnown = matches && sourceRow >= 0 && static_cast<size_t>(sourceRow) < matches->size();
    if (matchKnown && !(*matches)[static_cast<size_t>(sourceRow)])
        return false;
    // Reads the user directly: going through data() and QVariant for every row on every
    // keystroke is what makes filtering large lists slow.
    const User *user = m_users->user(sourceRow);
    if (!user)
        return false;
    if (!m_license.isEmpty()
        && m_users->data(m_users->index(sourceRow, UsersModel::LicenseColumn), UsersModel::LicenseRole)
               != m_license)
        return false;
    if (!m_userType.isEmpty() && user->userType.wireName() != m_userType)
        return false;
    if (!m_registration.isEmpty() && user->userRegistrationStatus.wireName() != m_registration)
        return false;
    return m_searchText.isEmpty() || matchKnown || textMatches(*user);
}
