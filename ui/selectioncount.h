#pragma once

class QItemSelection;

namespace SelectionCount {

// The rows a selection holds, from its ranges rather than its indexes: Select all on 100,000
// users is one range, where listing the selected rows would make 100,000 indexes on every click.
int rows(const QItemSelection &selection);

} // namespace SelectionCount
