#pragma once

#include "core/user.h"

#include <QByteArray>
#include <QList>

// A page of users ready for the snapshot database: encoded (UserPageCodec), with the hashes of
// their ids for counting distinct users. Made where the page arrived, on the GUI thread: there
// its users are still in the cache and are let go of by the thread that made them, which cost
// less than half of what the same work cost on the snapshots' thread.
struct EncodedUserPage
{
    QByteArray users;
    qsizetype count = 0;
    QList<size_t> idHashes;

    // A row of the database holds at most this many users, so that reading the first rows of a
    // snapshot never decodes much more than them.
    static constexpr qsizetype maxUsers = 500;

    // A page to add users to, one at a time, as they arrive.
    static EncodedUserPage empty();
    void add(const User &user);
    bool isFull() const { return count >= maxUsers; }

    // `users` as pages of at most maxUsers.
    static QList<EncodedUserPage> pagesOf(const QList<User> &users);
    // The users of a listing's page added to `pages`, a new page begun whenever the last is full.
    static void addTo(QList<EncodedUserPage> &pages, const QList<User> &users);
    static size_t hashOf(const QString &userId) { return qHash(userId, 0); }
};
Q_DECLARE_TYPEINFO(EncodedUserPage, Q_RELOCATABLE_TYPE);
