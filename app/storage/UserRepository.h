#pragma once

#include "AccessPolicy.h"
#include "Actor.h"

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

// Reads a UserRecord from the current row of a query whose first columns are
// id, username, display_name, email, role, student_number, active (in that order).
UserRecord readUser(const SqlQuery &query);

// Accounts and sign-in. Passwords are stored only as Argon2id hashes.
class UserRepository
{
public:
    UserRepository(QSqlDatabase connection, Actor actor);

    // Creates an account (admin or leader only). passwordHash comes from PasswordHasher.
    Result<qint64> create(const UserRecord &user, const QString &passwordHash);
    // The user with this name and password, as an Actor; one message for an unknown
    // name and a wrong password, so neither is revealed.
    static Result<Actor> authenticate(const QSqlDatabase &connection, const QString &username, const QString &password);

    // Staff read any account; a student only their own.
    Result<UserRecord> find(qint64 userId) const;
    Result<std::optional<UserRecord>> findByUsername(const QString &username) const;
    Result<QVector<UserRecord>> withRole(Role role) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
