#pragma once

#include "models/changeengine.h"
#include "store/asyncjournal.h"

#include <QTemporaryDir>

namespace Bench {

// The change engine the program runs, on a journal of its own in a temporary folder (fsync
// included), for the benchmarks that change users or show them.
class ScratchEngine
{
public:
    explicit ScratchEngine(ChimeClient *client)
        : m_journal(m_dir.filePath(QStringLiteral("journal.jsonl")))
        , m_engine(client, &m_journal, QStringLiteral("benchmark"))
    {
    }

    ChangeEngine *engine() { return &m_engine; }

private:
    QTemporaryDir m_dir;
    AsyncJournal m_journal;
    ChangeEngine m_engine;
};

} // namespace Bench
