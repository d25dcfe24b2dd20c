#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace prepmark {

// Writes RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, a
// quote, a line break or leading/trailing spaces, quotes doubled, CRLF after every
// record, UTF-8. A byte order mark is optional: spreadsheets need it to read UTF-8,
// learning platforms' importers do not.
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    CsvWriter &addRecord(const QStringList &fields);
    QByteArray bytes() const { return m_bytes; }

    static QString quoted(const QString &field);

private:
    QByteArray m_bytes;
};

} // namespace prepmark
