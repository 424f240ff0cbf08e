#include "ui/filterbar.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace {

int leastWidth(const QWidget *widget)
{
    return std::max(widget->minimumWidth(), widget->minimumSizeHint().width());
}

} // namespace

FilterBar::FilterBar(QWidget *search, const QList<QWidget *> &filters, QWidget *parent)
    : QWidget(parent)
    , m_search(search)
    , m_filters(filters)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    arrange(true);
}

QSize FilterBar::minimumSizeHint() const
{
    // As narrow as the two rows can be: the row of filters, or the search, whichever is wider.
    int filters = 0;
    for (const QWidget *filter : m_filters)
        filters += leastWidth(filter) + m_layout->horizontalSpacing();
    const int twoRows = std::max(leastWidth(m_search), filters - m_layout->horizontalSpacing());
    return { twoRows, QWidget::minimumSizeHint().height() };
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = event->size().width() >= oneRowWidth();
    if (oneRow != m_oneRow)
        arrange(oneRow);
}

int FilterBar::oneRowWidth() const
{
    int width = leastWidth(m_search);
    for (const QWidget *filter : m_filters)
        width += m_layout->horizontalSpacing() + leastWidth(filter);
    return width;
}

void FilterBar::arrange(bool oneRow)
{
    m_oneRow = oneRow;
    m_layout->removeWidget(m_search);
    for (QWidget *filter : std::as_const(m_filters))
        m_layout->removeWidget(filter);
    const int columns = int(m_filters.size());
    // One row: the search takes what the filters leave. Two: the search spans the filters' row.
    m_layout->addWidget(m_search, 0, 0, 1, oneRow ? 1 : columns);
    for (int i = 0; i < columns; ++i)
        m_layout->addWidget(m_filters.at(i), oneRow ? 0 : 1, oneRow ? i + 1 : i);
    for (int column = 0; column <= columns; ++column)
        m_layout->setColumnStretch(column, oneRow ? (column == 0 ? 1 : 0) : (column < columns ? 1 : 0));
}
