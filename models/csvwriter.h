#pragma once

#include <QByteArray>
#include <QList>
#include <QtCore/qnamespace.h>
#include <QString>

class QAbstractItemModel;

// Writes the rows of a (filtered, sorted) model as CSV: UTF-8 with a byte order mark, quoted
// where RFC 4180 needs it, and every cell that a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or carriage return) prefixed with an apostrophe. The cells are the
// model's data for `role`, the header line its display headers.
namespace CsvWriter {

QByteArray write(const QAbstractItemModel &model, const QList<int> &columns,
                 int role = Qt::DisplayRole);
// write() into the file at `path`, replaced only once all of it is written (QSaveFile);
// otherwise false, with why in `error`.
bool writeFile(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
               QString *error, int role = Qt::DisplayRole);
QByteArray escapeCell(const QString &text);

} // namespace CsvWriter
