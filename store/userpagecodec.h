#pragma once

#include "core/user.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A page of a snapshot's users as one compact value, so that a listed page costs the database
// one row rather than one row per user. Every member the program reads is kept, in UTF-8; the
// personal PIN and the account id (which the snapshot holds once) are not. A page that does not
// decode is an error, never a crash: the file may have been damaged or edited.
class UserPageCodec
{
public:
    static QByteArray encode(const QList<User> &users);
    // A page built a user at a time, as a listing's pages arrive: nothing is copied to be encoded.
    static QByteArray emptyPage(qsizetype expectedUsers);
    static void appendTo(QByteArray &page, const User &user);
    static constexpr qsizetype headerSize = 5; // the format's version, then the count of users
    static std::optional<QList<User>> decode(const QByteArray &page, QString *error);
};
