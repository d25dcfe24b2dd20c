#pragma once

#include <QString>
#include <QStringList>

namespace prepmark {

// Splits a migration file into single statements for QSqlQuery, which runs one at a
// time. Understands '...' and "..." quoting, -- and /* */ comments, and the
// BEGIN ... END bodies of SQLite's CREATE TRIGGER and PostgreSQL's $$-quoted function bodies
// (whose inner ; do not end the statement).
QStringList splitSqlScript(const QString &script);

} // namespace prepmark
