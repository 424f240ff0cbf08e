#pragma once

#include "store/journalrecords.h"

#include <QHash>
#include <QUuid>

// Change id -> user id -> that user's last settlement in that change, read in one pass over the
// journal (an unconfirmed outcome may be followed by the one a read-back found).
using LastOutcomes = QHash<QUuid, QHash<QString, Settlement>>;
LastOutcomes lastOutcomes(const JournalContents &contents);
