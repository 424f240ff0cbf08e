#include "models/csvwriter.h"

#include "core/csvline.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QStringList>

namespace CsvWriter {

QList<int> allColumns(const QAbstractItemModel &model)
{
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns.append(column);
    return columns;
}

QByteArray write(const QAbstractItemModel &model, const QList<int> &columns, int role)
{
    QByteArray out(CsvLine::byteOrderMark);
    QStringList cells;
    for (const int column : columns)
        cells.append(model.headerData(column, Qt::Horizontal).toString());
    out.append(CsvLine::line(cells));
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (const int column : columns)
            cells.append(model.index(row, column).data(role).toString());
        out.append(CsvLine::line(cells));
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
