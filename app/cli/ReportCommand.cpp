#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "reports/CohortReport.h"
#include "reports/CohortReportJson.h"

#include <QJsonDocument>

namespace prepmark::cli {
namespace {

const char *const kHelp
    = "prepmark-cli report cohort --db FILE|URL [--as USER] --cohort NAME [--assignment ID] [--json]\n"
      "\n"
      "The cohort threshold report of one assignment of the cohort NAME.\n"
      "\n"
      "Which scores: the agreed dimension scores of each student's latest attempt at that\n"
      "assignment (agreed by the two markers within tolerance, or by a moderator). Students\n"
      "without agreed scores yet are left out of \"students\" and every count. Without\n"
      "--assignment, the report is of the cohort's most recent assignment (by due date) that\n"
      "has agreed results.\n"
      "\n"
      "Verdicts are conjunctive (adequate only when every dimension meets its threshold);\n"
      "\"policies\" compares the adequate counts under the compensatory and hybrid policies,\n"
      "and \"flips\" lists the students (user ids) whose verdict another policy changes.\n"
      "\n"
      "\"agreement\" compares the first and second markers of every double-marked attempt of\n"
      "the assignment, per dimension, over pairs of criterion levels (one pair per criterion\n"
      "of the dimension per attempt): exact and adjacent (within one level) agreement,\n"
      "quadratic-weighted Cohen's kappa, ICC(2,1) and Krippendorff's alpha (ordinal); null\n"
      "when undefined for the data.\n"
      "\n"
      "The database is opened read-only; an older schema must be migrated first (db migrate).\n"
      "Exit codes: 0 done, 1 the report failed (message on stderr), 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, reportCommand(), problem);
}

int fail(CliStreams &streams, const QString &message)
{
    return failure(streams, reportCommand(), message);
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 0) + QLatin1Char('%') : QStringLiteral("-");
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("-");
}

void printTable(const CohortReport &report, QTextStream &out)
{
    const Rubric &rubric = report.rubric;
    out << report.cohortName << " - " << report.assignmentTitle << " (rubric " << rubric.identity() << ")\n"
        << report.students.size() << " of " << report.enrolled << " students with agreed scores\n\n";
    out << QStringLiteral("%1").arg(QStringLiteral("student"), -26);
    for (const Dimension &d : rubric.dimensions)
        out << QStringLiteral("%1").arg(d.key.left(9), 10);
    out << QStringLiteral("%1  verdict\n").arg(QStringLiteral("mean"), 7);
    for (const CohortReportStudent &s : report.students) {
        out << QStringLiteral("%1").arg(s.name.left(25), -26);
        for (const DimensionOutcome &o : s.verdict.dimensions)
            out << QStringLiteral("%1%2")
                       .arg(o.score, 8, 'f', 2)
                       .arg(o.meetsThreshold ? QStringLiteral("  ") : QStringLiteral(" v"));
        out << QStringLiteral("%1  ").arg(s.verdict.mean, 7, 'f', 2) << (s.verdict.adequate ? "adequate" : "INADEQUATE")
            << (s.verdict.masked ? " (masked)" : "") << '\n';
    }
    out << "\n(v: below threshold)\n\ndimension                        blocks  alone  exact adjacent  kappa_w    ICC  "
           "alpha\n";
    for (const Dimension &d : rubric.dimensions) {
        const DimensionAgreement a = report.agreement.value(d.key);
        out << QStringLiteral("%1%2%3%4%5%6%7%8\n")
                   .arg(d.name.left(32), -32)
                   .arg(report.blockingCounts.value(d.key), 7)
                   .arg(report.soleBlockerCounts.value(d.key), 7)
                   .arg(percent(a.exact), 7)
                   .arg(percent(a.adjacent), 9)
                   .arg(number(a.weightedKappa), 9)
                   .arg(number(a.icc), 7)
                   .arg(number(a.alpha), 7);
    }
    out << "\nmasked failures (mean clears " << QString::number(rubric.meanPassLine, 'f', 2)
        << ", verdict inadequate): " << report.maskedCount << '\n'
        << "adequate under conjunctive " << report.conjunctiveAdequate << ", compensatory "
        << report.compensatoryAdequate << ", hybrid " << report.hybridAdequate << "; " << report.flips.size()
        << " students change verdict\n"
        << "double-marked attempts " << report.doubleMarked << ", markers agree on adequacy "
        << percent(report.adequacyAgreement) << " (kappa " << number(report.adequacyKappa) << ")\n";
    for (const MarkerSeverity &m : report.severity)
        out << "  " << m.name << ": " << m.attempts << " attempts, mean difference from co-marker "
            << QString::number(m.meanDifference, 'f', 2) << '\n';
}

int runReport(const QStringList &arguments, CliStreams &streams)
{
    if (arguments.value(0) == QLatin1String("programme"))
        return runProgrammeReport(arguments.mid(1), streams);
    OptionParser options;
    options.signInOptions().cohortOption().assignmentOption().flag(QStringLiteral("json")).flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help"))) {
        streams.out << kHelp;
        return ExitSuccess;
    }
    if (options.positional() != QStringList {QStringLiteral("cohort")})
        return usage(streams, QStringLiteral("say which report: cohort or programme"));
    qint64 assignmentId = 0; // the cohort's latest with agreed results
    if (!options.require(SharedOption::database) || !options.require(SharedOption::cohort)
        || !options.readId(SharedOption::assignment, assignmentId))
        return usage(streams, options.error());
    auto session = signInFromOptions(options, DatabaseAccess::ReadOnly);
    if (!session)
        return fail(streams, session.errorMessage());
    const Actor actor = session->actor;
    const Result<CohortRecord> cohort = cohortFromOptions(options, *session->database, actor);
    if (!cohort)
        return fail(streams, cohort.errorMessage());
    const Result<CohortReport> report
        = CohortReportBuilder::build(session->database->connection(), actor, cohort->id, assignmentId);
    if (!report)
        return fail(streams, report.errorMessage());
    if (options.isSet(QStringLiteral("json")))
        streams.out << QJsonDocument(cohortReportToJson(*report)).toJson(QJsonDocument::Indented);
    else
        printTable(*report, streams.out);
    return ExitSuccess;
}

} // namespace

CliCommand reportCommand()
{
    return {QStringLiteral("report"),
        QStringLiteral("report cohort --db FILE|URL [--as USER] --cohort NAME [--assignment ID] [--json]   (report "
                       "--help: which scores)\n"
                       "  report programme --db FILE|URL [--as USER] [--programme CODE] (--pdf|--csv|--html) OUT   "
                       "(report programme --help)"),
        runReport};
}

} // namespace prepmark::cli
