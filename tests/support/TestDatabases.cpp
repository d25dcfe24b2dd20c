#include "TestDatabases.h"

#include "PostgresServer.h"

#include "demo/DemoDataBuilder.h"
#include "storage/UserRepository.h"

#include <QAtomicInt>

namespace prepmark::test {

namespace {
QAtomicInt g_counter;

Result<DatabaseLocation> freshLocation(const QTemporaryDir &folder, const QString &name)
{
    if (!testsRunOnPostgres())
        return DatabaseLocation::sqliteFile(folder.filePath(name + QStringLiteral(".db")));
    const Result<PostgresServer *> server = PostgresServer::instance();
    if (!server)
        return server.error();
    qputenv("PGPASSWORD", PostgresServer::ownerPassword().toUtf8());
    // Database names are per cluster: a counter keeps two tests' "demo" apart.
    return (*server)->createDatabase(
        QStringLiteral("%1_%2").arg(name.toLower()).arg(g_counter.fetchAndAddRelaxed(1) + 1));
}
} // namespace

QString backendName()
{
    return testsRunOnPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

Result<std::unique_ptr<Database>> freshDatabase(const QTemporaryDir &folder, const QString &name)
{
    const Result<DatabaseLocation> location = freshLocation(folder, name);
    if (!location)
        return location.error();
    return Database::open(*location, Database::Mode::CreateOrMigrate);
}

Result<std::unique_ptr<Database>> freshDatabase(const QString &name)
{
    static QTemporaryDir folder;
    // A unique file name too, for SQLite: several tests of one process ask for "test".
    return freshDatabase(folder, QStringLiteral("%1_%2").arg(name).arg(g_counter.fetchAndAddRelaxed(1) + 1));
}

Result<std::unique_ptr<Database>> freshDemoDatabase(const QTemporaryDir &folder, const QString &name)
{
    Result<std::unique_ptr<Database>> database = freshDatabase(folder, name);
    if (!database)
        return database;
    const Result<DemoSummary> demo = DemoDataBuilder(**database).build();
    if (!demo)
        return demo.error();
    return database;
}

Result<QString> freshDatabaseArgument(const QString &name)
{
    static QTemporaryDir folder;
    const Result<DatabaseLocation> location
        = freshLocation(folder, QStringLiteral("%1_%2").arg(name).arg(g_counter.fetchAndAddRelaxed(1) + 1));
    if (!location)
        return location.error();
    return location->display();
}

Result<Actor> signIn(const Database &database, const QString &username, const QString &password)
{
    if (!database.isServer())
        return UserRepository::authenticate(database.connection(), username, password);
    // Mode::Existing: the database is migrated already, and only its owner could migrate it.
    const Result<std::unique_ptr<Database>> asUser
        = Database::open(database.location().withUser(username), Database::Mode::Existing, password);
    if (!asUser)
        return asUser.error();
    return UserRepository::signedIn((*asUser)->connection());
}

QString databaseArgument(const Database &database)
{
    return database.location().display();
}

} // namespace prepmark::test
