#pragma once

#include <QString>

// An item of a listing that could not be read (a member of the wrong type, a null entry): the
// rest of its page is still read, and this says which item was left out and why.
struct UnreadableItem
{
    QString id; // the item's id where it could be read; empty when it could not
    QString why;
};
