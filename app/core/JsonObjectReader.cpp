#include "JsonObjectReader.h"

#include <cmath>

namespace prepmark {

namespace {
QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

void JsonErrorSink::fail(const QString &path, const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    m_message = QStringLiteral("%1: %2: %3").arg(m_sourceName, path, what);
}

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path, JsonErrorSink &sink)
    : m_object(object), m_path(std::move(path)), m_sink(sink)
{
}

std::optional<QJsonValue> JsonObjectReader::take(const QString &key, QJsonValue::Type type, bool required)
{
    m_known.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(key, QStringLiteral("missing required field"));
        return std::nullopt;
    }
    if (it->type() != type) {
        fail(key, QStringLiteral("expected %1, found %2").arg(typeName(type), typeName(it->type())));
        return std::nullopt;
    }
    return *it;
}

QString JsonObjectReader::requiredString(const QString &key)
{
    const auto v = take(key, QJsonValue::String, true);
    if (v && v->toString().trimmed().isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return v ? v->toString() : QString();
}

QString JsonObjectReader::optionalString(const QString &key, const QString &fallback)
{
    const auto v = take(key, QJsonValue::String, false);
    return v ? v->toString() : fallback;
}

double JsonObjectReader::requiredNumber(const QString &key)
{
    const auto v = take(key, QJsonValue::Double, true);
    return v ? v->toDouble() : 0.0;
}

double JsonObjectReader::optionalNumber(const QString &key, double fallback)
{
    const auto v = take(key, QJsonValue::Double, false);
    return v ? v->toDouble() : fallback;
}

int JsonObjectReader::requiredInt(const QString &key)
{
    const auto v = take(key, QJsonValue::Double, true);
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (d != std::floor(d)) {
        fail(key, QStringLiteral("expected a whole number, found %1").arg(d));
        return 0;
    }
    return int(d);
}

int JsonObjectReader::optionalInt(const QString &key, int fallback)
{
    if (!m_object.contains(key)) {
        m_known.insert(key);
        return fallback;
    }
    return requiredInt(key);
}

bool JsonObjectReader::optionalBool(const QString &key, bool fallback)
{
    const auto v = take(key, QJsonValue::Bool, false);
    return v ? v->toBool() : fallback;
}

QJsonArray JsonObjectReader::requiredArray(const QString &key)
{
    const auto v = take(key, QJsonValue::Array, true);
    return v ? v->toArray() : QJsonArray();
}

QJsonArray JsonObjectReader::optionalArray(const QString &key)
{
    const auto v = take(key, QJsonValue::Array, false);
    return v ? v->toArray() : QJsonArray();
}

QJsonObject JsonObjectReader::requiredObject(const QString &key)
{
    const auto v = take(key, QJsonValue::Object, true);
    return v ? v->toObject() : QJsonObject();
}

QJsonObject JsonObjectReader::optionalObject(const QString &key)
{
    const auto v = take(key, QJsonValue::Object, false);
    return v ? v->toObject() : QJsonObject();
}

QStringList JsonObjectReader::optionalStringList(const QString &key)
{
    QStringList result;
    const QJsonArray array = optionalArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            m_sink.fail(indexPath(childPath(key), i), QStringLiteral("expected a string"));
            return {};
        }
        result << array[i].toString();
    }
    return result;
}

void JsonObjectReader::allow(std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        m_known.insert(QString::fromLatin1(key));
}

void JsonObjectReader::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key())) {
            fail(it.key(), QStringLiteral("unknown field"));
            return;
        }
    }
}

} // namespace prepmark
