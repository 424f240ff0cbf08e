#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

// The search field and the filters above the users table: one row where the pane is wide enough,
// else the search above the filters. With a large font (or German) one row would set the pane's
// least width, and with it the window's, beyond a 1024-pixel screen.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    FilterBar(QWidget *search, const QList<QWidget *> &filters, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int filtersWidth() const;
    int oneRowWidth() const;
    void arrange(bool oneRow);

    QWidget *m_search;
    QList<QWidget *> m_filters;
    QGridLayout *m_layout;
    bool m_oneRow = true;
};
