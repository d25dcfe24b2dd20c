#include "UserRepository.h"

#include "PasswordHasher.h"
#include "SqlQuery.h"

namespace prepmark {

namespace {
const QString kColumns = QStringLiteral("id, username, display_name, email, role, student_number, active");
} // namespace

UserRecord readUser(const SqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.email = query.value(3).toString();
    user.role = roleFromName(query.value(4).toString()).value();
    user.studentNumber = query.value(5).toString();
    user.active = query.value(6).toBool();
    return user;
}

UserRepository::UserRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> UserRepository::create(const UserRecord &user, const QString &passwordHash)
{
    if (const Status allowed = m_access.mayManageProgrammes(); !allowed)
        return allowed.error();
    if (user.username.trimmed().isEmpty())
        return makeError(QStringLiteral("a user needs a user name"));
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO users (username, display_name, email, role, password_hash, student_number, active) "
                       "VALUES (:username, :name, :email, :role, :hash, :number, :active) RETURNING id"));
    insert.bind(QStringLiteral(":username"), user.username.trimmed())
        .bind(QStringLiteral(":name"), user.displayName)
        .bind(QStringLiteral(":email"), user.email.isEmpty() ? QVariant() : user.email)
        .bind(QStringLiteral(":role"), roleName(user.role))
        .bind(QStringLiteral(":hash"), passwordHash)
        .bind(QStringLiteral(":number"), user.studentNumber.isEmpty() ? QVariant() : user.studentNumber)
        .bind(QStringLiteral(":active"), user.active);
    if (const Status done = insert.exec(); !done) {
        if (insert.violatedUniqueness())
            return makeError(QStringLiteral("user \"%1\" (or student number %2) already exists")
                                 .arg(user.username, user.studentNumber));
        return done.error();
    }
    return insert.insertedId();
}

Result<Actor> UserRepository::authenticate(
    const QSqlDatabase &connection, const QString &username, const QString &password)
{
    SqlQuery query(connection,
        QStringLiteral("SELECT id, role, password_hash, display_name, active, username FROM users WHERE "
                       "lower(username) = lower(:username)"));
    query.bind(QStringLiteral(":username"), username.trimmed());
    if (const Status done = query.exec(); !done)
        return done.error();
    const Error wrong = makeError(QStringLiteral("Wrong user name or password."));
    if (!query.next())
        return wrong;
    if (!PasswordHasher::verify(query.value(2).toString(), password))
        return wrong;
    if (!query.value(4).toBool())
        return makeError(QStringLiteral("The account \"%1\" is disabled.").arg(username));
    return Actor {query.value(0).toLongLong(), roleFromName(query.value(1).toString()).value(),
        query.value(5).toString(), query.value(3).toString()};
}

Result<UserRecord> UserRepository::find(qint64 userId) const
{
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Student && actor.userId != userId)
        return accessDenied(actor, QStringLiteral("read another user's account"));
    SqlQuery query(m_connection, QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no user %1").arg(userId));
    return readUser(query);
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username) const
{
    SqlQuery query(
        m_connection, QStringLiteral("SELECT %1 FROM users WHERE lower(username) = lower(:username)").arg(kColumns));
    query.bind(QStringLiteral(":username"), username.trimmed());
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<UserRecord>();
    const UserRecord user = readUser(query);
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Student && actor.userId != user.id)
        return accessDenied(actor, QStringLiteral("read another user's account"));
    return std::optional<UserRecord>(user);
}

Result<QVector<UserRecord>> UserRepository::withRole(Role role) const
{
    if (!m_access.actor().isStaff())
        return accessDenied(m_access.actor(), QStringLiteral("list accounts"));
    SqlQuery query(
        m_connection, QStringLiteral("SELECT %1 FROM users WHERE role = :role ORDER BY display_name").arg(kColumns));
    query.bind(QStringLiteral(":role"), roleName(role));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<UserRecord> users;
    while (query.next())
        users << readUser(query);
    return users;
}

} // namespace prepmark
