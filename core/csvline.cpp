#include "core/csvline.h"

#include <algorithm>

namespace CsvLine {

QByteArray escapeCell(const QString &text)
{
    QString cell = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !cell.isEmpty() && formulaStarts.contains(cell.front());
    if (formula)
        cell.prepend(u'\'');
    static const QString separators = QStringLiteral(",;\"\n\r");
    const bool needsQuotes = std::any_of(cell.cbegin(), cell.cend(),
                                         [](QChar c) { return separators.contains(c); });
    if (formula || needsQuotes) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell.toUtf8();
}

QByteArray line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(escapeCell(cells.at(i)));
    }
    out.append("\r\n");
    return out;
}

} // namespace CsvLine
