#include "models/licensemix.h"

#include "models/usersmodel.h"

#include <numeric>

LicenseMix::LicenseMix(UsersModel *users, QObject *parent)
    : QObject(parent)
    , m_users(users)
{
    connect(users, &QAbstractItemModel::modelReset, this, &LicenseMix::recount);
    connect(users, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                countRows(first, last);
                emit changed();
            });
    connect(users, &QAbstractItemModel::dataChanged, this, &LicenseMix::recount);
    connect(users, &UsersModel::pageLoaded, this, &LicenseMix::changed);
    recount();
}

void LicenseMix::recount()
{
    m_counts.clear();
    m_total = 0;
    for (const LicenseValue &license : m_users->supportedLicenses())
        m_counts.append({ license.wireName(), 0 });
    countRows(0, m_users->rowCount() - 1);
    emit changed();
}

// Adds rows first..last to the counts; pages arrive often, so only new rows are counted.
void LicenseMix::countRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString license = m_users->user(row)->licenseType.wireName();
        auto found = std::find_if(m_counts.begin(), m_counts.end(),
                                  [&](const auto &entry) { return entry.first == license; });
        if (found == m_counts.end())
            m_counts.append({ license, 1 });
        else
            ++found->second;
        ++m_total;
    }
}

bool LicenseMix::isComplete() const
{
    return m_users->isComplete();
}

QList<int> LicenseMix::percentages() const
{
    QList<int> counts;
    for (const auto &entry : m_counts)
        counts.append(entry.second);
    return wholePercentages(counts);
}

QList<int> LicenseMix::wholePercentages(const QList<int> &counts)
{
    QList<int> shares(counts.size(), 0);
    const qint64 total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    if (total == 0)
        return shares;
    // Each gets its whole part; the points left go to the largest remainders, earlier first.
    struct Remainder
    {
        qint64 remainder; // of count * 100 / total
        int count;
        qsizetype index;
    };
    QList<Remainder> remainders;
    int given = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qint64 scaled = qint64(counts.at(i)) * 100;
        shares[i] = int(scaled / total);
        given += shares[i];
        remainders.append({ scaled % total, counts.at(i), i });
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const Remainder &a, const Remainder &b) {
        return a.remainder != b.remainder ? a.remainder > b.remainder : a.count < b.count;
    });
    // Equal counts sort together: a point goes to all of them or to none.
    for (qsizetype first = 0; first < remainders.size();) {
        qsizetype end = first;
        while (end < remainders.size() && remainders.at(end).count == remainders.at(first).count)
            ++end;
        if (remainders.at(first).remainder > 0 && given + (end - first) <= 100) {
            for (qsizetype i = first; i < end; ++i)
                ++shares[remainders.at(i).index];
            given += int(end - first);
        }
        first = end;
    }
    return shares;
}
