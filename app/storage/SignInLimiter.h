#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace prepmark {

// Slows down password guessing against an SQLite file (db/sqlite/007_sign_in_attempts.sql):
// after maxFailures failed sign-ins for one user name within window, that name is refused
// for lockout, whether it names an account or not (so a refusal reveals nothing), and a
// successful sign-in clears the name's failures. Every failure and refusal is written to the
// audit log (entity 'sign_in'). UserRepository::authenticate is its only caller.
//
// A server limits sign-ins itself (auth_delay; db/postgresql/007_sign_in_attempts.sql), so
// this class is for SQLite connections only. On a read-only connection (reports from the
// command line) failures cannot be recorded and are not: whoever can read the file can read
// its password hashes anyway, so a limit there would protect nothing.
class SignInLimiter
{
public:
    static constexpr int maxFailures = 5;
    static constexpr int windowMinutes = 15;
    static constexpr int lockoutMinutes = 15;

    explicit SignInLimiter(QSqlDatabase connection);

    // The user name as failures are counted: trimmed, in lower case.
    static QString key(const QString &username);

    // Until when (UTC) the name is refused, or nullopt when it may sign in now.
    Result<std::optional<QDateTime>> lockedUntil(const QString &username) const;

    // Records a failed sign-in (reason: for the audit log, e.g. "wrong user name or password")
    // for the name and, when it names one, the account accountId (0: none). Returns until
    // when the name is now refused, when this failure was the one too many.
    Result<std::optional<QDateTime>> recordFailure(const QString &username, qint64 accountId, const QString &reason);

    // Records an attempt refused because the name is locked out until until.
    Status recordRefusal(const QString &username, qint64 accountId, const QDateTime &until);

    // Forgets the name's failures (after a successful sign-in).
    Status clear(const QString &username);

private:
    bool writable() const;
    Status audit(qint64 accountId, const QString &action, const QString &detail);

    QSqlDatabase m_connection;
};

} // namespace prepmark
