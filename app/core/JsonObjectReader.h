#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace prepmark {

// The first error met while reading a JSON document, shared by every reader of it.
class JsonErrorSink
{
public:
    explicit JsonErrorSink(QString sourceName) : m_sourceName(std::move(sourceName)) { }

    // Records "<source>: <path>: <what>" unless an earlier error was recorded.
    void fail(const QString &path, const QString &what);
    bool failed() const { return m_failed; }
    Error error() const { return Error {m_message}; }
    const QString &sourceName() const { return m_sourceName; }

private:
    QString m_sourceName;
    QString m_message;
    bool m_failed = false;
};

// Reads one JSON object strictly: required fields must be there with the right type,
// and rejectUnknownFields() reports every key that was neither read nor allowed.
// Getters return a neutral value after an error; callers check the sink at the end.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonObject &object, QString path, JsonErrorSink &sink);

    const QString &path() const { return m_path; }
    QString childPath(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    JsonErrorSink &sink() const { return m_sink; }

    QString requiredString(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    double requiredNumber(const QString &key);
    double optionalNumber(const QString &key, double fallback);
    int requiredInt(const QString &key);
    int optionalInt(const QString &key, int fallback);
    bool optionalBool(const QString &key, bool fallback);
    QJsonArray requiredArray(const QString &key);
    QJsonArray optionalArray(const QString &key);
    QJsonObject requiredObject(const QString &key);
    QJsonObject optionalObject(const QString &key);
    QStringList optionalStringList(const QString &key);

    // Marks keys as known without reading them here.
    void allow(std::initializer_list<const char *> keys);
    // Fails on the first key (in key order) that was not read or allowed.
    void rejectUnknownFields();

    void fail(const QString &key, const QString &what) { m_sink.fail(childPath(key), what); }

private:
    std::optional<QJsonValue> take(const QString &key, QJsonValue::Type type, bool required);

    QJsonObject m_object;
    QString m_path;
    JsonErrorSink &m_sink;
    QSet<QString> m_known;
};

// "$.dimensions[2]"
inline QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace prepmark
