#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// What the change journal keeps. Values only: the journal file (ChangeJournal) writes and reads
// them, the change engine makes them, the audit log view shows them. Member values ("before",
// "after", "holds") are the wire names of the member the act changes (a license: "Pro").

// One user a change is for, as last read before the change was sent.
struct JournalUser
{
    QString userId;
    QString displayName;
    QString email;
    QString before;
    QString after;

    friend bool operator==(const JournalUser &, const JournalUser &) = default;
};

// Written and flushed to disk before the first request of a change goes out.
struct ChangeIntent
{
    QUuid changeId;
    QDateTime time; // UTC
    QString sessionId; // the program run that sent it (see JournalSessions)
    QString act; // the act's id, e.g. "license"
    QString operation; // the Chime operation, e.g. "BatchUpdateUser"
    QString profile; // the profile or source label the credentials came from
    QString accessKeyId; // never the secret
    QString endpoint;
    QString accountId;
    QString accountName;
    std::optional<QUuid> reverts; // set when this change undoes another
    QList<JournalUser> users;

    friend bool operator==(const ChangeIntent &, const ChangeIntent &) = default;
};

// How one user of a change ended. Applied, Failed, NotApplied and Cancelled are final;
// Unconfirmed (the answer was lost and reading the user back failed too) is not: the change is
// reconciled again at the next start.
enum class Settlement { Applied, Failed, NotApplied, Unconfirmed, Cancelled };

struct UserOutcome
{
    QUuid changeId;
    QDateTime time; // UTC
    QString userId;
    Settlement settlement = Settlement::Unconfirmed;
    QString holds; // what the service holds now, where it is known
    QString requestId;
    QString code; // the service's error code, for Failed
    QString message;
    bool reconciled = false; // settled by reading the user back after an interrupted run

    friend bool operator==(const UserOutcome &, const UserOutcome &) = default;
};

inline bool isFinal(Settlement settlement)
{
    return settlement != Settlement::Unconfirmed;
}

// Everything a journal file holds, in file order; lines that could not be read by line number
// (1-based).
struct JournalContents
{
    QList<ChangeIntent> intents;
    QList<UserOutcome> outcomes;
    QList<int> unreadableLines;
};
