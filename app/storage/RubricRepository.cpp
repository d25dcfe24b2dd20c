#include "RubricRepository.h"

#include "SqlQuery.h"

#include "core/RubricLoader.h"

#include <QJsonDocument>

namespace prepmark {

RubricRepository::RubricRepository(QSqlDatabase connection) : m_connection(std::move(connection)) { }

Result<qint64> RubricRepository::store(const QByteArray &definition, const QString &sourceName)
{
    const Result<Rubric> rubric = RubricLoader::fromJson(definition, sourceName);
    if (!rubric)
        return rubric.error();
    const QByteArray canonical = QJsonDocument::fromJson(definition).toJson(QJsonDocument::Compact);

    SqlQuery existing(
        m_connection, QStringLiteral("SELECT id, definition FROM rubrics WHERE key = :key AND version = :version"));
    existing.bind(QStringLiteral(":key"), rubric->key).bind(QStringLiteral(":version"), rubric->version);
    if (const Status done = existing.exec(); !done)
        return done.error();
    if (existing.next()) {
        if (existing.value(1).toByteArray() == canonical)
            return existing.value(0).toLongLong();
        return makeError(QStringLiteral("%1: rubric %2 is already stored with different content; "
                                        "give the changed rubric a new version")
                             .arg(sourceName, rubric->identity()));
    }
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO rubrics (key, version, title, definition) VALUES (:key, :version, :title, "
                       ":definition) RETURNING id"));
    insert.bind(QStringLiteral(":key"), rubric->key)
        .bind(QStringLiteral(":version"), rubric->version)
        .bind(QStringLiteral(":title"), rubric->title)
        .bind(QStringLiteral(":definition"), canonical);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Result<Rubric> RubricRepository::load(qint64 rubricId) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT key, version, definition FROM rubrics WHERE id = :id"));
    query.bind(QStringLiteral(":id"), rubricId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no rubric %1 in the database").arg(rubricId));
    return RubricLoader::fromJson(query.value(2).toByteArray(),
        QStringLiteral("database rubric %1@%2").arg(query.value(0).toString(), query.value(1).toString()));
}

Result<qint64> RubricRepository::idOf(const QString &key, int version) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT id FROM rubrics WHERE key = :key AND version = :version"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":version"), version);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no rubric %1@%2 in the database").arg(key).arg(version));
    return query.value(0).toLongLong();
}

} // namespace prepmark
