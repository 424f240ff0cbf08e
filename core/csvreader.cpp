#include "core/csvreader.h"

#include <QStringDecoder>

CsvReader::Result CsvReader::read(const QByteArray &bytes, qsizetype maxRows)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter)) {
        result.error = tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".");
        return result;
    }
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endRow = [&]() -> bool {
        row.append(field);
        field.clear();
        fieldWasQuoted = false;
        if (result.rows.size() == maxRows) {
            result.error = tr("The file has more than %1 rows; split it into smaller files.").arg(maxRows - 1);
            return false;
        }
        result.rows.append(row);
        result.lines.append(rowLine);
        row.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.error = tr("Line %1: a quote inside a field that is not quoted.").arg(line);
                return result;
            }
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the LF ends the row
        } else if (c == u'\n') {
            if (!endRow())
                return result;
            ++line;
            rowLine = line;
        } else if (fieldWasQuoted) {
            result.error = tr("Line %1: text after a quoted field's closing quote.").arg(line);
            return result;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        result.error = tr("Line %1: a quoted field is never closed.").arg(rowLine);
        return result;
    }
    if (!field.isEmpty() || !row.isEmpty() || fieldWasQuoted)
        endRow();
    return result;
}
