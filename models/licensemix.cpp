#include "models/licensemix.h"

#include "models/usersmodel.h"

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
