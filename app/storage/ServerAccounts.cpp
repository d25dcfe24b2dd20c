#include "ServerAccounts.h"

#include "SqlQuery.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace prepmark {

namespace {
// The first line of the server's message ("ERROR: ... may not ..."), without the statement.
QString serverMessage(const QString &failure)
{
    QString text = failure;
    if (const qsizetype error = text.indexOf(QLatin1String("ERROR:")); error >= 0)
        text = text.mid(error + 6);
    if (const qsizetype end = text.indexOf(QLatin1String("(")); end > 0 && text.contains(QLatin1String("QPSQL")))
        text = text.left(end);
    return text.simplified();
}
} // namespace

ServerAccounts::ServerAccounts(QSqlDatabase connection) : m_connection(std::move(connection)) { }

bool ServerAccounts::isValidUsername(const QString &username)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_.@-]{0,62}$"));
    return valid.match(username).hasMatch();
}

Result<QString> ServerAccounts::scramVerifier(const QString &username, const QString &password) const
{
    const QVariant handle = m_connection.driver() ? m_connection.driver()->handle() : QVariant();
    // Qt names the type after the struct behind libpq's typedef ("pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return makeError(QStringLiteral("passwords of server accounts can only be set on a PostgreSQL connection"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    char *verifier = PQencryptPasswordConn(
        connection, password.toUtf8().constData(), username.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return makeError(QStringLiteral("cannot compute the password verifier: %1")
                             .arg(QString::fromUtf8(PQerrorMessage(connection))));
    const QString result = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return result;
}

Status ServerAccounts::call(const QString &sql, const QVariantList &values) const
{
    SqlQuery query(m_connection, sql);
    for (int i = 0; i < values.size(); ++i)
        query.bind(QStringLiteral(":p%1").arg(i), values[i]);
    if (const Status done = query.exec(); !done)
        return makeError(serverMessage(done.errorMessage()));
    return {};
}

Status ServerAccounts::createLogin(const QString &username, Role role, const QString &password) const
{
    if (!isValidUsername(username))
        return makeError(QStringLiteral("user name \"%1\" must be lower-case letters, digits, \".\", \"_\", \"-\" or "
                                        "\"@\" on a server (it is also the sign-in name of the database role)")
                             .arg(username));
    QVariant verifier;
    if (!password.isEmpty()) {
        const Result<QString> computed = scramVerifier(username, password);
        if (!computed)
            return computed.error();
        verifier = *computed;
    }
    return call(
        QStringLiteral("SELECT pm_create_login(:p0, :p1, CAST(:p2 AS text))"), {username, roleName(role), verifier});
}

Status ServerAccounts::createGraderLogin(const QString &username, const QString &password) const
{
    const Result<QString> verifier = scramVerifier(username, password);
    if (!verifier)
        return verifier.error();
    return call(QStringLiteral("SELECT pm_create_login(:p0, 'grader', :p1)"), {username, *verifier});
}

Status ServerAccounts::setPassword(const QString &username, const QString &password) const
{
    if (password.isEmpty())
        return makeError(QStringLiteral("the new password is empty"));
    const Result<QString> verifier = scramVerifier(username, password);
    if (!verifier)
        return verifier.error();
    return call(QStringLiteral("SELECT pm_set_password(:p0, :p1)"), {username, *verifier});
}

Status ServerAccounts::setLoginEnabled(const QString &username, bool enabled) const
{
    return call(QStringLiteral("SELECT pm_set_login_enabled(:p0, :p1 = 1)"), {username, enabled ? 1 : 0});
}

} // namespace prepmark
