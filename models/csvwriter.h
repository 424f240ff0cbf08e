#pragma once

#include <QByteArray>
#include <QList>
#include <QtCore/qnamespace.h>
#include <QString>

class QAbstractItemModel;

// Writes the rows of a (filtered, sorted) model as CSV (CsvLine: UTF-8 with a byte order mark,
// formulas made harmless). The cells are the model's data for `role`, the header line its
// display headers.
namespace CsvWriter {

// Every column of the model, in its order: for an export of all there is.
QList<int> allColumns(const QAbstractItemModel &model);
QByteArray write(const QAbstractItemModel &model, const QList<int> &columns,
                 int role = Qt::DisplayRole);
// write() into the file at `path`, replaced only once all of it is written (QSaveFile);
// otherwise false, with why in `error`.
bool writeFile(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
               QString *error, int role = Qt::DisplayRole);

} // namespace CsvWriter
