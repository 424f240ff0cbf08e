#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/heldvalue.h"
#include "core/connectionidentity.h"
#include "models/change.h"
#include "store/journalrecords.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

class ChangeEngine;
class ChimeClient;

// Plans the undo of a journaled change, at any later time: the users the journal says it applied
// to are read back, and only those still holding what the change gave them are given their
// previous value back; the others are listed as skipped with the reason (changed since by
// someone else, gone, unreadable). The plan is a change of its own, linked to the one it
// reverts; nothing is sent here.
class UndoPlanner final : public QObject
{
    Q_OBJECT

public:
    struct Skipped
    {
        JournalUser user;
        QString reason;
    };

    struct Plan
    {
        ChangeIntent original;
        Change change; // its targets are what will be sent; empty when there is nothing to undo
        QList<Skipped> skipped;
        QString error; // why there is no plan at all
        ConnectionIdentity readWith; // the connection the users were read back with
    };

    // With no id: the newest change in the journal that applied to at least one user.
    UndoPlanner(ChangeEngine *engine, std::optional<QUuid> changeId, QObject *parent = nullptr);

    void start();

    // Whether the journal holds a change that applied to at least one user: what a plan with no
    // id would start from.
    static bool hasCandidate(const JournalContents &contents);

signals:
    void planned(const UndoPlanner::Plan &plan);

private:
    void plan(const JournalContents &contents);
    void readUsers(const QList<QString> &userIds);
    void onUserRead(const QString &userId, const Outcome<HeldValue> &answer);
    void fail(const QString &error);

    ChangeEngine *m_engine;
    ChimeClient *m_client = nullptr;
    std::optional<QUuid> m_changeId;
    Plan m_plan;
    QHash<QString, JournalUser> m_reading;
};
Q_DECLARE_METATYPE(UndoPlanner::Plan)
