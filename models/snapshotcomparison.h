#pragma once

#include "core/user.h"
#include "models/userdifference.h"

#include <QList>

// What changed between two snapshots of one account: users added, users removed, and for every
// user in both, each member whose value differs, before → after as a person reads it (times in
// ISO 8601 UTC, so that they compare and sort as they read). Added and removed users come in the
// order of their snapshot, changes in the newer one's order.
namespace SnapshotComparison {

QList<UserDifference> compare(const QList<User> &older, const QList<User> &newer);

} // namespace SnapshotComparison
