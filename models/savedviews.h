#pragma once

#include "models/savedview.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

// The admin's saved views of the users table, kept in the program's settings: those of one
// account and those for every account, and for each account the view it opens with.
class SavedViews final : public QObject
{
    Q_OBJECT

public:
    explicit SavedViews(QObject *parent = nullptr);

    // The views that apply to the account: its own first, then those for every account, each by name.
    QList<SavedView> viewsFor(const QString &accountId) const;
    std::optional<SavedView> find(const QString &name, const QString &accountId) const;
    // Adds the view, or replaces the one of the same name and scope.
    void save(const SavedView &view);
    void remove(const QString &name, const QString &accountId);

    // The view the account opens with; none when none was chosen or it was removed since.
    std::optional<SavedView> defaultFor(const QString &accountId) const;
    void setDefault(const QString &accountId, const SavedView &view);
    void clearDefault(const QString &accountId);

signals:
    void changed();

private:
    void write() const;

    QList<SavedView> m_views;
    // Account id → the name and scope (account id, or empty for every account) of its view.
    QHash<QString, std::pair<QString, QString>> m_defaults;
};
