#pragma once

#include "core/Result.h"

#include <QString>

namespace prepmark {

// Where a PrepMark database lives: an SQLite file (one person's desk, practice, the demo)
// or a PostgreSQL database on a department server. Parsed from what `--db` and the GUI's
// "Server…" dialog accept:
//   /path/to/prepmark.db                       an SQLite file
//   postgresql://USER@HOST:PORT/DBNAME         a server over TCP (port optional, 5432)
//   postgresql:///DBNAME?host=/socket/dir      a server on a Unix socket (user optional:
//   postgresql://USER@/DBNAME?host=/socket/dir   the operating-system user, as libpq does)
// A password is never part of a location: it comes from PGPASSWORD, ~/.pgpass (both read
// by libpq itself) or a prompt; a URL that carries one is refused, so it never ends up in
// shell history, process lists or logs.
class DatabaseLocation
{
public:
    enum class Backend { Sqlite, PostgreSql };

    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSql; }

    // SQLite: the file path (or ":memory:").
    const QString &path() const { return m_path; }

    // PostgreSQL: the parts of the URL. host is a host name or, when it starts with '/',
    // the folder of the server's Unix socket; empty: libpq's default socket.
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &databaseName() const { return m_databaseName; }

    // The same location signed in as another user (the GUI's sign-in to a server).
    DatabaseLocation withUser(const QString &user) const;

    // How messages name it: the path, or the URL (never with a password).
    QString display() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
};

} // namespace prepmark
