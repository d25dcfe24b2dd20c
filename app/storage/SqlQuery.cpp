#include "SqlQuery.h"

#include "SqlDialect.h"
#include "Transaction.h"

#include <QSqlError>

namespace prepmark {

namespace {
QString shortened(const QString &sql)
{
    QString oneLine = sql.simplified();
    return oneLine.size() > 80 ? oneLine.left(77) + QStringLiteral("...") : oneLine;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &connection, const QString &sql)
    : m_query(connection),
      m_sql(sql),
      m_connectionName(connection.connectionName()),
      m_postgres(dialectOf(connection) == SqlDialect::PostgreSql)
{
    if (!sql.isEmpty())
        m_prepared = m_query.prepare(sql);
}

SqlQuery::~SqlQuery()
{
    // A failed statement aborted the server's transaction: its prepared statement can be
    // freed only once the transaction is rolled back.
    if (m_postgres && m_failed)
        Transaction::freeWhenTransactionEnds(m_connectionName, std::move(m_query));
}

SqlQuery SqlQuery::unprepared(const QSqlDatabase &connection, const QString &sql)
{
    SqlQuery query(connection, QString());
    query.m_sql = sql;
    query.m_direct = true;
    query.m_prepared = true;
    return query;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // Flags are 0/1 integers in both schemas; PostgreSQL will not put a boolean there.
    // Byte arrays are UTF-8 text (JSON documents): PrepMark stores no binary columns, and
    // PostgreSQL's driver would send a QByteArray as bytea.
    if (value.typeId() == QMetaType::Bool)
        m_query.bindValue(placeholder, int(value.toBool()));
    else if (value.typeId() == QMetaType::QByteArray)
        m_query.bindValue(placeholder, QString::fromUtf8(value.toByteArray()));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return makeError(QStringLiteral("cannot prepare \"%1\": %2").arg(shortened(m_sql), m_query.lastError().text()));
    m_uniqueViolation = false;
    m_failed = false;
    if (!(m_direct ? m_query.exec(m_sql) : m_query.exec())) {
        m_failed = true;
        const QSqlError error = m_query.lastError();
        // PostgreSQL: SQLSTATE 23505; SQLite: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY (or the
        // primary code 19 with the "UNIQUE constraint failed" text, as older drivers report it).
        const QString code = error.nativeErrorCode();
        m_uniqueViolation = code == QLatin1String("23505") || code == QLatin1String("2067")
            || code == QLatin1String("1555")
            || (code == QLatin1String("19") && error.databaseText().contains(QLatin1String("UNIQUE")));
        return makeError(QStringLiteral("\"%1\" failed: %2").arg(shortened(m_sql), error.text()));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    const Status status = exec();
    if (!status)
        return status.error();
    if (!m_query.next())
        return makeError(QStringLiteral("\"%1\" returned no row").arg(shortened(m_sql)));
    const QVariant value = m_query.value(0);
    m_query.finish();
    return value;
}

qint64 SqlQuery::insertedId()
{
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish();
    return id;
}

} // namespace prepmark
