#include "store/encodeduserpage.h"

#include "store/userpagecodec.h"

QList<EncodedUserPage> EncodedUserPage::pagesOf(const QList<User> &users)
{
    QList<EncodedUserPage> pages;
    pages.reserve(users.size() / maxUsers + 1);
    for (qsizetype from = 0; from < users.size(); from += maxUsers) {
        const QList<User> part = users.mid(from, maxUsers);
        EncodedUserPage page { UserPageCodec::encode(part), part.size(), {} };
        page.idHashes.reserve(part.size());
        for (const User &user : part)
            page.idHashes.append(hashOf(user.userId));
        pages.append(std::move(page));
    }
    return pages;
}
