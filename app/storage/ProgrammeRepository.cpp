#include "ProgrammeRepository.h"

#include "SqlDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace prepmark {

ProgrammeRepository::ProgrammeRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> ProgrammeRepository::createProgramme(const QString &code, const QString &name)
{
    if (const Status allowed = m_access.mayManageProgrammes(); !allowed)
        return allowed.error();
    SqlQuery insert(
        m_connection, QStringLiteral("INSERT INTO programmes (code, name) VALUES (:code, :name) RETURNING id"));
    insert.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":name"), name);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Result<qint64> ProgrammeRepository::createModule(qint64 programmeId, const QString &code, const QString &name)
{
    if (const Status allowed = m_access.mayManageProgrammes(); !allowed)
        return allowed.error();
    SqlQuery insert(m_connection,
        QStringLiteral(
            "INSERT INTO modules (programme_id, code, name) VALUES (:programme, :code, :name) RETURNING id"));
    insert.bind(QStringLiteral(":programme"), programmeId)
        .bind(QStringLiteral(":code"), code)
        .bind(QStringLiteral(":name"), name);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Result<qint64> ProgrammeRepository::addOutcome(
    qint64 programmeId, const QString &code, const QString &description, const QStringList &dimensionKeys)
{
    if (const Status allowed = m_access.mayManageProgrammes(); !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO learning_outcomes (programme_id, code, description) VALUES (:programme, :code, "
                       ":description) RETURNING id"));
    insert.bind(QStringLiteral(":programme"), programmeId)
        .bind(QStringLiteral(":code"), code)
        .bind(QStringLiteral(":description"), description);
    if (const Status done = insert.exec(); !done)
        return done.error();
    const qint64 id = insert.insertedId();
    for (const QString &key : dimensionKeys) {
        SqlQuery map(m_connection,
            QStringLiteral("INSERT INTO outcome_dimensions (outcome_id, dimension_key) VALUES (:outcome, :key)"));
        map.bind(QStringLiteral(":outcome"), id).bind(QStringLiteral(":key"), key);
        if (const Status done = map.exec(); !done)
            return done.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QVector<ProgrammeRecord>> ProgrammeRepository::programmes() const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT id, code, name FROM programmes ORDER BY code"));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ProgrammeRecord> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

Result<std::optional<ProgrammeRecord>> ProgrammeRepository::programmeByCode(const QString &code) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT id, code, name FROM programmes WHERE code = :code"));
    query.bind(QStringLiteral(":code"), code);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ProgrammeRecord>();
    return std::optional<ProgrammeRecord>(
        ProgrammeRecord {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
}

Result<QVector<ModuleRecord>> ProgrammeRepository::modules(qint64 programmeId) const
{
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT id, programme_id, code, name FROM modules WHERE programme_id = :programme ORDER BY code"));
    query.bind(QStringLiteral(":programme"), programmeId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ModuleRecord> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString()});
    return result;
}

Result<QVector<LearningOutcome>> ProgrammeRepository::outcomes(qint64 programmeId) const
{
    // The one aggregate the two dialects spell differently.
    const QString keys = dialectOf(m_connection) == SqlDialect::PostgreSql
        ? QStringLiteral("string_agg(d.dimension_key, ',' ORDER BY d.dimension_key)")
        : QStringLiteral("group_concat(d.dimension_key, ',')");
    SqlQuery query(m_connection,
        QStringLiteral("SELECT o.id, o.code, o.description, %1 "
                       "FROM learning_outcomes o LEFT JOIN outcome_dimensions d ON d.outcome_id = o.id "
                       "WHERE o.programme_id = :programme GROUP BY o.id ORDER BY o.code")
            .arg(keys));
    query.bind(QStringLiteral(":programme"), programmeId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<LearningOutcome> result;
    while (query.next()) {
        LearningOutcome outcome;
        outcome.id = query.value(0).toLongLong();
        outcome.programmeId = programmeId;
        outcome.code = query.value(1).toString();
        outcome.description = query.value(2).toString();
        outcome.dimensionKeys = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        result << outcome;
    }
    return result;
}

} // namespace prepmark
