#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One change a row of an imported file asks for: an act's value, before → after.
struct ImportChange
{
    QString act; // a ChangeAct id
    QString before;
    QString after;

    friend bool operator==(const ImportChange &, const ImportChange &) = default;
};

// What one row of an imported file does: the changes it makes to its user, nothing (the user
// holds it already), or why it cannot apply.
struct ImportRow
{
    enum class Status { Changes, Unchanged, CannotApply };

    int line = 0; // in the file, 1-based
    QString key; // the email or user id the row names
    QString userId;
    QString displayName;
    QString email;
    QList<ImportChange> changes;
    Status status = Status::CannotApply;
    QString reason; // why it cannot apply
};

// The dry run of an imported file: nothing is sent until it is applied.
struct ImportPlan
{
    QString error; // the file as a whole cannot be used
    QStringList ignoredColumns; // headers this program does not know
    QList<ImportRow> rows;

    int countOf(ImportRow::Status status) const
    {
        int count = 0;
        for (const ImportRow &row : rows)
            count += row.status == status ? 1 : 0;
        return count;
    }
};
