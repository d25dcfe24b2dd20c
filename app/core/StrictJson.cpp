#include "StrictJson.h"

#include <QFile>
#include <QJsonParseError>
#include <QSet>

namespace prepmark {
namespace {

// Walks a JSON text that QJsonDocument has already accepted, so it may assume the
// syntax is valid; it only tracks object keys and the path to where it is.
class DuplicateKeyFinder
{
public:
    explicit DuplicateKeyFinder(const QByteArray &text) : m_text(text) { }

    // The path of the first duplicated key, or an empty string.
    QString find()
    {
        skipSpace();
        value(QStringLiteral("$"));
        return m_duplicatePath;
    }

private:
    bool done() const { return !m_duplicatePath.isEmpty() || m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    QString string()
    {
        QByteArray decoded;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                decoded += m_text[m_pos];
                ++m_pos;
            }
            decoded += m_text[m_pos];
            ++m_pos;
        }
        ++m_pos; // closing quote
        // Escapes are kept as written: two spellings of one key are not detected,
        // which only matters for deliberately obfuscated files.
        return QString::fromUtf8(decoded);
    }

    void value(const QString &path)
    {
        if (done())
            return;
        const char c = m_text[m_pos];
        if (c == '{') {
            object(path);
        } else if (c == '[') {
            array(path);
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size()) {
                const char s = m_text[m_pos];
                if (s == ',' || s == '}' || s == ']' || s == ' ' || s == '\n' || s == '\r' || s == '\t')
                    break;
                ++m_pos;
            }
        }
        skipSpace();
    }

    void object(const QString &path)
    {
        ++m_pos;
        skipSpace();
        QSet<QString> keys;
        while (!done() && m_text[m_pos] != '}') {
            const QString key = string();
            const QString childPath = path + QLatin1Char('.') + key;
            if (keys.contains(key)) {
                m_duplicatePath = childPath;
                return;
            }
            keys.insert(key);
            skipSpace();
            ++m_pos; // colon
            skipSpace();
            value(childPath);
            if (!done() && m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }

    void array(const QString &path)
    {
        ++m_pos;
        skipSpace();
        int index = 0;
        while (!done() && m_text[m_pos] != ']') {
            value(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'));
            if (!done() && m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    QString m_duplicatePath;
};

QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<QJsonDocument> parseStrictJson(const QByteArray &text, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("%1: %2: invalid JSON: %3")
                             .arg(sourceName, lineAndColumn(text, parseError.offset), parseError.errorString()));
    }
    const QString duplicate = DuplicateKeyFinder(text).find();
    if (!duplicate.isEmpty())
        return makeError(QStringLiteral("%1: %2: duplicate key").arg(sourceName, duplicate));
    return document;
}

Result<QJsonDocument> readStrictJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return parseStrictJson(file.readAll(), path);
}

} // namespace prepmark
