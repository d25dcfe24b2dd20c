#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace prepmark {

namespace {
bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}
} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_path = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("no database given: a file path or postgresql://USER@HOST/DBNAME"));
    if (!isUrl(trimmed)) {
        if (trimmed.contains(QLatin1String("://")))
            return makeError(QStringLiteral("%1: not a database PrepMark can open (an SQLite file path, or a "
                                            "postgresql:// URL)")
                                 .arg(trimmed));
        return sqliteFile(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return makeError(QStringLiteral("%1: not a valid URL (%2)").arg(trimmed, url.errorString()));
    if (!url.password().isEmpty())
        return makeError(QStringLiteral("%1: a password does not belong in the URL; set PGPASSWORD, use a "
                                        "~/.pgpass file, or let PrepMark ask for it")
                             .arg(url.toString(QUrl::RemovePassword)));
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSql;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok)
                return makeError(QStringLiteral("%1: port %2 is not a number").arg(trimmed, value));
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_databaseName = value;
        } else {
            return makeError(QStringLiteral("%1: unknown parameter \"%2\" (PrepMark reads host, port, user and dbname)")
                                 .arg(trimmed, key));
        }
    }
    if (location.m_port <= 0 || location.m_port > 65535)
        return makeError(QStringLiteral("%1: port %2 is out of range").arg(trimmed).arg(location.m_port));
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/')))
        return makeError(QStringLiteral("%1: no database name (postgresql://USER@HOST/DBNAME)").arg(trimmed));
    return location;
}

DatabaseLocation DatabaseLocation::withUser(const QString &user) const
{
    DatabaseLocation location = *this;
    location.m_user = user;
    return location;
}

QString DatabaseLocation::display() const
{
    if (m_backend == Backend::Sqlite)
        return m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty()) // an email address as user name: its "@" is %40 in a URL
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += m_host;
    if (!socket && !m_host.isEmpty() && m_port != 5432)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + m_databaseName;
    if (socket) {
        text += QStringLiteral("?host=") + m_host;
        if (m_port != 5432)
            text += QStringLiteral("&port=") + QString::number(m_port);
    }
    return text;
}

} // namespace prepmark
