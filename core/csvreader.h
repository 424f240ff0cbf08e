#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte order mark,
// comma-separated, fields quoted with '"' (a quote inside doubled) and may span lines, lines
// ending in LF or CR LF. Anything else is refused with the line it is on, never guessed at.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Result
    {
        QList<QStringList> rows; // the header line first
        QList<int> lines; // the line each row starts on (1-based)
        QString error; // empty when the whole file was read
    };

    // Reads at most `maxRows` rows (the header included); more is an error.
    static Result read(const QByteArray &bytes, qsizetype maxRows);
};
