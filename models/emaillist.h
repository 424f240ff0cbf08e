#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// The addresses of a pasted list or a file, each checked before anything is sent: one address a
// line ("Name <name@example.com>" too), or CSV with a header naming an email column (or, without
// one, the first field holding an "@"). Blank lines are skipped; every other line is an entry,
// with a problem when it cannot be sent.
class EmailList
{
    Q_DECLARE_TR_FUNCTIONS(EmailList)

public:
    struct Entry
    {
        int line = 0; // from 1
        QString text; // as given
        QString email; // the address found, trimmed
        QString problem; // empty when it can be sent
    };

    // `inAccount`: addresses (NewUserAct::keyOf) that already have a user in the account.
    static QList<Entry> parse(const QString &text, const QSet<QString> &inAccount);
    static int sendable(const QList<Entry> &entries);

private:
    static QStringList csvFields(const QString &line, QChar separator);
    static QString addressIn(const QString &field);
};
