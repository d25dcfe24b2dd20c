#include "UserRepository.h"

#include "PasswordHasher.h"
#include "ServerAccounts.h"
#include "SignInLimiter.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"

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
    return insertAccount(user, passwordHash, QString());
}

Result<qint64> UserRepository::createAccount(const UserRecord &user, const QString &password, PasswordHasher::Cost cost)
{
    if (dialectOf(m_connection) == SqlDialect::PostgreSql)
        return insertAccount(user, QString(), password);
    if (password.isEmpty())
        return insertAccount(user, noPasswordHash(), QString());
    const Result<QString> hash = PasswordHasher::hash(password, cost);
    if (!hash)
        return hash.error();
    return insertAccount(user, *hash, QString());
}

QString UserRepository::noPasswordHash()
{
    // Never a valid Argon2id string: PasswordHasher::verify refuses every password.
    return QStringLiteral("!no password set");
}

Result<qint64> UserRepository::insertAccount(
    const UserRecord &user, const QString &passwordHash, const QString &password)
{
    if (const Status allowed = m_access.mayManageAccounts(); !allowed)
        return allowed.error();
    const QString username = user.username.trimmed();
    if (username.isEmpty())
        return makeError(QStringLiteral("a user needs a user name"));
    const bool server = dialectOf(m_connection) == SqlDialect::PostgreSql;
    if (server && !ServerAccounts::isValidUsername(username))
        return makeError(QStringLiteral("user name \"%1\" must be lower-case letters, digits, \".\", \"_\", \"-\" or "
                                        "\"@\" on a server (it is also the sign-in name of the database role)")
                             .arg(username));
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO users (username, display_name, email, role, password_hash, student_number, active) "
                       "VALUES (:username, :name, :email, :role, :hash, :number, :active) RETURNING id"));
    insert.bind(QStringLiteral(":username"), username)
        .bind(QStringLiteral(":name"), user.displayName)
        .bind(QStringLiteral(":email"), user.email.isEmpty() ? QVariant() : user.email)
        .bind(QStringLiteral(":role"), roleName(user.role))
        .bind(QStringLiteral(":hash"), server ? QStringLiteral("") : passwordHash)
        .bind(QStringLiteral(":number"), user.studentNumber.isEmpty() ? QVariant() : user.studentNumber)
        .bind(QStringLiteral(":active"), user.active);
    if (const Status done = insert.exec(); !done) {
        if (insert.violatedUniqueness())
            return makeError(
                QStringLiteral("user \"%1\" (or student number %2) already exists").arg(username, user.studentNumber));
        return done.error();
    }
    const qint64 id = insert.insertedId();
    if (server) {
        const ServerAccounts accounts(m_connection);
        if (const Status login = accounts.createLogin(username, user.role, password); !login)
            return makeError(QStringLiteral("%1: %2").arg(username, login.errorMessage()));
        if (!user.active) {
            if (const Status disabled = accounts.setLoginEnabled(username, false); !disabled)
                return disabled.error();
        }
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status UserRepository::setPassword(const QString &username, const QString &password, PasswordHasher::Cost cost)
{
    const Actor &actor = m_access.actor();
    const bool own = actor.userId > 0 && username.compare(actor.username, Qt::CaseInsensitive) == 0;
    if (!own) {
        if (const Status allowed = m_access.mayManageAccounts(); !allowed)
            return accessDenied(actor, QStringLiteral("change the password of %1").arg(username));
    }
    if (password.isEmpty())
        return makeError(QStringLiteral("the new password is empty"));
    const Result<std::optional<UserRecord>> user = findByUsername(username);
    if (!user)
        return user.error();
    if (!*user)
        return makeError(QStringLiteral("no account \"%1\"").arg(username));
    if (dialectOf(m_connection) == SqlDialect::PostgreSql)
        return ServerAccounts(m_connection).setPassword((*user)->username, password);
    const Result<QString> hash = PasswordHasher::hash(password, cost);
    if (!hash)
        return hash.error();
    SqlQuery update(m_connection, QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"));
    update.bind(QStringLiteral(":hash"), *hash).bind(QStringLiteral(":id"), (*user)->id);
    return update.exec();
}

Status UserRepository::setActive(const QString &username, bool active)
{
    if (const Status allowed = m_access.mayManageAccounts(); !allowed)
        return allowed;
    const Result<std::optional<UserRecord>> user = findByUsername(username);
    if (!user)
        return user.error();
    if (!*user)
        return makeError(QStringLiteral("no account \"%1\"").arg(username));
    if ((*user)->id == m_access.actor().userId && !active)
        return makeError(QStringLiteral("an admin cannot disable their own account"));
    if (dialectOf(m_connection) == SqlDialect::PostgreSql)
        return ServerAccounts(m_connection).setLoginEnabled((*user)->username, active);
    SqlQuery update(m_connection, QStringLiteral("UPDATE users SET active = :active WHERE id = :id"));
    update.bind(QStringLiteral(":active"), active).bind(QStringLiteral(":id"), (*user)->id);
    return update.exec();
}

Result<Actor> UserRepository::signedIn(const QSqlDatabase &connection)
{
    SqlQuery query(connection,
        QStringLiteral("SELECT id, role, display_name, active, username, session_user FROM users "
                       "WHERE lower(username) = lower(session_user)"));
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next()) {
        SqlQuery who(connection, QStringLiteral("SELECT session_user"));
        const Result<QVariant> role = who.scalar();
        return makeError(QStringLiteral("\"%1\" signed in to the server but has no PrepMark account in this database")
                             .arg(role ? role->toString() : QString()));
    }
    if (!query.value(3).toBool())
        return makeError(QStringLiteral("The account \"%1\" is disabled.").arg(query.value(4).toString()));
    return Actor {query.value(0).toLongLong(), roleFromName(query.value(1).toString()).value(),
        query.value(4).toString(), query.value(2).toString()};
}

Result<QVector<UserRecord>> UserRepository::all() const
{
    if (const Status allowed = m_access.mayManageAccounts(); !allowed)
        return allowed.error();
    SqlQuery query(m_connection, QStringLiteral("SELECT %1 FROM users ORDER BY role, username").arg(kColumns));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<UserRecord> users;
    while (query.next())
        users << readUser(query);
    return users;
}

Result<Actor> UserRepository::authenticate(
    const QSqlDatabase &connection, const QString &username, const QString &password, SignInRefusal *refusal)
{
    const auto refuse = [refusal](SignInRefusal::Reason reason, const QString &message, const QDateTime &until = {}) {
        if (refusal)
            *refusal = SignInRefusal {reason, until};
        return makeError(message);
    };
    const auto failed = [&](const Error &error) { return refuse(SignInRefusal::Reason::DatabaseError, error.message); };
    const auto lockedOut = [&](const QDateTime &until) {
        return refuse(SignInRefusal::Reason::TooManyFailures,
            QStringLiteral("Too many failed sign-ins with the user name \"%1\": it may sign in again at %2 UTC.")
                .arg(username.trimmed(), until.toUTC().toString(QStringLiteral("HH:mm"))),
            until);
    };
    // A server keeps no password PrepMark could check (users.password_hash is empty): the
    // user signs in by connecting as their own login role, and signedIn() names them; the
    // server limits their failures itself (auth_delay).
    if (dialectOf(connection) == SqlDialect::PostgreSql)
        return refuse(SignInRefusal::Reason::DatabaseError,
            QStringLiteral("On a department server you sign in as your own database account: "
                           "connect as postgresql://%1@HOST/DBNAME with your password.")
                .arg(username.trimmed()));
    SignInLimiter limiter(connection);
    if (const Result<std::optional<QDateTime>> until = limiter.lockedUntil(username); !until) {
        return failed(until.error());
    } else if (*until) {
        if (const Status logged = limiter.recordRefusal(username, 0, **until); !logged)
            return failed(logged.error());
        return lockedOut(**until);
    }

    SqlQuery query(connection,
        QStringLiteral("SELECT id, role, password_hash, display_name, active, username FROM users WHERE "
                       "lower(username) = lower(:username)"));
    query.bind(QStringLiteral(":username"), username.trimmed());
    if (const Status done = query.exec(); !done)
        return failed(done.error());
    const bool known = query.next();
    const qint64 accountId = known ? query.value(0).toLongLong() : 0;
    const bool passwordRight = known && PasswordHasher::verify(query.value(2).toString(), password);
    const bool active = passwordRight && query.value(4).toBool();
    if (!active) {
        const auto reason
            = passwordRight ? SignInRefusal::Reason::Disabled : SignInRefusal::Reason::WrongNameOrPassword;
        const QString message = passwordRight ? QStringLiteral("The account \"%1\" is disabled.").arg(username)
                                              : QStringLiteral("Wrong user name or password.");
        const Result<std::optional<QDateTime>> until = limiter.recordFailure(username, accountId,
            passwordRight ? QStringLiteral("account disabled") : QStringLiteral("wrong user name or password"));
        if (!until)
            return failed(until.error());
        if (*until)
            return lockedOut(**until);
        return refuse(reason, message);
    }
    if (const Status cleared = limiter.clear(username); !cleared)
        return failed(cleared.error());
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
