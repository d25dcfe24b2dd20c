#include "DatabaseLocator.h"

#include "demo/DemoDataBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace prepmark {

namespace {
const QString kServerHost = QStringLiteral("signIn/serverHost");
const QString kServerPort = QStringLiteral("signIn/serverPort");
const QString kServerDatabase = QStringLiteral("signIn/serverDatabase");
const QString kUseServer = QStringLiteral("signIn/useServer");

bool isDefaultPath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() == QFileInfo(DatabaseLocator::defaultPath()).absoluteFilePath();
}
} // namespace

QString DatabaseLocator::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("prepmark.db"));
}

Result<DatabaseLocator::Opened> DatabaseLocator::openOrCreateDemo(const QString &path, ProgressReporter &progress)
{
    if (!QFileInfo::exists(path)) {
        if (!isDefaultPath(path))
            return makeError(QStringLiteral("%1: no such database. Make one with `prepmark-cli demo --db %1` (the demo "
                                            "programme) or `prepmark-cli db init --db %1` (an empty database), or "
                                            "start PrepMark without --db to use the demo in your data folder (%2)")
                                 .arg(path, defaultPath()));
        Result<std::unique_ptr<Database>> demo = createDemo(path, progress);
        if (!demo)
            return demo.error();
        return Opened {std::move(demo).value(), true};
    }
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::Mode::Existing);
    if (!database)
        return database.error();
    return Opened {std::move(database).value(), false};
}

Result<std::unique_ptr<Database>> DatabaseLocator::createDemo(const QString &path, ProgressReporter &progress)
{
    if (QFileInfo::exists(path))
        return makeError(QStringLiteral("%1: already exists; the demo is only built in a new file").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!database)
        return database.error();
    const Result<DemoSummary> demo = DemoDataBuilder(**database).build(progress);
    if (!demo) {
        database->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return makeError(QStringLiteral("%1: could not build the demo database: %2").arg(path, demo.errorMessage()));
    }
    return database;
}

bool DatabaseLocator::isDemo(const Database &database)
{
    return database.setting(QStringLiteral("demo")) == QLatin1String("1");
}

Result<DatabaseLocation> DatabaseLocator::serverLocation(
    const QString &hostOrSocket, int port, const QString &databaseName)
{
    const QString host = hostOrSocket.trimmed();
    const QString name = databaseName.trimmed();
    if (host.isEmpty())
        return makeError(QStringLiteral("no server: give its host name or the folder of its socket"));
    if (name.isEmpty())
        return makeError(QStringLiteral("no database name"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setPath(QLatin1Char('/') + name);
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), QString(host).replace(QLatin1Char('&'), QStringLiteral("%26")));
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
        url.setQuery(query);
    } else {
        url.setHost(host);
        if (!url.isValid() || url.host().isEmpty())
            return makeError(QStringLiteral("\"%1\" is not a host name or address").arg(host));
        url.setPort(port);
    }
    return DatabaseLocation::parse(url.toString(QUrl::FullyEncoded));
}

Result<DatabaseLocator::SignInStart> DatabaseLocator::signInStart(const QString &dbOption)
{
    if (dbOption.trimmed().isEmpty()) {
        SignInStart start {defaultPath(), std::nullopt};
        if (serverChosenLast())
            start.server = rememberedServer();
        return start;
    }
    const Result<DatabaseLocation> location = DatabaseLocation::parse(dbOption);
    if (!location)
        return location.error();
    if (location->isServer())
        return SignInStart {defaultPath(), *location};
    return SignInStart {location->path(), std::nullopt};
}

std::optional<DatabaseLocation> DatabaseLocator::rememberedServer()
{
    const QSettings settings;
    if (!settings.contains(kServerHost))
        return std::nullopt;
    const Result<DatabaseLocation> location = serverLocation(settings.value(kServerHost).toString(),
        settings.value(kServerPort, 5432).toInt(), settings.value(kServerDatabase).toString());
    return location ? std::optional<DatabaseLocation>(*location) : std::nullopt;
}

bool DatabaseLocator::serverChosenLast()
{
    return QSettings().value(kUseServer, false).toBool();
}

void DatabaseLocator::rememberServer(const DatabaseLocation &server)
{
    QSettings settings;
    settings.setValue(kServerHost, server.host());
    settings.setValue(kServerPort, server.port());
    settings.setValue(kServerDatabase, server.databaseName());
    settings.setValue(kUseServer, true);
}

void DatabaseLocator::rememberThisComputer()
{
    QSettings().setValue(kUseServer, false);
}

} // namespace prepmark
