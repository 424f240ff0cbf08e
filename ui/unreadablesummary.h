#pragma once

#include "core/unreadableitem.h"

#include <QCoreApplication>
#include <QList>

// What the window says of listed items that could not be read: how many, and the first few by
// id (or as having none) with the reason, so an administrator can take it to the service's
// support.
class UnreadableSummary
{
    Q_DECLARE_TR_FUNCTIONS(UnreadableSummary)

public:
    static QString users(const QList<UnreadableItem> &items);
    static QString accounts(const QList<UnreadableItem> &items);

private:
    static constexpr qsizetype namedItems = 5;

    static QString named(const QList<UnreadableItem> &items);
};
