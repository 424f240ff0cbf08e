#pragma once

#include "emulator/emulatoraccount.h"

#include <QList>
#include <QRandomGenerator>

// Realistic, deterministic emulator data: the same seed always gives the same accounts and
// users (names, unique emails, licenses within each account's SupportedLicenses, user types,
// registration and invitation states, Alexa for Business metadata on some users).
class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(quint32 seed);

    QList<EmulatorAccount> generate(int accountCount, const QList<int> &usersPerAccount);

private:
    EmulatorAccount makeAccount(int index, int userCount);
    User makeUser(const Account &account, const QString &domain, int index);
    QString uuid();
    QDateTime pastTime(int maxDaysAgo);
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[m_random.bounded(static_cast<quint32>(N))];
    }

    QRandomGenerator m_random;
    QDateTime m_now;
};
