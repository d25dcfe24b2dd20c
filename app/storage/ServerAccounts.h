#pragma once

#include "Actor.h"

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace prepmark {

// The login roles behind PrepMark accounts on a PostgreSQL server (the functions of
// db/postgresql/005_server_security.sql). Passwords leave the client only as SCRAM-SHA-256
// verifiers, computed here by libpq (PQencryptPasswordConn) with a fresh salt, so the clear
// text never reaches the server. Admins create and disable accounts; every user may change
// their own password. The server checks who may, whatever the caller claims.
class ServerAccounts
{
public:
    explicit ServerAccounts(QSqlDatabase connection);

    // The verifier PostgreSQL stores for this user and password.
    Result<QString> scramVerifier(const QString &username, const QString &password) const;

    // Creates (or re-grants) the login role of an account whose users row exists; an empty
    // password: the account cannot sign in until one is set.
    Status createLogin(const QString &username, Role role, const QString &password) const;
    // The grading worker's role (a member of prepmark_grader, not a PrepMark user).
    Status createGraderLogin(const QString &username, const QString &password) const;
    Status setPassword(const QString &username, const QString &password) const;
    Status setLoginEnabled(const QString &username, bool enabled) const;

    // The role's sign-in name for an account: user names are lower case on a server, and
    // may be email addresses (Moodle's participant lists have no other identity).
    static bool isValidUsername(const QString &username);

private:
    Status call(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_connection;
};

} // namespace prepmark
