#pragma once

#include <QByteArray>
#include <QList>
#include <QSortFilterProxyModel>

#include <vector>

class UsersModel;
struct User;

// Instant client-side search over the loaded users: the text matches name or email (case and
// accents as typed), and optional exact filters on license, user type and registration status.
//
// Built for 100,000 loaded users: a change of filter is one layout change, not a removal and
// insertion per run of rows; the search runs over a compact index of every user's case-folded
// name and email, kept up to date as pages arrive; and a search text that extends the previous
// one (typing on) only looks again at the users that matched before. Sorting compares each
// row's place in the column's order, worked out once, not two keys fetched per comparison.
class UserFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);

    void setUsersModel(UsersModel *model);
    // The same as setUsersModel(); any other model leaves the proxy empty.
    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    // Wire names; empty means "any".
    void setLicenseFilter(const QString &license);
    void setUserTypeFilter(const QString &userType);
    void setRegistrationFilter(const QString &status);
    const QString &searchText() const { return m_searchText; }
    const QString &licenseFilter() const { return m_license; }
    const QString &userTypeFilter() const { return m_userType; }
    const QString &registrationFilter() const { return m_registration; }
    bool isFiltering() const;
    // Loaded users that the search text alone lets through, the other filters aside: what tells
    // an administrator which filter hides the user they searched for. A scan of every loaded user.
    int searchOnlyMatchCount() const;

    // While a search or filter is on, scrolling to the end does not fetch more pages: on a large
    // account it would load every page, unasked, to fill the view with matches.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The case-folded names and emails of a run of source rows, one after the other, each
    // followed by U+0000 (which a search text never holds when the index is used): in Latin-1
    // when every character of the run is (most names and emails; half the memory, and searched
    // with memmem), otherwise in UTF-16.
    struct IndexChunk
    {
        int firstRow = 0;
        QByteArray latin1;
        QString utf16; // used when latin1 is null
        QList<int> starts; // where each row begins in the text; one more at the end
    };

    void setFilterValue(QString &filter, const QString &value);
    void ensureSortRanks(int column);
    void dropSortRanks();
    void refilter();
    bool matchesSearch(const QString &text) const;
    bool textMatches(const User &user) const;
    bool canUseIndex() const;

    void clearIndex(bool stale);
    void indexRows(int first, int last);
    void ensureIndex();
    void useMatchesForSearch();
    void findMatches(std::vector<bool> &rows, bool refine) const;
    static QString foldedKey(const User &user);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    UsersModel *m_users = nullptr;
    QString m_searchText;
    QString m_foldedSearch; // m_searchText case-folded unit by unit, as QString compares
    QByteArray m_foldedSearchLatin1; // the same in Latin-1; null if it does not fit
    QString m_license;
    QString m_userType;
    QString m_registration;

    QList<IndexChunk> m_index;
    int m_indexedRows = 0;
    bool m_indexStale = false; // rebuilt before the next search
    // Which source rows hold a folded search text, for the last few texts searched in this
    // index, the latest first: deleting what was just typed finds its rows here.
    struct Matches
    {
        QString search;
        std::vector<bool> rows;
    };
    QList<Matches> m_recentMatches;
    bool m_useMatches = false; // only while refilter() rebuilds the mapping
    // UsersModel::sortRanks() of the sort column for the first m_sortRanks.size() source rows,
    // -1 for a row changed since; those rows and rows that came later are compared by their keys.
    std::vector<int> m_sortRanks;
    int m_rankedColumn = -1;
    int m_changedSinceRanked = 0;
    QList<QMetaObject::Connection> m_sourceConnections;
};
