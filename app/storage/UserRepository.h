#pragma once

#include "AccessPolicy.h"
#include "Actor.h"
#include "PasswordHasher.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Student;
    QString studentNumber;
    bool active = true;
};

class SqlQuery;

// Why authenticate refused a sign-in, for a front end that words it in the user's language
// (the Error's message says the same in English).
struct SignInRefusal
{
    enum class Reason {
        WrongNameOrPassword, // one answer for both, so neither is revealed
        Disabled, // the right password for an account that is disabled
        TooManyFailures, // the user name is locked out (SignInLimiter) until retryAfter
        DatabaseError, // the database could not be read or written; the message says why
    };
    Reason reason = Reason::WrongNameOrPassword;
    QDateTime retryAfter; // TooManyFailures: when the name may sign in again (UTC)
};

// Reads a UserRecord from the current row of a query whose first columns are
// id, username, display_name, email, role, student_number, active (in that order).
UserRecord readUser(const SqlQuery &query);

// Accounts and sign-in. In an SQLite file passwords are stored only as Argon2id hashes;
// on a server every account is a PostgreSQL login role whose SCRAM verifier the server
// keeps (ServerAccounts), and users.password_hash stays empty.
class UserRepository
{
public:
    UserRepository(QSqlDatabase connection, Actor actor);

    // Creates an account (admins only) that signs in with password (empty: not until one
    // is set): an Argon2id hash in a file, a login role on a server.
    Result<qint64> createAccount(
        const UserRecord &user, const QString &password, PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive);
    // As createAccount with a hash computed once by the caller (PasswordHasher; the demo
    // gives every account the same one). On a server the hash is not used: the login role
    // is created without a password.
    Result<qint64> create(const UserRecord &user, const QString &passwordHash);
    // What an account that cannot sign in yet stores in a file.
    static QString noPasswordHash();
    // A user changes their own password; an admin anyone's.
    Status setPassword(const QString &username, const QString &password,
        PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive);
    // Disables or enables sign-in (admins only; never one's own account).
    Status setActive(const QString &username, bool active);
    // Every account, for the admin page and `users list` (admins only).
    Result<QVector<UserRecord>> all() const;
    // On a server: the account of the login role this connection signed in as.
    static Result<Actor> signedIn(const QSqlDatabase &connection);
    // The user with this name and password, as an Actor; one message for an unknown
    // name and a wrong password, so neither is revealed. SQLite files only: on a server the
    // password is checked by the server when the user connects as their login role (then
    // signedIn()), so this refuses with a message that says so. In a file failed sign-ins
    // are limited and recorded (SignInLimiter): after too many the name is refused for a
    // while, even with the right password. When refusal is given, a refusal says why there.
    static Result<Actor> authenticate(const QSqlDatabase &connection, const QString &username, const QString &password,
        SignInRefusal *refusal = nullptr);

    // Staff read any account; a student only their own.
    Result<UserRecord> find(qint64 userId) const;
    Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    Result<QVector<UserRecord>> withRole(Role role) const;

private:
    Result<qint64> insertAccount(const UserRecord &user, const QString &passwordHash, const QString &password);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
