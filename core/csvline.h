#pragma once

#include <QByteArray>
#include <QStringList>

// CSV as spreadsheets read it: UTF-8, quoted where RFC 4180 needs it (and on ';', which
// spreadsheets in German and other locales split on), every cell a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe, and
// lines ending in CR LF.
namespace CsvLine {

// A file's first bytes: the byte order mark that tells spreadsheets it is UTF-8.
inline constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

QByteArray escapeCell(const QString &text);
QByteArray line(const QStringList &cells);

} // namespace CsvLine
