#pragma once

#include <QSqlDatabase>

namespace prepmark {

// The two SQL dialects PrepMark speaks. Repositories write SQL both accept (standard
// SQL, ON CONFLICT upserts, RETURNING); the few places that differ ask the connection.
enum class SqlDialect { Sqlite, PostgreSql };

inline SqlDialect dialectOf(const QSqlDatabase &connection)
{
    return connection.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSql : SqlDialect::Sqlite;
}

} // namespace prepmark
