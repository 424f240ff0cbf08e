#include "ui/savedviewsmenu.h"

#include "models/savedviews.h"

SavedViewsMenu::SavedViewsMenu(SavedViews *views,
                               std::function<std::pair<QString, QString>()> currentAccount,
                               QWidget *parent)
    : QMenu(tr("Vie&ws"), parent)
    , m_views(views)
    , m_currentAccount(std::move(currentAccount))
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    // Built when opened: the views depend on the account shown, and change as they are saved.
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    clear();
    const auto [accountId, accountName] = m_currentAccount();
    const QList<SavedView> views = m_views->viewsFor(accountId);
    const std::optional<SavedView> opensWith = m_views->defaultFor(accountId);
    if (views.isEmpty()) {
        addAction(tr("No saved views"))->setEnabled(false);
        return;
    }
    for (const SavedView &view : views) {
        QAction *apply = addAction(entryText(view, opensWith && opensWith->sameSlot(view)));
        apply->setObjectName(QStringLiteral("applyView"));
        apply->setData(view.name);
        connect(apply, &QAction::triggered, this, [this, view] { emit applyRequested(view); });
    }
    addSeparator();
    QMenu *remove = addMenu(tr("&Delete view"));
    remove->setObjectName(QStringLiteral("deleteViewMenu"));
    for (const SavedView &view : views) {
        QAction *entry = remove->addAction(entryText(view, false));
        entry->setData(view.name);
        connect(entry, &QAction::triggered, this, [this, view] { m_views->remove(view.name, view.accountId); });
    }
    QAction *noDefault = addAction(tr("&Open %1 with no view").arg(accountName), this,
                                   [this, accountId = accountId] { m_views->clearDefault(accountId); });
    noDefault->setObjectName(QStringLiteral("clearDefaultView"));
    noDefault->setEnabled(opensWith.has_value());
}

QString SavedViewsMenu::entryText(const SavedView &view, bool opensWith) const
{
    // Names are the admin's: an & in one is a letter, not an accelerator.
    QString text = QString(view.name).replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (view.isForEveryAccount())
        text = tr("%1 (every account)").arg(text);
    if (opensWith)
        text = tr("%1 — opens this account").arg(text);
    return text;
}
