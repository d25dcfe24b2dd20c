#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace prepmark {

// A prepared statement with bound values: the only way storage/ talks SQL, so no
// statement is ever built by concatenating user text (docs/CONVENTIONS.md, "Data and storage").
// Errors name the statement and the driver's message.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &connection, const QString &sql);
    ~SqlQuery();
    SqlQuery(SqlQuery &&) = default;
    SqlQuery &operator=(SqlQuery &&) = default;

    // A statement run as written, without placeholders: schema changes (PostgreSQL cannot
    // PREPARE a CREATE TABLE) and the bundled migration scripts. Never for user text.
    static SqlQuery unprepared(const QSqlDatabase &connection, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Runs the statement; for SELECTs, read with next()/value().
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    // The id of the row an executed "INSERT ... RETURNING id" wrote (both backends
    // understand RETURNING; PostgreSQL's driver has no usable lastInsertId()). Finishes
    // the statement: SQLite keeps a RETURNING statement in progress until it is reset,
    // and a savepoint cannot be released while one is.
    qint64 insertedId();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Whether the last exec() failed because a row with the same unique key exists.
    bool violatedUniqueness() const { return m_uniqueViolation; }

    // Runs and returns the first column of the first row (or an Error if there is no row),
    // and finishes the statement.
    Result<QVariant> scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_connectionName;
    bool m_postgres = false;
    bool m_failed = false;
    bool m_prepared = false;
    bool m_direct = false;
    bool m_uniqueViolation = false;
};

// "NULL" for an empty optional; the value otherwise.
template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace prepmark
