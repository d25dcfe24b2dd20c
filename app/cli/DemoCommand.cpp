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
    options.valueOption(QStringLiteral("db")).valueOption(QStringLiteral("seed"));
    if (!options.parse(arguments) || !options.require(QStringLiteral("db")) || !options.positional().isEmpty()) {
        streams.err << "prepmark-cli demo: "
                    << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
                    << "\nusage: " << demoCommand().synopsis << '\n';
        return ExitUsage;
    }
    bool seedOk = true;
    const quint32 seed
        = options.isSet(QStringLiteral("seed")) ? options.value(QStringLiteral("seed")).toUInt(&seedOk) : 2026;
    if (!seedOk) {
        streams.err << "prepmark-cli demo: --seed must be a whole number\n";
        return ExitUsage;
    }
    const QString path = options.value(QStringLiteral("db"));
    const bool existed = QFileInfo::exists(path);
    const auto database = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!database) {
        streams.err << "prepmark-cli demo: " << database.errorMessage() << '\n';
        return ExitFailure;
    }
    const Result<DemoSummary> summary = DemoDataBuilder(**database, seed).build();
    if (!summary) {
        streams.err << "prepmark-cli demo: " << summary.errorMessage() << '\n';
        return ExitFailure;
    }
    streams.out << path << (existed ? ": demo programme added\n" : ": demo database created\n") << "  "
                << summary->cohorts << " cohorts, " << summary->students << " students, " << summary->lecturers
                << " lecturers, " << summary->assignments << " assignments\n"
                << "  " << summary->submissions << " submissions, " << summary->marks << " marks, " << summary->released
                << " results released, " << summary->needingModeration << " awaiting moderation\n"
                << "  every account's password is \"" << DemoDataBuilder::demoPassword() << "\"\n";
    return ExitSuccess;
}

} // namespace

CliCommand demoCommand()
{
    return {QStringLiteral("demo"), QStringLiteral("demo --db FILE [--seed N]"), runDemo};
}

} // namespace prepmark::cli
