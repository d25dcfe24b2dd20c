#include "CliDatabase.h"

#include "storage/SchemaMigrator.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace prepmark::cli {

Result<std::unique_ptr<Database>> openExistingDatabase(const QString &path, DatabaseAccess access)
{
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("%1: no such database").arg(path));
    // Writable opens never migrate implicitly either: Existing mode would, so check first.
    {
        auto probe = Database::open(path, Database::Mode::ReadOnly);
        if (!probe)
            return probe.error();
        if (const int version = (*probe)->schemaVersion(); version < SchemaMigrator::latestVersion())
            return makeError(QStringLiteral("%1: schema version %2 is older than this PrepMark's (%3); run "
                                            "`prepmark-cli db migrate --db %1` first")
                                 .arg(path)
                                 .arg(version)
                                 .arg(SchemaMigrator::latestVersion()));
        if (access == DatabaseAccess::ReadOnly)
            return probe;
    }
    return Database::open(path, Database::Mode::Existing);
}

Result<std::unique_ptr<Database>> openDatabaseFromOptions(const OptionParser &options, DatabaseAccess access)
{
    const QString path = options.value(SharedOption::database);
    if (path.isEmpty())
        return makeError(QStringLiteral("missing --%1").arg(SharedOption::database));
    return openExistingDatabase(path, access);
}

QString askPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n' << Qt::flush;
    return password;
}

namespace {

// A server that wants a password libpq did not find (no PGPASSWORD, no ~/.pgpass entry) says
// "no password supplied": then, on a terminal, PrepMark asks once.
Result<std::unique_ptr<Database>> openServer(const DatabaseLocation &location, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> database = Database::open(location, mode);
    if (database || !database.errorMessage().contains(QLatin1String("no password supplied")))
        return database;
    const QString password = askPassword(QStringLiteral("Password for %1: ").arg(location.display()));
    if (password.isEmpty())
        return makeError(QStringLiteral("%1: the server asks for a password: set PGPASSWORD, add it to ~/.pgpass, "
                                        "or run the command on a terminal to be asked")
                             .arg(location.display()));
    return Database::open(location, mode, password);
}

// Whether the signed-in role owns the database (the administrator, not a PrepMark user).
bool ownsDatabase(const Database &database)
{
    SqlQuery owner(database.connection(),
        QStringLiteral("SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database d "
                       "WHERE d.datname = current_database()"));
    const Result<QVariant> owns = owner.scalar();
    return owns && owns->toBool();
}

} // namespace

Result<std::unique_ptr<Database>> openForOwner(const QString &text, Database::Mode mode)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location)
        return location.error();
    if (!location->isServer())
        return Database::open(location->path(), mode);
    return openServer(*location, mode);
}

Result<CliSession> signInFromOptions(const OptionParser &options, DatabaseAccess access)
{
    const QString text = options.value(SharedOption::database);
    if (text.isEmpty())
        return makeError(QStringLiteral("missing --%1").arg(SharedOption::database));
    const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location)
        return location.error();
    const QString actingUser = options.value(SharedOption::actingUser);

    if (location->isServer()) {
        if (!actingUser.isEmpty())
            return makeError(QStringLiteral("--as is for SQLite files: on a server you act as the URL's user "
                                            "(postgresql://USER@HOST/DBNAME)"));
        // A server is never migrated by a verb: ReadOnly opens refuse an older schema.
        Result<std::unique_ptr<Database>> database = openServer(*location, Database::Mode::ReadOnly);
        if (!database)
            return database.error();
        const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
        if (actor)
            return CliSession {std::move(database).value(), *actor};
        if (ownsDatabase(**database))
            return CliSession {std::move(database).value(), Actor::system()};
        return actor.error();
    }

    Result<std::unique_ptr<Database>> database = openExistingDatabase(location->path(), access);
    if (!database)
        return database.error();
    if (actingUser.isEmpty()) {
        if ((*database)->setting(QStringLiteral("demo")) == QLatin1String("1"))
            return CliSession {std::move(database).value(), Actor::system()};
        return makeError(QStringLiteral("%1: not the demo database: say who is acting with --as USER (PrepMark asks "
                                        "for the password)")
                             .arg(location->path()));
    }
    QString password = qEnvironmentVariable("PREPMARK_PASSWORD");
    if (password.isEmpty())
        password = askPassword(QStringLiteral("Password for %1 on %2: ").arg(actingUser, location->path()));
    if (password.isEmpty())
        return makeError(QStringLiteral("no password for %1: run the command on a terminal to be asked, or set "
                                        "PREPMARK_PASSWORD for a script")
                             .arg(actingUser));
    const Result<Actor> actor = UserRepository::authenticate((*database)->connection(), actingUser, password);
    if (!actor)
        return makeError(QStringLiteral("%1: %2").arg(location->path(), actor.errorMessage()));
    return CliSession {std::move(database).value(), *actor};
}

Result<CohortRecord> cohortFromOptions(const OptionParser &options, const Database &database, const Actor &actor)
{
    const QString name = options.value(SharedOption::cohort);
    if (name.isEmpty())
        return makeError(QStringLiteral("missing --%1").arg(SharedOption::cohort));
    const Result<std::optional<CohortRecord>> cohort = CohortRepository(database.connection(), actor).findByName(name);
    if (!cohort)
        return cohort.error();
    if (!cohort->has_value())
        return makeError(QStringLiteral("%1: no cohort named \"%2\"").arg(database.path(), name));
    return **cohort;
}

} // namespace prepmark::cli
