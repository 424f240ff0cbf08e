#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class UsersModel;

// How many of the loaded users hold each license, kept current as rows arrive and change.
class LicenseMix final : public QObject
{
    Q_OBJECT

public:
    explicit LicenseMix(UsersModel *users, QObject *parent = nullptr);

    // (wire name, count) for each supported license in the account's order, then any other
    // license seen among the users.
    const QList<QPair<QString, int>> &counts() const { return m_counts; }
    int total() const { return m_total; }
    // Each count's whole percentage of the total, in the order of counts(), summing to 100 (largest
    // remainder: rounding each on its own can give 99 or 101) unless that would give equal counts
    // unequal shares (thirds are 33 % each, not 34 % for one of them).
    QList<int> percentages() const;
    static QList<int> wholePercentages(const QList<int> &counts);
    // Whether every user of the account is loaded: otherwise the counts are of those loaded so far.
    bool isComplete() const;

signals:
    void changed();

private:
    void recount();
    void countRows(int first, int last);

    UsersModel *m_users;
    QList<QPair<QString, int>> m_counts;
    int m_total = 0;
};
