#include "ui/readonlytable.h"

#include <QHeaderView>
#include <QTableView>

namespace ReadOnlyTable {

void setUp(QTableView *table)
{
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

void setUpSortable(QTableView *table)
{
    setUp(table);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
}

} // namespace ReadOnlyTable
