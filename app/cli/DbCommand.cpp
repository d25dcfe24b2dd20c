#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"

#include <QDateTime>
#include <QFileInfo>

namespace prepmark::cli {
namespace {

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, dbCommand(), problem);
}

int init(const QString &path, CliStreams &streams)
{
    // On a server the database itself is made by its administrator (createdb); init applies
    // the schema to it, as its owner.
    if (DatabaseLocation::parse(path) && DatabaseLocation::parse(path)->isServer()) {
        const auto database = openForOwner(path, Database::Mode::CreateOrMigrate);
        if (!database)
            return streams.err << "prepmark-cli db init: " << database.errorMessage() << '\n', ExitFailure;
        streams.out << (*database)->path() << ": at schema version " << (*database)->schemaVersion() << '\n';
        return ExitSuccess;
    }
    if (QFileInfo::exists(path))
        return streams.err << "prepmark-cli db init: " << path << ": already exists; use `db migrate` to upgrade it\n",
               ExitFailure;
    const auto database = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!database)
        return streams.err << "prepmark-cli db init: " << database.errorMessage() << '\n', ExitFailure;
    streams.out << path << ": created at schema version " << (*database)->schemaVersion() << '\n';
    return ExitSuccess;
}

int migrate(const QString &path, CliStreams &streams)
{
    int before = 0;
    {
        const auto readOnly = openForOwner(path, Database::Mode::ReadOnly);
        if (!readOnly)
            return streams.err << "prepmark-cli db migrate: " << readOnly.errorMessage() << '\n', ExitFailure;
        before = (*readOnly)->schemaVersion();
    }
    const auto database = openForOwner(path, Database::Mode::Existing);
    if (!database)
        return streams.err << "prepmark-cli db migrate: " << database.errorMessage() << '\n', ExitFailure;
    const int after = (*database)->schemaVersion();
    if (after == before) {
        streams.out << path << ": already at the latest schema version " << after << '\n';
    } else {
        streams.out << path << ": migrated from schema version " << before << " to " << after << '\n';
        if (!(*database)->backupPath().isEmpty())
            streams.out << "copy of the database before migrating: " << (*database)->backupPath() << '\n';
    }
    return ExitSuccess;
}

int check(const QString &path, CliStreams &streams)
{
    const auto database = openForOwner(path, Database::Mode::ReadOnly);
    if (!database)
        return streams.err << "prepmark-cli db check: " << database.errorMessage() << '\n', ExitFailure;
    if (const Status ok = (*database)->check(); !ok)
        return streams.err << "prepmark-cli db check: " << ok.errorMessage() << '\n', ExitFailure;
    const int version = (*database)->schemaVersion();
    streams.out << (*database)->path()
                << ((*database)->isServer() ? ": ok, schema version "
                                            : ": ok (integrity and foreign keys), schema version ")
                << version;
    if (version < SchemaMigrator::latestVersion())
        streams.out << "; " << SchemaMigrator::latestVersion() - version << " migration(s) pending: run `db migrate`";
    streams.out << '\n';
    return ExitSuccess;
}

int backup(const QString &path, const QString &out, CliStreams &streams)
{
    const auto database = openForOwner(path, Database::Mode::ReadOnly);
    if (!database)
        return streams.err << "prepmark-cli db backup: " << database.errorMessage() << '\n', ExitFailure;
    const QString target = out.isEmpty()
        ? QStringLiteral("%1.%2.bak")
              .arg(path, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        : out;
    if (const Status done = (*database)->backupTo(target); !done)
        return streams.err << "prepmark-cli db backup: " << done.errorMessage() << '\n', ExitFailure;
    streams.out << path << ": backed up to " << target << '\n';
    return ExitSuccess;
}

int runDb(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.databaseOption().valueOption(QStringLiteral("out"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.positional().size() != 1)
        return usage(streams, QStringLiteral("say which: init, migrate, check or backup"));
    if (!options.require(SharedOption::database))
        return usage(streams, options.error());
    const QString action = options.positional().first();
    const QString path = options.value(SharedOption::database);
    if (action != QLatin1String("backup") && options.isSet(QStringLiteral("out")))
        return usage(streams, QStringLiteral("--out is only for backup"));
    if (action == QLatin1String("init"))
        return init(path, streams);
    if (action == QLatin1String("migrate"))
        return migrate(path, streams);
    if (action == QLatin1String("check"))
        return check(path, streams);
    if (action == QLatin1String("backup"))
        return backup(path, options.value(QStringLiteral("out")), streams);
    return usage(streams, QStringLiteral("unknown action \"%1\"").arg(action));
}

} // namespace

CliCommand dbCommand()
{
    return {QStringLiteral("db"), QStringLiteral("db init|migrate|check|backup --db FILE|URL [--out BACKUP]"), runDb};
}

} // namespace prepmark::cli
