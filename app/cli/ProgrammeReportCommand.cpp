#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "reports/ProgrammeReport.h"
#include "reports/ProgrammeReportCsv.h"
#include "reports/ProgrammeReportDocument.h"
#include "reports/ProgrammeReportHtml.h"
#include "reports/ReportPdfWriter.h"
#include "reports/charts/QtChartsPainter.h"

#include <QGuiApplication>
#include <QSaveFile>

namespace prepmark::cli {

namespace {
const char *const kHelp
    = "prepmark-cli report programme --db FILE|URL [--as USER] [--programme CODE] (--pdf|--csv|--html) OUT\n"
      "\n"
      "The programme outcome report: per cohort and academic year, the released results of assessed\n"
      "assignments (each submission's latest released result, as the student received it): students,\n"
      "submissions, results, adequacy rate (every dimension at threshold at once), attainment per\n"
      "dimension (share of results at threshold), what blocks adequacy and what blocks it alone,\n"
      "masked failures (mean clears the pass line, verdict inadequate), the trend across years, and\n"
      "the programme's learning outcomes mapped to dimensions with their attainment.\n"
      "\n"
      "  --pdf OUT   A4 report with a title page, charts, tables and page numbers\n"
      "  --csv OUT   one row per cohort x dimension (columns in README, \"Programme outcome report\")\n"
      "  --html OUT  one self-contained page\n"
      "\n"
      "Without --programme the database's only programme is reported. The database is opened\n"
      "read-only. Text is in English; the GUI writes the same report in its chosen language.\n"
      "Exit codes: 0 written, 1 the report failed (message on stderr), 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    streams.err << "prepmark-cli report programme: " << problem
                << "\nusage: prepmark-cli report programme --db FILE|URL [--as USER] [--programme CODE] "
                   "(--pdf|--csv|--html) OUT\n";
    return ExitUsage;
}

int fail(CliStreams &streams, const QString &message)
{
    streams.err << "prepmark-cli report programme: " << message << '\n';
    return ExitFailure;
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

int runProgrammeReport(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.signInOptions()
        .valueOption(QStringLiteral("programme"))
        .valueOption(QStringLiteral("pdf"))
        .valueOption(QStringLiteral("csv"))
        .valueOption(QStringLiteral("html"))
        .flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help"))) {
        streams.out << kHelp;
        return ExitSuccess;
    }
    if (!options.positional().isEmpty())
        return usage(streams, QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()));
    if (!options.require(SharedOption::database))
        return usage(streams, options.error());
    QStringList formats;
    for (const char *format : {"pdf", "csv", "html"}) {
        if (options.isSet(QLatin1String(format)))
            formats << QLatin1String(format);
    }
    if (formats.size() != 1)
        return usage(streams, QStringLiteral("give exactly one of --pdf, --csv or --html with the output file"));
    const QString format = formats.first();
    const QString out = options.value(format);
    if (out.isEmpty())
        return usage(streams, QStringLiteral("--%1 needs an output file").arg(format));

    auto session = signInFromOptions(options, DatabaseAccess::ReadOnly);
    if (!session)
        return fail(streams, session.errorMessage());
    const Result<ProgrammeReport> report = ProgrammeReportBuilder::build(
        session->database->connection(), session->actor, options.value(QStringLiteral("programme")));
    if (!report)
        return fail(streams, report.errorMessage());

    Status written;
    if (format == QLatin1String("csv")) {
        written = writeBytes(out, programmeReportCsv(*report));
    } else if (format == QLatin1String("html")) {
        written = writeBytes(out, ProgrammeReportHtml::write(*report).toUtf8());
    } else {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(streams,
                QStringLiteral("writing a PDF needs a GUI application object (prepmark-cli creates one for --pdf)"));
        const QtChartsPainter charts;
        written = ReportPdfWriter::write(ProgrammeReportDocument::build(*report), &charts, out,
            ProgrammeReportDocument::title() + QStringLiteral(" — ") + report->programme.code);
    }
    if (!written)
        return fail(streams, written.errorMessage());
    streams.out << out << ": programme " << report->programme.code << ", " << report->cohorts.size() << " cohorts, "
                << report->total.results << " released results\n";
    return ExitSuccess;
}

} // namespace prepmark::cli
