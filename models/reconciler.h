#pragma once

#include "core/outcome.h"
#include "core/user.h"
#include "models/heldvalue.h"
#include "store/journalrecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class ChangeEngine;
class ChangeAct;
class ChimeClient;
class JournalSessions;

// At start (and whenever another connection becomes active): finds the changes of earlier runs
// that the journal holds no final outcome for — the program was killed or lost power while they
// were on their way — reads their users back, and journals what each now holds. Changes made
// with other credentials or at another endpoint are left for when those are in use; changes of
// a run still going (another window) are left alone.
class Reconciler final : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int changes = 0; // interrupted changes checked now
        QHash<QString, int> nowHold; // applied: display value -> users
        QHash<QString, int> stillHold; // not applied: display value -> users
        int gone = 0; // users that no longer exist
        int unchecked = 0; // users that could not be read back this time
        int untraceable = 0; // users of acts that leave no trace to read back (a log-out)
        QStringList elsewhere; // "profile (access key id) at endpoint" of changes left for later
        QList<int> unreadableLines;

        bool isEmpty() const;
        // "3 changes from the last session were interrupted: 40 users now hold Pro, 2 still
        // hold Basic." and what could not be checked.
        QString text() const;
    };

    Reconciler(ChangeEngine *engine, JournalSessions *sessions, QObject *parent = nullptr);

    void start();

signals:
    // Reading back has begun for this many users (nothing is emitted when there is nothing to do).
    void checking(int users);
    void finished(const Reconciler::Report &report);

private:
    void reconcile(const JournalContents &contents);
    void check(const ChangeAct &act, const ChangeIntent &intent, const QList<QString> &userIds);
    void leaveUnconfirmed(const ChangeIntent &intent, const QList<QString> &userIds,
                          const QHash<QString, Settlement> &done);
    void onUserRead(const ChangeIntent &intent, const QString &userId, const Outcome<HeldValue> &answer,
                    QList<UserOutcome> *outcomes);
    void finishOne();

    ChangeEngine *m_engine;
    ChimeClient *m_client = nullptr;
    JournalSessions *m_sessions;
    Report m_report;
    int m_pending = 0;
    int m_checking = 0;
};
Q_DECLARE_METATYPE(Reconciler::Report)
