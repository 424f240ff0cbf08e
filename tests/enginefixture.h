#pragma once

#include "models/changeengine.h"
#include "store/asyncjournal.h"
#include "store/changejournal.h"

#include <QTemporaryDir>

#include <memory>

// A change engine on a journal in a temporary folder, with read-backs quick enough for tests.
class EngineFixture
{
public:
    explicit EngineFixture(ChimeClient *client, ChangeRun::Config config = quickConfig())
        : m_journal(std::make_unique<AsyncJournal>(journalPath()))
        , m_engine(std::make_unique<ChangeEngine>(client, m_journal.get(), QStringLiteral("test-session"),
                                                  config))
    {
    }

    static ChangeRun::Config quickConfig()
    {
        ChangeRun::Config config;
        config.readBack.rounds = 3;
        config.readBack.pause = std::chrono::milliseconds(50);
        return config;
    }

    ChangeEngine *engine() { return m_engine.get(); }
    AsyncJournal *journal() { return m_journal.get(); }
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.jsonl")); }
    const QTemporaryDir &dir() const { return m_dir; }

    JournalContents contents() const
    {
        QString error;
        return ChangeJournal(journalPath()).read(&error);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AsyncJournal> m_journal;
    std::unique_ptr<ChangeEngine> m_engine;
};
