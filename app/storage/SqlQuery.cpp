#include "SqlQuery.h"

#include <QSqlError>

namespace prepmark {

namespace {
QString shortened(const QString &sql)
{
    QString oneLine = sql.simplified();
    return oneLine.size() > 80 ? oneLine.left(77) + QStringLiteral("...") : oneLine;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &connection, const QString &sql) : m_query(connection), m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return makeError(QStringLiteral("cannot prepare \"%1\": %2").arg(shortened(m_sql), m_query.lastError().text()));
    if (!m_query.exec())
        return makeError(QStringLiteral("\"%1\" failed: %2").arg(shortened(m_sql), m_query.lastError().text()));
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    const Status status = exec();
    if (!status)
        return status.error();
    if (!m_query.next())
        return makeError(QStringLiteral("\"%1\" returned no row").arg(shortened(m_sql)));
    return m_query.value(0);
}

} // namespace prepmark
