#include "SignInLimiter.h"

#include "SqlQuery.h"
#include "Transaction.h"

#include <QVector>

namespace prepmark {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Failures older than this can neither start a lockout nor be part of one still running.
constexpr int kRememberedMinutes = SignInLimiter::windowMinutes + SignInLimiter::lockoutMinutes;

} // namespace

SignInLimiter::SignInLimiter(QSqlDatabase connection) : m_connection(std::move(connection)) { }

QString SignInLimiter::key(const QString &username)
{
    return username.trimmed().toLower();
}

bool SignInLimiter::writable() const
{
    return !m_connection.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

Result<std::optional<QDateTime>> SignInLimiter::lockedUntil(const QString &username) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT failed_at FROM failed_sign_ins WHERE username = :name AND failed_at >= :since "
                       "ORDER BY failed_at"));
    query.bind(QStringLiteral(":name"), key(username))
        .bind(QStringLiteral(":since"), stamp(now.addSecs(-60 * kRememberedMinutes)));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<QDateTime> failures;
    while (query.next())
        failures << QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    // The latest failure that was the maxFailures-th within one window started the lockout
    // that ends last; attempts refused meanwhile are not failures, so nothing extends it.
    for (qsizetype last = failures.size() - 1; last >= maxFailures - 1; --last) {
        const QDateTime &first = failures[last - (maxFailures - 1)];
        if (first.secsTo(failures[last]) <= 60 * windowMinutes) {
            const QDateTime until = failures[last].addSecs(60 * lockoutMinutes);
            return until > now ? std::optional<QDateTime>(until) : std::nullopt;
        }
    }
    return std::optional<QDateTime>();
}

Status SignInLimiter::audit(qint64 accountId, const QString &action, const QString &detail)
{
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO audit_log (actor_id, entity, entity_id, action, detail) "
                       "VALUES (NULL, 'sign_in', :account, :action, :detail)"));
    insert.bind(QStringLiteral(":account"), accountId > 0 ? QVariant(accountId) : QVariant())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":detail"), detail);
    return insert.exec();
}

Result<std::optional<QDateTime>> SignInLimiter::recordFailure(
    const QString &username, qint64 accountId, const QString &reason)
{
    if (!writable())
        return lockedUntil(username);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery forget(m_connection, QStringLiteral("DELETE FROM failed_sign_ins WHERE failed_at < :before"));
    forget.bind(QStringLiteral(":before"), stamp(now.addSecs(-60 * kRememberedMinutes)));
    if (const Status done = forget.exec(); !done)
        return done.error();
    SqlQuery insert(
        m_connection, QStringLiteral("INSERT INTO failed_sign_ins (username, failed_at) VALUES (:name, :at)"));
    insert.bind(QStringLiteral(":name"), key(username)).bind(QStringLiteral(":at"), stamp(now));
    if (const Status done = insert.exec(); !done)
        return done.error();
    const Result<std::optional<QDateTime>> until = lockedUntil(username);
    if (!until)
        return until.error();
    QString detail = QStringLiteral("user name \"%1\": %2").arg(key(username), reason);
    if (*until)
        detail += QStringLiteral("; %1 failures within %2 minutes: refused until %3")
                      .arg(maxFailures)
                      .arg(windowMinutes)
                      .arg(stamp(**until));
    if (const Status logged = audit(accountId, QStringLiteral("failed"), detail); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return until;
}

Status SignInLimiter::recordRefusal(const QString &username, qint64 accountId, const QDateTime &until)
{
    if (!writable())
        return {};
    return audit(accountId, QStringLiteral("refused"),
        QStringLiteral("user name \"%1\": locked out after %2 failed sign-ins, until %3")
            .arg(key(username))
            .arg(maxFailures)
            .arg(stamp(until)));
}

Status SignInLimiter::clear(const QString &username)
{
    // A read-only connection cannot write, and a DELETE would fail even with nothing to delete.
    SqlQuery any(m_connection, QStringLiteral("SELECT count(*) FROM failed_sign_ins WHERE username = :name"));
    any.bind(QStringLiteral(":name"), key(username));
    const Result<QVariant> count = any.scalar();
    if (!count)
        return count.error();
    if (count->toInt() == 0 || !writable())
        return {};
    SqlQuery forget(m_connection, QStringLiteral("DELETE FROM failed_sign_ins WHERE username = :name"));
    forget.bind(QStringLiteral(":name"), key(username));
    return forget.exec();
}

} // namespace prepmark
