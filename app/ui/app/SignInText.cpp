#include "SignInText.h"

#include <QLocale>
#include <QStringList>

namespace prepmark {

namespace {
bool mentionsAny(const QString &text, const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        if (text.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString SignInText::refusal(const SignInRefusal &refusal, const QString &username, const QString &message)
{
    switch (refusal.reason) {
    case SignInRefusal::Reason::WrongNameOrPassword:
        return tr("Wrong user name or password.");
    case SignInRefusal::Reason::Disabled:
        return tr("The account \"%1\" is disabled. Ask your PrepMark administrator to enable it.").arg(username);
    case SignInRefusal::Reason::TooManyFailures:
        return tr("Too many failed sign-ins with this user name: it may sign in again at %1.")
            .arg(QLocale().toString(refusal.retryAfter.toLocalTime().time(), QLocale::ShortFormat));
    case SignInRefusal::Reason::DatabaseError:
        break;
    }
    return message;
}

QString SignInText::serverProblem(const QString &error, const DatabaseLocation &server, const QString &username)
{
    const QString where = server.withUser(QString()).display();
    // PostgreSQL answers an unknown role and a wrong password alike; so does PrepMark.
    if (mentionsAny(error, {QStringLiteral("password authentication failed")})
        || (error.contains(QLatin1String("role \"")) && error.contains(QLatin1String("does not exist"))))
        return refusal({SignInRefusal::Reason::WrongNameOrPassword, {}}, username, error);
    if (error.contains(QLatin1String("no password supplied")))
        return tr("Enter your password.");
    if (error.contains(QLatin1String("is not permitted to log in"))
        || (error.contains(QLatin1String("The account")) && error.contains(QLatin1String("is disabled"))))
        return refusal({SignInRefusal::Reason::Disabled, {}}, username, error);
    if (error.contains(QLatin1String("has no PrepMark account")))
        return tr("\"%1\" may sign in to the server, but the database %2 has no PrepMark account for it. Ask your "
                  "PrepMark administrator to create the account.")
            .arg(username, where);
    if (error.contains(QLatin1String("permission denied for database")))
        return tr("\"%1\" may not use the database %2 on this server. Ask your PrepMark administrator to create "
                  "your account there.")
            .arg(username, where);
    if (error.contains(QLatin1String("prepmark-cli db migrate")))
        return tr("The database %1 is older than this PrepMark and must be migrated before anyone can use it. Ask "
                  "the server's administrator to run `prepmark-cli db migrate`. (%2)")
            .arg(where, error);
    if (error.contains(QLatin1String("newer than this PrepMark")))
        return tr("The database %1 is newer than this PrepMark: install the PrepMark version your department uses. "
                  "(%2)")
            .arg(where, error);
    if (error.contains(QLatin1String("database \"")) && error.contains(QLatin1String("does not exist")))
        return tr("The server has no database \"%1\". Check the database name under Server….")
            .arg(server.databaseName());
    if (error.contains(QLatin1String("pg_hba.conf")))
        return tr("The server %1 does not accept connections from this computer. Ask its administrator. (%2)")
            .arg(where, error);
    if (error.contains(QLatin1String("no PostgreSQL driver")))
        return tr("This PrepMark cannot sign in to servers: Qt's PostgreSQL driver is missing (Debian package "
                  "libqt6sql6-psql).");
    if (mentionsAny(error,
            {QStringLiteral("could not connect"), QStringLiteral("connection refused"),
                QStringLiteral("could not translate host name"), QStringLiteral("no such file or directory"),
                QStringLiteral("timeout expired"), QStringLiteral("network is unreachable"),
                QStringLiteral("no route to host"), QStringLiteral("server closed the connection")}))
        return tr("Cannot reach the server %1. Check the host, port or socket folder under Server…, and that this "
                  "computer's network may reach it. (%2)")
            .arg(where, error);
    return tr("Cannot sign in to %1: %2").arg(where, error);
}

} // namespace prepmark
