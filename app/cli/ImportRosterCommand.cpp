#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "core/CsvReader.h"
#include "storage/RosterImporter.h"
#include "storage/RosterReader.h"

namespace prepmark::cli {

namespace {
const char *const kHelp
    = "prepmark-cli import-roster --db FILE|URL [--as USER] --cohort NAME [--dry-run] CSV\n"
      "\n"
      "Creates student accounts from a Moodle or Canvas user list and enrols them in the cohort NAME\n"
      "(which must exist). Accepted files and columns: README, \"Roster import\". Encoding: UTF-8 with\n"
      "or without a byte order mark, or UTF-16 with one; a Windows-1252/Latin-1 file is refused with\n"
      "the line and column of the first byte that is not UTF-8.\n"
      "\n"
      "Every row is checked (name, identity, email address, duplicates in the file and against the\n"
      "database) and listed with what happens to it: create, enrol (existing account), already\n"
      "enrolled, skip (not a student), or ERROR with file:line:column. One error and nothing is\n"
      "imported; otherwise everything is, in one transaction. --dry-run checks and changes nothing.\n"
      "New accounts have no password until one is set.\n"
      "\n"
      "Exit codes: 0 imported (or the dry run found no error), 1 errors (nothing imported), 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, importRosterCommand(), problem);
}

int fail(CliStreams &streams, const QString &message)
{
    return failure(streams, importRosterCommand(), message);
}

QString actionName(RosterRowOutcome::Action action)
{
    switch (action) {
    case RosterRowOutcome::Action::Create:
        return QStringLiteral("create");
    case RosterRowOutcome::Action::Enrol:
        return QStringLiteral("enrol");
    case RosterRowOutcome::Action::AlreadyEnrolled:
        return QStringLiteral("enrolled");
    case RosterRowOutcome::Action::Skip:
        return QStringLiteral("skip");
    case RosterRowOutcome::Action::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

// The file's format and every row with what happens to it ("file:line:column" where known).
void printRows(const QString &fileName, const RosterImportReport &report, bool dryRun, QTextStream &out)
{
    out << fileName << ": " << report.format << ", " << report.rows.size() << " rows, cohort \"" << report.cohortName
        << "\"" << (dryRun ? " (dry run: nothing changes)" : "") << '\n';
    for (const RosterRowOutcome &row : report.rows) {
        const QString where = QStringLiteral("%1:%2%3").arg(fileName).arg(row.line).arg(
            row.column > 0 ? QStringLiteral(":%1").arg(row.column) : QString());
        out << QStringLiteral("  %1  %2  ").arg(actionName(row.action), -8).arg(where, -22)
            << (row.username.isEmpty() ? QString() : row.username + QStringLiteral("  "))
            << (row.displayName.isEmpty() ? QString() : row.displayName + QStringLiteral("  ")) << "(" << row.message
            << ")\n";
    }
}

int runImportRoster(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.signInOptions().cohortOption().flag(QStringLiteral("dry-run")).flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help"))) {
        streams.out << kHelp;
        return ExitSuccess;
    }
    if (!options.require(SharedOption::database) || !options.require(SharedOption::cohort))
        return usage(streams, options.error());
    if (options.positional().size() != 1)
        return usage(streams, QStringLiteral("give one CSV file"));
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    const QString csvPath = options.positional().first();

    const Result<CsvTable> table = CsvReader::read(csvPath);
    if (!table)
        return fail(streams, table.errorMessage());
    const Result<RosterFile> roster = RosterReader::read(*table);
    if (!roster)
        return fail(streams, roster.errorMessage());
    auto session = signInFromOptions(options, dryRun ? DatabaseAccess::ReadOnly : DatabaseAccess::Writable);
    if (!session)
        return fail(streams, session.errorMessage());
    const Actor actor = session->actor;
    const Result<CohortRecord> cohort = cohortFromOptions(options, *session->database, actor);
    if (!cohort)
        return fail(streams, cohort.errorMessage());
    const Result<RosterImportReport> report
        = RosterImporter(session->database->connection(), actor).import(*roster, cohort->id, dryRun);
    if (!report)
        return fail(streams, report.errorMessage());

    printRows(table->fileName, *report, dryRun, streams.out);
    using A = RosterRowOutcome::Action;
    const QString counts = QStringLiteral("%1 new, %2 existing to enrol, %3 already enrolled, %4 skipped, %5 errors")
                               .arg(report->count(A::Create))
                               .arg(report->count(A::Enrol))
                               .arg(report->count(A::AlreadyEnrolled))
                               .arg(report->count(A::Skip))
                               .arg(report->count(A::Error));
    if (report->hasErrors()) {
        streams.err << "prepmark-cli import-roster: " << counts << "; nothing was imported: correct the file and "
                    << "import it again\n";
        return ExitFailure;
    }
    streams.out << counts << (dryRun ? "; dry run, nothing imported\n" : "; imported\n");
    return ExitSuccess;
}
} // namespace

CliCommand importRosterCommand()
{
    return {QStringLiteral("import-roster"),
        QStringLiteral(
            "import-roster --db FILE|URL [--as USER] --cohort NAME [--dry-run] CSV   (import-roster --help: columns)"),
        runImportRoster};
}

} // namespace prepmark::cli
