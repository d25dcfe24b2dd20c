#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "reports/FeedbackSheetExporter.h"

#include <QGuiApplication>

namespace prepmark::cli {

namespace {
const char *const kHelp
    = "prepmark-cli feedback-sheets --db FILE|URL [--as USER] --assignment ID --out DIR\n"
      "prepmark-cli feedback-sheets --db FILE|URL [--as USER] --submission ID --out FILE.pdf\n"
      "\n"
      "Student feedback sheets as PDF: for every released submission of an assignment (one file\n"
      "each in DIR, named <assignment>-<student number>-<name>.pdf), or for one submission. A sheet\n"
      "holds what was released to the student and nothing more: the verdict with the dimensions\n"
      "that block it, every dimension against its threshold, the lecturer's feedback and the\n"
      "automatic evidence of the attempt. Submissions without a released result are skipped.\n"
      "\n"
      "The database is opened read-only. Exit codes: 0 written, 1 failed (message on stderr), 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, feedbackSheetsCommand(), problem);
}

int fail(CliStreams &streams, const QString &message)
{
    return failure(streams, feedbackSheetsCommand(), message);
}

int runFeedbackSheets(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.signInOptions()
        .assignmentOption()
        .valueOption(QStringLiteral("submission"))
        .valueOption(QStringLiteral("out"))
        .flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help"))) {
        streams.out << kHelp;
        return ExitSuccess;
    }
    if (!options.positional().isEmpty())
        return usage(streams, QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()));
    if (!options.require(SharedOption::database) || !options.require(QStringLiteral("out")))
        return usage(streams, options.error());
    const bool byAssignment = options.isSet(SharedOption::assignment);
    if (byAssignment == options.isSet(QStringLiteral("submission")))
        return usage(streams, QStringLiteral("give either --assignment ID or --submission ID"));
    qint64 id = 0;
    if (!options.readId(byAssignment ? SharedOption::assignment : QStringLiteral("submission"), id))
        return usage(streams, options.error());
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(streams, QStringLiteral("writing PDF needs a GUI application object"));

    auto session = signInFromOptions(options, DatabaseAccess::ReadOnly);
    if (!session)
        return fail(streams, session.errorMessage());
    const QString out = options.value(QStringLiteral("out"));
    if (!byAssignment) {
        const Result<FeedbackSheet> sheet
            = FeedbackSheetBuilder::forSubmission(session->database->connection(), session->actor, id);
        if (!sheet)
            return fail(streams, sheet.errorMessage());
        if (const Status written = FeedbackSheetExporter::write(*sheet, out); !written)
            return fail(streams, written.errorMessage());
        streams.out << out << '\n';
        return ExitSuccess;
    }
    const Result<FeedbackSheetBatch> batch
        = FeedbackSheetExporter::exportAssignment(session->database->connection(), session->actor, id, out);
    if (!batch)
        return fail(streams, batch.errorMessage());
    for (const QString &file : batch->files)
        streams.out << file << '\n';
    streams.out << batch->files.size() << " feedback sheets written to " << out << '\n';
    return ExitSuccess;
}
} // namespace

CliCommand feedbackSheetsCommand()
{
    return {QStringLiteral("feedback-sheets"),
        QStringLiteral(
            "feedback-sheets --db FILE|URL [--as USER] (--assignment ID --out DIR | --submission ID --out FILE.pdf)"),
        runFeedbackSheets};
}

} // namespace prepmark::cli
