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
    return { std::max(leastWidth(m_search), filtersWidth()), QWidget::minimumSizeHint().height() };
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = event->size().width() >= oneRowWidth();
    if (oneRow != m_oneRow)
        arrange(oneRow);
}

// The filters side by side, the spacing between them included.
int FilterBar::filtersWidth() const
{
    int width = 0;
    for (const QWidget *filter : m_filters)
        width += (width > 0 ? m_layout->horizontalSpacing() : 0) + leastWidth(filter);
    return width;
}

int FilterBar::oneRowWidth() const
{
    return leastWidth(m_search) + m_layout->horizontalSpacing() + filtersWidth();
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
