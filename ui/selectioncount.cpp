#include "ui/selectioncount.h"

#include <QItemSelection>

namespace SelectionCount {

int rows(const QItemSelection &selection)
{
    int rows = 0;
    for (const QItemSelectionRange &range : selection)
        rows += range.height();
    return rows;
}

} // namespace SelectionCount
