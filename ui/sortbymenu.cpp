#include "ui/sortbymenu.h"

#include "ui/accelerators.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QTableView>

SortByMenu::SortByMenu(QTableView *table, QWidget *parent)
    : QMenu(tr("&Sort by"), parent)
    , m_table(table)
    , m_columns(new QActionGroup(this))
{
    setObjectName(QStringLiteral("sortByMenu"));
    // Optional: an unsorted table (the service's order) has no column checked.
    m_columns->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const QString ascendingText = tr("&Ascending");
    const QString descendingText = tr("&Descending");
    QString taken = QString(Accelerators::of(ascendingText)) + Accelerators::of(descendingText);
    const int columns = table->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        const QString name = table->model()->headerData(column, Qt::Horizontal).toString();
        QAction *action = addAction(Accelerators::mark(name, taken), this, [this, column] { sortBy(column); });
        action->setCheckable(true);
        action->setData(column);
        if (column < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + column)));
        m_columns->addAction(action);
    }
    addSeparator();
    auto *orders = new QActionGroup(this);
    orders->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_ascending = addAction(ascendingText, this, [this] {
        m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), Qt::AscendingOrder);
    });
    m_ascending->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up));
    m_descending = addAction(descendingText, this, [this] {
        m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), Qt::DescendingOrder);
    });
    m_descending->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down));
    for (QAction *order : { m_ascending, m_descending }) {
        order->setCheckable(true);
        orders->addAction(order);
    }
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &SortByMenu::showSortOrder);
    showSortOrder();
}

QList<QAction *> SortByMenu::actionsForColumn(int column, QObject *owner)
{
    const QString name = m_table->model()->headerData(column, Qt::Horizontal).toString();
    auto *ascending = new QAction(tr("Sort by %1, &ascending").arg(name), owner);
    connect(ascending, &QAction::triggered, m_table,
            [table = m_table, column] { table->sortByColumn(column, Qt::AscendingOrder); });
    auto *descending = new QAction(tr("Sort by %1, &descending").arg(name), owner);
    connect(descending, &QAction::triggered, m_table,
            [table = m_table, column] { table->sortByColumn(column, Qt::DescendingOrder); });
    return { ascending, descending };
}

void SortByMenu::sortBy(int column)
{
    const QHeaderView *header = m_table->horizontalHeader();
    const bool again = header->sortIndicatorSection() == column;
    const Qt::SortOrder ascending = Qt::AscendingOrder;
    m_table->sortByColumn(column, again && header->sortIndicatorOrder() == ascending ? Qt::DescendingOrder
                                                                                    : ascending);
}

void SortByMenu::showSortOrder()
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int sorted = header->sortIndicatorSection();
    const bool isSorted = sorted >= 0 && sorted < m_table->model()->columnCount();
    for (QAction *action : m_columns->actions())
        action->setChecked(isSorted && action->data().toInt() == sorted);
    m_ascending->setEnabled(isSorted);
    m_descending->setEnabled(isSorted);
    m_ascending->setChecked(isSorted && header->sortIndicatorOrder() == Qt::AscendingOrder);
    m_descending->setChecked(isSorted && header->sortIndicatorOrder() == Qt::DescendingOrder);
}
