#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace prepmark {

namespace {

// Length of the valid UTF-8 sequence starting at i, or 0 if it is not valid (overlong
// forms, surrogates and code points above U+10FFFF are invalid, as in RFC 3629).
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xbf; // allowed range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0;
        if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xbf)
            return 0;
    }
    return length;
}

// Detects the delimiter from the header line: the most frequent of , ; and tab
// outside quotes (a header such as "Student","ID","SIS User ID" has commas only).
QChar detectDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, const QString &fileName, bool *hadByteOrderMark)
{
    *hadByteOrderMark = false;
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        *hadByteOrderMark = true;
        QStringDecoder decoder(bytes.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError() || bytes.size() % 2 != 0)
            return makeError(QStringLiteral("%1: the file starts as UTF-16 but is not valid UTF-16; save it as "
                                            "\"CSV UTF-8\"")
                                 .arg(fileName));
        return text;
    }
    qsizetype start = 0;
    if (bytes.startsWith("\xef\xbb\xbf")) {
        *hadByteOrderMark = true;
        start = 3;
    }
    int line = 1;
    qsizetype lineStart = start;
    for (qsizetype i = start; i < bytes.size();) {
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            const QString before = QString::fromUtf8(bytes.mid(lineStart, i - lineStart));
            const QString hex
                = QStringLiteral("%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0')).toUpper();
            return makeError(QStringLiteral("%1:%2:%3: byte 0x%4 is not valid UTF-8 (the file looks like Windows-1252 "
                                            "or Latin-1); save it as \"CSV UTF-8\" and import it again")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(before.size() + 1)
                                 .arg(hex));
        }
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
        i += length;
    }
    return QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    const Result<QString> decoded = decode(bytes, fileName, &table.hadByteOrderMark);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    table.delimiter = detectDelimiter(text);

    QVector<CsvRecord> all;
    CsvRecord record {1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (and its closing quote seen)
    int line = 1, column = 0;
    int quoteLine = 0, quoteColumn = 0;
    auto endField = [&]() {
        record.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            all << record;
        record = CsvRecord {line + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        ++column;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || wasQuoted)
                return makeError(QStringLiteral("%1:%2:%3: a quote inside a field that is not quoted; quote the "
                                                "whole field and double the quote (\"\")")
                                     .arg(fileName)
                                     .arg(line)
                                     .arg(column));
            field.clear(); // spaces before the opening quote
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRecord();
            ++line;
            column = 0;
        } else if (wasQuoted) {
            if (!c.isSpace())
                return makeError(QStringLiteral("%1:%2:%3: text after the closing quote of a field")
                                     .arg(fileName)
                                     .arg(line)
                                     .arg(column));
        } else {
            field += c;
        }
    }
    if (quoted)
        return makeError(QStringLiteral("%1:%2:%3: a quoted field is not closed before the end of the file")
                             .arg(fileName)
                             .arg(quoteLine)
                             .arg(quoteColumn));
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted)
        endRecord();
    if (all.isEmpty())
        return makeError(QStringLiteral("%1: the file is empty; expected a header line").arg(fileName));
    table.header = all.first().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    table.records = all.mid(1);
    return table;
}

Result<CsvTable> CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace prepmark
