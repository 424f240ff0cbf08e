#include "store/encodeduserpage.h"

#include "store/userpagecodec.h"

EncodedUserPage EncodedUserPage::empty()
{
    EncodedUserPage page { UserPageCodec::emptyPage(maxUsers), 0, {} };
    page.idHashes.reserve(maxUsers);
    return page;
}

void EncodedUserPage::add(const User &user)
{
    UserPageCodec::appendTo(users, user);
    idHashes.append(hashOf(user.userId));
    ++count;
}

QList<EncodedUserPage> EncodedUserPage::pagesOf(const QList<User> &users)
{
    QList<EncodedUserPage> pages;
    pages.reserve(users.size() / maxUsers + 1);
    addTo(pages, users);
    return pages;
}

void EncodedUserPage::addTo(QList<EncodedUserPage> &pages, const QList<User> &users)
{
    for (const User &user : users) {
        if (pages.isEmpty() || pages.last().isFull())
            pages.append(empty());
        pages.last().add(user);
    }
}
