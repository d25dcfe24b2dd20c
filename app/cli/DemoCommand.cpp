#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace prepmark::cli {
namespace {

int runDemo(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.databaseOption().valueOption(QStringLiteral("seed"));
    if (!options.parse(arguments) || !options.require(SharedOption::database))
        return usageError(streams, demoCommand(), options.error());
    if (!options.positional().isEmpty())
        return usageError(
            streams, demoCommand(), QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()));
    bool seedOk = true;
    const quint32 seed
        = options.isSet(QStringLiteral("seed")) ? options.value(QStringLiteral("seed")).toUInt(&seedOk) : 2026;
    if (!seedOk)
        return usageError(streams, demoCommand(),
            QStringLiteral("--seed: \"%1\" is not a whole number").arg(options.value(QStringLiteral("seed"))));
    const QString path = options.value(SharedOption::database);
    const bool existed = QFileInfo::exists(path);
    // On a server: signed in as the database's owner, who may create the demo's login roles.
    const auto database = openForOwner(path, Database::Mode::CreateOrMigrate);
    if (!database)
        return failure(streams, demoCommand(), database.errorMessage());
    const Result<DemoSummary> summary = DemoDataBuilder(**database, seed).build();
    if (!summary)
        return failure(streams, demoCommand(), summary.errorMessage());
    streams.out << (*database)->path()
                << (existed || (*database)->isServer() ? ": demo programme added\n" : ": demo database created\n")
                << "  " << summary->cohorts << " cohorts, " << summary->students << " students, " << summary->lecturers
                << " lecturers, " << summary->assignments << " assignments\n"
                << "  " << summary->submissions << " submissions, " << summary->marks << " marks, " << summary->released
                << " results released, " << summary->needingModeration << " awaiting moderation\n"
                << "  every account's password is \"" << DemoDataBuilder::demoPassword() << "\""
                << ((*database)->isServer() ? " (each is a login role of the server)\n" : "\n");
    return ExitSuccess;
}

} // namespace

CliCommand demoCommand()
{
    return {QStringLiteral("demo"), QStringLiteral("demo --db FILE|URL [--seed N]"), runDemo};
}

} // namespace prepmark::cli
