#pragma once

#include <QTimer>
#include <QWidget>

class QItemSelectionModel;
class ElidedLabel;
class QPushButton;
class UserFilterProxyModel;
class UsersModel;

// The line under the filters: how many of the loaded users the search and filters show, how
// many are selected, why none match, whether more are on the server, and a page on its way with
// how long it has been waited for. Clear filters, Load all and Stop act on what it says.
class UsersSummaryBar final : public QWidget
{
    Q_OBJECT

public:
    UsersSummaryBar(UsersModel *users, UserFilterProxyModel *proxy, QItemSelectionModel *selection,
                    QWidget *parent = nullptr);

    QString text() const;

signals:
    void clearFiltersRequested();

private:
    void refresh();
    void refreshSoon();
    QString shownText() const;
    QString noMatchText() const;
    QString loadingText() const;

    UsersModel *m_users;
    UserFilterProxyModel *m_proxy;
    QItemSelectionModel *m_selection;
    ElidedLabel *m_text;
    QPushButton *m_clearFilters;
    QPushButton *m_loadAll;
    QPushButton *m_stop;
    QTimer m_coalesce; // many rows arrive at once: one refresh for them
    QTimer m_ticker; // the seconds a page has been waited for
};
