#include "models/csvwriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QStringList>

namespace CsvWriter {

QByteArray escapeCell(const QString &text)
{
    QString cell = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !cell.isEmpty() && formulaStarts.contains(cell.front());
    if (formula)
        cell.prepend(u'\'');
    // ';' too: spreadsheets in German (and other) locales split on it.
    static const QString separators = QStringLiteral(",;\"\n\r");
    const bool needsQuotes = std::any_of(cell.cbegin(), cell.cend(),
                                         [](QChar c) { return separators.contains(c); });
    if (formula || needsQuotes) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell.toUtf8();
}

QByteArray write(const QAbstractItemModel &model, const QList<int> &columns, int role)
{
    QByteArray out("\xEF\xBB\xBF");
    const auto writeLine = [&out](const QList<QByteArray> &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append(cells.at(i));
        }
        out.append("\r\n");
    };
    QList<QByteArray> cells;
    for (const int column : columns)
        cells.append(escapeCell(model.headerData(column, Qt::Horizontal).toString()));
    writeLine(cells);
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (const int column : columns)
            cells.append(escapeCell(model.index(row, column).data(role).toString()));
        writeLine(cells);
    }
    return out;
}

bool writeFile(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
               QString *error, int role)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(write(model, columns, role)) >= 0
        && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace CsvWriter
