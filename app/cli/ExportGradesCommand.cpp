#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "reports/CanvasGradeCsv.h"
#include "reports/MoodleGradeCsv.h"

#include <QSaveFile>

namespace prepmark::cli {

namespace {
const char *const kHelp
    = "prepmark-cli export-grades --db FILE|URL [--as USER] --assignment ID --format moodle|canvas OUT\n"
      "\n"
      "A grade file of the assignment's released results for Moodle (Grades > Import > CSV file) or\n"
      "Canvas (Grades > Import): a column per dimension (score), an Adequate column (1 or 0), the\n"
      "verdict in words with the blocking dimensions and the lecturer's feedback (Moodle: the\n"
      "Adequate item's feedback; Canvas: the Notes column). Columns and how each platform maps them:\n"
      "README, \"Grade export\". Only released results are exported, so importing never clears a\n"
      "grade of a student whose result is not released yet.\n"
      "\n"
      "The database is opened read-only. Exit codes: 0 written, 1 failed, 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, exportGradesCommand(), problem);
}

int fail(CliStreams &streams, const QString &message)
{
    return failure(streams, exportGradesCommand(), message);
}

int runExportGrades(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.signInOptions().assignmentOption().valueOption(QStringLiteral("format")).flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help"))) {
        streams.out << kHelp;
        return ExitSuccess;
    }
    qint64 assignment = 0;
    if (!options.require(SharedOption::database) || !options.require(SharedOption::assignment)
        || !options.readId(SharedOption::assignment, assignment) || !options.require(QStringLiteral("format")))
        return usage(streams, options.error());
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("moodle") && format != QLatin1String("canvas"))
        return usage(streams, QStringLiteral("--format: \"%1\" is neither moodle nor canvas").arg(format));
    if (options.positional().size() != 1)
        return usage(streams, QStringLiteral("give one output file"));
    const QString out = options.positional().first();

    auto session = signInFromOptions(options, DatabaseAccess::ReadOnly);
    if (!session)
        return fail(streams, session.errorMessage());
    const Result<Gradebook> gradebook
        = GradebookBuilder::build(session->database->connection(), session->actor, assignment);
    if (!gradebook)
        return fail(streams, gradebook.errorMessage());
    const QByteArray bytes
        = format == QLatin1String("moodle") ? MoodleGradeCsv::write(*gradebook) : CanvasGradeCsv::write(*gradebook);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(streams, QStringLiteral("%1: cannot write: %2").arg(out, file.errorString()));
    streams.out << out << ": " << gradebook->rows.size() << " released results of \"" << gradebook->assignment.title
                << "\" for " << (format == QLatin1String("moodle") ? "Moodle" : "Canvas") << '\n';
    return ExitSuccess;
}
} // namespace

CliCommand exportGradesCommand()
{
    return {QStringLiteral("export-grades"),
        QStringLiteral("export-grades --db FILE|URL [--as USER] --assignment ID --format moodle|canvas OUT   "
                       "(export-grades --help)"),
        runExportGrades};
}

} // namespace prepmark::cli
