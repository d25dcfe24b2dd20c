#include "FeedbackSheetDocument.h"

#include "ReportFormat.h"

#include <QLocale>

namespace prepmark {

QString FeedbackSheetDocument::verdictText(const FeedbackSheet &sheet)
{
    const Verdict &verdict = sheet.verdict;
    const QString mean = tr("Your mean score is %1. It is shown for comparison only: it does not decide the verdict.")
                             .arg(ReportFormat::score(verdict.mean));
    if (verdict.adequate)
        return tr("Adequate. Every dimension meets its threshold.") + QLatin1Char(' ') + mean;
    QStringList below;
    for (const DimensionOutcome &d : verdict.dimensions) {
        if (verdict.blocking.contains(d.key))
            below << tr("%1 (%2, threshold %3)")
                         .arg(d.name, ReportFormat::score(d.score), ReportFormat::score(d.threshold));
    }
    QString text = tr("Not yet adequate. Below threshold: %1.").arg(below.join(QStringLiteral("; ")));
    if (verdict.masked)
        text += QLatin1Char(' ')
            + tr("Your mean (%1) clears the pass line of %2, but preparation is adequate only when every dimension "
                 "meets its threshold at the same time: strengths elsewhere do not make up for this.")
                  .arg(ReportFormat::score(verdict.mean), ReportFormat::score(sheet.meanPassLine));
    else
        text += QLatin1Char(' ') + mean;
    return text;
}

ReportDocument FeedbackSheetDocument::build(const FeedbackSheet &sheet)
{
    ReportDocument document;
    document.footerLeft = tr("Feedback sheet · %1 · %2").arg(sheet.studentName, sheet.assignmentTitle);
    document.pageNumberFormat = tr("Page %1 of %2");
    document.heading(tr("Feedback: %1").arg(sheet.assignmentTitle));
    const QString number = sheet.studentNumber.isEmpty() ? QString() : tr(" (%1)").arg(sheet.studentNumber);
    document.keyFigures({{sheet.verdict.adequate ? tr("Adequate") : tr("Not yet adequate"), tr("verdict")},
        {ReportFormat::score(sheet.verdict.mean), tr("mean (for comparison only)")},
        {QLocale().toString(int(sheet.verdict.blocking.size())), tr("dimensions below threshold")}});
    document.paragraph(tr("Student: %1%2\nCohort: %3\nExercise: %4\nReleased: %5\nRubric: %6 (%7)")
                           .arg(sheet.studentName, number, sheet.cohortName, sheet.exerciseTitle,
                               ReportFormat::date(sheet.releasedAt), sheet.rubricTitle, sheet.rubricIdentity));
    document.notice(verdictText(sheet), !sheet.verdict.adequate);

    document.heading(tr("Your dimensions against their thresholds"));
    ThresholdBarsSpec bars;
    bars.minimum = sheet.scale.min;
    bars.maximum = sheet.scale.max;
    for (const FeedbackSheetDimension &d : sheet.dimensions)
        bars.bars.append({d.outcome.name, d.outcome.score, d.outcome.threshold, d.outcome.meetsThreshold,
            ReportFormat::score(d.outcome.score)});
    bars.legend = tr("The black mark on each bar is the dimension's threshold. Bars below their threshold are red, "
                     "hatched and marked ▼.");
    document.thresholdBars(bars);
    ReportTable table;
    table.header = {tr("Dimension"), tr("Score"), tr("Threshold"), tr("Margin"), tr("Status")};
    table.columnWeights = {2.4, 0.8, 0.9, 0.8, 1.6};
    for (const FeedbackSheetDimension &d : sheet.dimensions) {
        const bool meets = d.outcome.meetsThreshold;
        ReportTableRow row;
        row.cells << d.outcome.name << ReportFormat::score(d.outcome.score) << ReportFormat::score(d.outcome.threshold)
                  << (d.outcome.margin >= 0 ? QStringLiteral("+") : QString()) + ReportFormat::score(d.outcome.margin)
                  << (meets ? tr("meets threshold") : tr("below threshold"));
        row.alert = {false, !meets, false, false, !meets};
        table.rows << row;
    }
    document.addTable(table);

    document.heading(tr("Lecturer feedback"));
    document.paragraph(sheet.feedback.trimmed().isEmpty() ? tr("No written feedback was released with this result.")
                                                          : sheet.feedback.trimmed());

    document.heading(tr("Evidence from the automatic checks"));
    if (!sheet.hasEvidence()) {
        document.paragraph(tr("No automatic evidence was recorded for this submission: it was marked by your "
                              "lecturers alone."));
        return document;
    }
    ReportTable evidence;
    evidence.header = {tr("Dimension / criterion"), tr("Proposed level"), tr("What the checks found")};
    evidence.columnWeights = {2.0, 0.9, 4.0};
    evidence.alignment = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignLeft};
    for (const FeedbackSheetDimension &d : sheet.dimensions) {
        for (const FeedbackSheetCriterion &c : d.criteria) {
            evidence.rows.append(
                {{tr("%1 — %2").arg(d.outcome.name, c.name),
                     c.provisionalLevel ? QLocale().toString(*c.provisionalLevel) : tr("lecturer only"),
                     c.evidence.join(QLatin1Char('\n'))},
                    {}, false});
        }
    }
    document.addTable(evidence);
    document.paragraph(tr("Proposed levels come from the automatic checks; your lecturers decided the final marks."));
    return document;
}

} // namespace prepmark
