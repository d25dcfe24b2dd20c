#include "Commands.h"
#include "OptionParser.h"

#include "core/RubricLoader.h"
#include "core/Scores.h"
#include "core/Verdict.h"
#include "core/VerdictJson.h"

#include <QJsonDocument>

namespace prepmark::cli {
namespace {

void printVerdictTable(const Verdict &verdict, QTextStream &out)
{
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QStringLiteral("dimension"), -32)
               .arg(QStringLiteral("score"), 6)
               .arg(QStringLiteral("threshold"), 9)
               .arg(QStringLiteral("margin"), 7);
    for (const DimensionOutcome &d : verdict.dimensions) {
        QString marker = d.meetsThreshold ? QString() : QStringLiteral("  BLOCKS");
        if (d.nearThreshold)
            marker += QStringLiteral("  (near threshold)");
        out << QStringLiteral("%1  %2  %3  %4%5\n")
                   .arg(d.name, -32)
                   .arg(d.score, 6, 'f', 2)
                   .arg(d.threshold, 9, 'f', 2)
                   .arg(d.margin, 7, 'f', 2)
                   .arg(marker);
    }
    out << "\nverdict (" << policyName(verdict.policy) << "): " << (verdict.adequate ? "ADEQUATE" : "INADEQUATE");
    if (!verdict.blocking.isEmpty())
        out << ", blocked by " << verdict.blocking.join(QStringLiteral(", "));
    out << "\nmean " << QString::number(verdict.mean, 'f', 2) << " (shown beside the verdict, never instead of it)";
    if (verdict.masked)
        out << "\nmasked failure: the mean clears the pass line, but a dimension is below its threshold";
    out << '\n';
}

int runVerdict(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.valueOption(QStringLiteral("rubric"))
        .valueOption(QStringLiteral("scores"))
        .valueOption(QStringLiteral("policy"))
        .flag(QStringLiteral("json"));
    if (!options.parse(arguments) || !options.require(QStringLiteral("rubric"))
        || !options.require(QStringLiteral("scores")))
        return usageError(streams, verdictCommand(), options.error());
    if (!options.positional().isEmpty())
        return usageError(
            streams, verdictCommand(), QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()));
    const Result<VerdictPolicy> policy
        = policyFromName(options.value(QStringLiteral("policy"), QStringLiteral("conjunctive")));
    if (!policy) {
        streams.err << "prepmark-cli verdict: --policy: " << policy.errorMessage() << '\n';
        return ExitUsage;
    }
    const Result<Rubric> rubric = RubricLoader::fromFile(options.value(QStringLiteral("rubric")));
    if (!rubric) {
        streams.err << "prepmark-cli verdict: " << rubric.errorMessage() << '\n';
        return ExitFailure;
    }
    const Result<DimensionScores> scores = parseScoreList(*rubric, options.value(QStringLiteral("scores")));
    if (!scores) {
        streams.err << "prepmark-cli verdict: --scores: " << scores.errorMessage() << '\n';
        return ExitFailure;
    }
    const Result<Verdict> verdict = VerdictEngine::evaluate(*rubric, *scores, *policy);
    if (!verdict) {
        streams.err << "prepmark-cli verdict: " << verdict.errorMessage() << '\n';
        return ExitFailure;
    }
    if (options.isSet(QStringLiteral("json")))
        streams.out << QJsonDocument(verdictToJson(*verdict)).toJson(QJsonDocument::Indented);
    else
        printVerdictTable(*verdict, streams.out);
    return ExitSuccess;
}

} // namespace

CliCommand verdictCommand()
{
    return {QStringLiteral("verdict"),
        QStringLiteral(
            "verdict --rubric FILE --scores key=v,key=v,... [--policy conjunctive|compensatory|hybrid] [--json]"),
        runVerdict};
}

} // namespace prepmark::cli
