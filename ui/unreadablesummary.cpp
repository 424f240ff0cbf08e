#include "ui/unreadablesummary.h"

#include <QStringList>

QString UnreadableSummary::users(const QList<UnreadableItem> &items)
{
    return tr("%Ln user(s) of this account could not be read and are not listed: %1", nullptr,
              int(items.size()))
        .arg(named(items));
}

QString UnreadableSummary::accounts(const QList<UnreadableItem> &items)
{
    return tr("%Ln account(s) could not be read and are not listed: %1", nullptr, int(items.size()))
        .arg(named(items));
}

QString UnreadableSummary::named(const QList<UnreadableItem> &items)
{
    QStringList parts;
    for (const UnreadableItem &item : items.first(std::min(items.size(), namedItems))) {
        const QString who = item.id.isEmpty() ? tr("one without a readable id") : item.id;
        parts.append(tr("%1 (%2)").arg(who, item.why));
    }
    if (items.size() > namedItems)
        parts.append(tr("and %Ln more", nullptr, int(items.size() - namedItems)));
    return parts.join(u"; ");
}
