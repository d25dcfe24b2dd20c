#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// One record of a CSV file: its fields and the line it starts on (1-based; a quoted
// field may run over several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A whole CSV file, decoded.
struct CsvTable
{
    QString fileName;
    QChar delimiter = QLatin1Char(',');
    bool hadByteOrderMark = false;
    QStringList header; // the first record
    QVector<CsvRecord> records; // every record after the header; blank lines are skipped
};

// Reads CSV as spreadsheets and learning platforms write it (RFC 4180): fields
// separated by a comma, semicolon or tab (detected from the header line), optionally
// quoted with '"', quotes inside quoted fields doubled, line breaks inside quoted
// fields kept, CRLF or LF line ends.
//
// Encoding: UTF-8 with or without a byte order mark, or UTF-16 with one. Anything
// else is rejected with the line and column of the first byte that is not UTF-8 (a
// file saved as Windows-1252 or Latin-1), so names are never silently mangled.
//
// Errors name the file, the line and the column (1-based, in characters):
//   "roster.csv:7:12: byte 0xE9 is not valid UTF-8 ..."
//   "roster.csv:4:30: a quoted field is not closed before the end of the file"
class CsvReader
{
public:
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName);
    static Result<CsvTable> read(const QString &path);

private:
    static Result<QString> decode(const QByteArray &bytes, const QString &fileName, bool *hadByteOrderMark);
};

} // namespace prepmark
