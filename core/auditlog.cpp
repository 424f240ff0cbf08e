#include "core/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <utility>

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/audit-log.jsonl");
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder of %1.").arg(m_path);
        return false;
    }
    QFile file(m_path);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()
        || !file.flush()) {
        *error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::readAll(int *unreadableLines, QString *error) const
{
    *unreadableLines = 0;
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the audit log %1: %2").arg(m_path, file.errorString());
        return {};
    }
    QList<AuditEntry> entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const std::optional<AuditEntry> entry = AuditEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (entry)
            entries.append(*entry);
        else
            ++*unreadableLines;
    }
    return entries;
}
