#include "CsvWriter.h"

namespace prepmark {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_bytes = QByteArrayLiteral("\xef\xbb\xbf");
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

CsvWriter &CsvWriter::addRecord(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &field : fields)
        quotedFields << quoted(field);
    m_bytes += quotedFields.join(QLatin1Char(',')).toUtf8();
    m_bytes += "\r\n";
    return *this;
}

} // namespace prepmark
