#pragma once

#include "core/auditentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The local record of every change the program makes: one JSON object a line, appended to a
// file in the application's data folder. A line that cannot be read is counted, not fatal.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QString path);

    static QString defaultPath();

    bool append(const AuditEntry &entry, QString *error);
    QList<AuditEntry> readAll(int *unreadableLines, QString *error) const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};
