#pragma once

class QTableView;

// A table that shows results rather than taking input: whole rows selected, nothing edited, no
// row numbers, the last column reaching the edge.
namespace ReadOnlyTable {

void setUp(QTableView *table);
// setUp(), and sortable by a click on a header, in the model's own order until then.
void setUpSortable(QTableView *table);

} // namespace ReadOnlyTable
