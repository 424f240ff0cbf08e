#include "models/emaillist.h"

#include "core/chimerequestbuilder.h"
#include "models/newuseract.h"

#include <QHash>

#include <algorithm>

namespace {

constexpr qsizetype longestEmail = 256;

QChar separatorOf(const QString &line)
{
    for (const QChar separator : { u',', u';', u'\t' }) {
        if (line.contains(separator))
            return separator;
    }
    return {};
}

} // namespace

QStringList EmailList::csvFields(const QString &line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field.append(u'"');
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QString EmailList::addressIn(const QString &field)
{
    QString text = field.trimmed();
    // "Name <name@example.com>", as mail programs copy addresses.
    const qsizetype open = text.lastIndexOf(u'<');
    if (open >= 0 && text.endsWith(u'>'))
        text = text.mid(open + 1, text.size() - open - 2).trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

QList<EmailList::Entry> EmailList::parse(const QString &text, const QSet<QString> &inAccount)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString &line) { return !line.trimmed().isEmpty(); });
    const QChar separator = first == lines.cend() ? QChar() : separatorOf(*first);
    int emailColumn = -1;
    qsizetype header = -1;
    if (!separator.isNull()) {
        const QStringList names = csvFields(*first, separator);
        // A header names columns: a field holding an address makes the line data, not a header.
        const bool isHeader = std::none_of(names.cbegin(), names.cend(),
                                           [](const QString &name) { return name.contains(u'@'); });
        for (qsizetype i = 0; isHeader && i < names.size() && emailColumn < 0; ++i) {
            if (names.at(i).contains(u"email", Qt::CaseInsensitive)
                || names.at(i).contains(u"e-mail", Qt::CaseInsensitive))
                emailColumn = int(i);
        }
        if (emailColumn >= 0)
            header = first - lines.cbegin();
    }

    QList<Entry> entries;
    QHash<QString, int> seen; // key -> line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i == header || line.trimmed().isEmpty())
            continue;
        Entry entry { int(i + 1), line.trimmed(), {}, {} };
        if (separator.isNull()) {
            entry.email = addressIn(line);
        } else {
            const QStringList fields = csvFields(line, separator);
            if (emailColumn >= 0) {
                entry.email = emailColumn < fields.size() ? addressIn(fields.at(emailColumn)) : QString();
            } else {
                const auto withAt = std::find_if(fields.cbegin(), fields.cend(),
                                                 [](const QString &field) { return field.contains(u'@'); });
                entry.email = withAt == fields.cend() ? QString() : addressIn(*withAt);
            }
        }
        const QString key = NewUserAct::keyOf(entry.email);
        if (entry.email.isEmpty())
            entry.problem = tr("No email address on this line.");
        else if (entry.email.size() > longestEmail)
            entry.problem = tr("Longer than the %1 characters an address may have.").arg(longestEmail);
        else if (!ChimeRequestBuilder::isEmailAddress(entry.email)
                 || std::any_of(entry.email.cbegin(), entry.email.cend(),
                                [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
            entry.problem = tr("Not an email address (name@domain.example).");
        else if (const auto earlier = seen.constFind(key); earlier != seen.cend())
            entry.problem = tr("The same address as line %1.").arg(*earlier);
        else if (inAccount.contains(key))
            entry.problem = tr("Already a user of this account.");
        if (entry.problem.isEmpty())
            seen.insert(key, entry.line);
        entries.append(entry);
    }
    return entries;
}

int EmailList::sendable(const QList<Entry> &entries)
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const Entry &entry) { return entry.problem.isEmpty(); }));
}
