#include "store/lastoutcomes.h"

LastOutcomes lastOutcomes(const JournalContents &contents)
{
    LastOutcomes last;
    for (const UserOutcome &outcome : contents.outcomes)
        last[outcome.changeId].insert(outcome.userId, outcome.settlement);
    return last;
}
