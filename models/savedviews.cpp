#include "models/savedviews.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString viewsKey = u"views/saved"_s;
const QString defaultsKey = u"views/defaults"_s;

QVariantMap toMap(const SavedView &view)
{
    return { { u"name"_s, view.name },
             { u"accountId"_s, view.accountId },
             { u"search"_s, view.search },
             { u"license"_s, view.license },
             { u"userType"_s, view.userType },
             { u"registration"_s, view.registration },
             { u"sortColumn"_s, view.sortColumn },
             { u"sortOrder"_s, int(view.sortOrder) },
             { u"header"_s, view.header } };
}

std::optional<SavedView> fromMap(const QVariantMap &map)
{
    SavedView view;
    view.name = map.value(u"name"_s).toString().trimmed();
    if (view.name.isEmpty())
        return std::nullopt; // an entry edited by hand into nothing usable
    view.accountId = map.value(u"accountId"_s).toString();
    view.search = map.value(u"search"_s).toString();
    view.license = map.value(u"license"_s).toString();
    view.userType = map.value(u"userType"_s).toString();
    view.registration = map.value(u"registration"_s).toString();
    view.sortColumn = map.value(u"sortColumn"_s, -1).toInt();
    view.sortOrder = map.value(u"sortOrder"_s).toInt() == Qt::DescendingOrder ? Qt::DescendingOrder
                                                                               : Qt::AscendingOrder;
    view.header = map.value(u"header"_s).toByteArray();
    return view;
}

} // namespace

SavedViews::SavedViews(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    for (const QVariant &entry : settings.value(viewsKey).toList()) {
        if (std::optional<SavedView> view = fromMap(entry.toMap()))
            m_views.append(*view);
    }
    const QVariantMap defaults = settings.value(defaultsKey).toMap();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        const QStringList slot = it.value().toStringList();
        if (slot.size() == 2)
            m_defaults.insert(it.key(), { slot.at(0), slot.at(1) });
    }
}

QList<SavedView> SavedViews::viewsFor(const QString &accountId) const
{
    QList<SavedView> views;
    std::copy_if(m_views.cbegin(), m_views.cend(), std::back_inserter(views), [&](const SavedView &view) {
        return view.isForEveryAccount() || view.accountId == accountId;
    });
    std::stable_sort(views.begin(), views.end(), [](const SavedView &left, const SavedView &right) {
        if (left.isForEveryAccount() != right.isForEveryAccount())
            return !left.isForEveryAccount();
        return left.name.localeAwareCompare(right.name) < 0;
    });
    return views;
}

std::optional<SavedView> SavedViews::find(const QString &name, const QString &accountId) const
{
    for (const SavedView &view : m_views) {
        if (view.name == name && view.accountId == accountId)
            return view;
    }
    return std::nullopt;
}

void SavedViews::save(const SavedView &view)
{
    const auto same = std::find_if(m_views.begin(), m_views.end(),
                                   [&](const SavedView &saved) { return saved.sameSlot(view); });
    if (same != m_views.end())
        *same = view;
    else
        m_views.append(view);
    write();
    emit changed();
}

void SavedViews::remove(const QString &name, const QString &accountId)
{
    m_views.removeIf([&](const SavedView &view) { return view.name == name && view.accountId == accountId; });
    const std::pair<QString, QString> slot(name, accountId);
    for (auto it = m_defaults.begin(); it != m_defaults.end();)
        it = it.value() == slot ? m_defaults.erase(it) : std::next(it);
    write();
    emit changed();
}

std::optional<SavedView> SavedViews::defaultFor(const QString &accountId) const
{
    const auto slot = m_defaults.constFind(accountId);
    if (slot == m_defaults.cend())
        return std::nullopt;
    return find(slot->first, slot->second);
}

void SavedViews::setDefault(const QString &accountId, const SavedView &view)
{
    m_defaults.insert(accountId, { view.name, view.accountId });
    write();
    emit changed();
}

void SavedViews::clearDefault(const QString &accountId)
{
    if (m_defaults.remove(accountId) == 0)
        return;
    write();
    emit changed();
}

void SavedViews::write() const
{
    QVariantList views;
    for (const SavedView &view : m_views)
        views.append(toMap(view));
    QVariantMap defaults;
    for (auto it = m_defaults.cbegin(); it != m_defaults.cend(); ++it)
        defaults.insert(it.key(), QStringList { it->first, it->second });
    QSettings settings;
    settings.setValue(viewsKey, views);
    settings.setValue(defaultsKey, defaults);
}
