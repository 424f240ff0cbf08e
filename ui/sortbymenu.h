#pragma once

#include <QMenu>

class QActionGroup;
class QTableView;

// View → Sort by: one entry for each column of a sortable table (Ctrl+1 for the first, and on),
// checked for the column it is sorted by. Choosing the sorted column again reverses the order;
// Ascending and Descending set it. The header's context menu offers the same for its column.
class SortByMenu final : public QMenu
{
    Q_OBJECT

public:
    SortByMenu(QTableView *table, QWidget *parent);

    // The entries the header's context menu shows for `column`: sort it ascending, descending.
    QList<QAction *> actionsForColumn(int column, QObject *owner);

private:
    void sortBy(int column);
    void showSortOrder();

    QTableView *m_table;
    QActionGroup *m_columns;
    QAction *m_ascending;
    QAction *m_descending;
};
