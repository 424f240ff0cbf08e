#pragma once

#include <QMenu>

#include <functional>

class SavedViews;
struct SavedView;

// View → Views: the saved views of the account shown (its own, then every account's), the one
// it opens with marked; choosing one applies it. Delete view and No default view under them.
class SavedViewsMenu final : public QMenu
{
    Q_OBJECT

public:
    // currentAccount: the id and name of the account shown (empty id: none).
    SavedViewsMenu(SavedViews *views, std::function<std::pair<QString, QString>()> currentAccount,
                   QWidget *parent);

signals:
    void applyRequested(const SavedView &view);

private:
    void rebuild();
    QString entryText(const SavedView &view, bool opensWith) const;

    SavedViews *m_views;
    std::function<std::pair<QString, QString>()> m_currentAccount;
};
