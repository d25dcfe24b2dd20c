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

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Runs the statement; for SELECTs, read with next()/value().
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs and returns the first column of the first row (or an Error if there is no row).
    Result<QVariant> scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// "NULL" for an empty optional; the value otherwise.
template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace prepmark
