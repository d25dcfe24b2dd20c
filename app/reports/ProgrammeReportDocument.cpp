#include "ProgrammeReportDocument.h"

#include "ReportFormat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {
int maxOf(const QVector<ChartSeries> &series, bool stacked)
{
    double most = 1.0;
    if (stacked && !series.isEmpty()) {
        for (int i = 0; i < series.first().values.size(); ++i) {
            double sum = 0.0;
            for (const ChartSeries &s : series)
                sum += s.values.value(i);
            most = std::max(most, sum);
        }
    } else {
        for (const ChartSeries &s : series) {
            for (double v : s.values)
                most = std::max(most, v);
        }
    }
    // A multiple of 5: the value axis has six ticks, so each falls on a whole number.
    return 5 * int(std::ceil(most * 1.15 / 5.0));
}

QString count(int n)
{
    return QLocale().toString(n);
}
} // namespace

QString ProgrammeReportDocument::title()
{
    return tr("Programme outcome report");
}

QColor ProgrammeReportDocument::yearColour(int index, int count)
{
    // Older years lighter, the latest the darkest: a trend reads left to right.
    const QColor oldest(0x9e, 0xc5, 0xe6), latest(0x1f, 0x4e, 0x79);
    const double t = count > 1 ? double(index) / (count - 1) : 1.0;
    return QColor::fromRgbF(oldest.redF() + t * (latest.redF() - oldest.redF()),
        oldest.greenF() + t * (latest.greenF() - oldest.greenF()),
        oldest.blueF() + t * (latest.blueF() - oldest.blueF()));
}

Qt::BrushStyle ProgrammeReportDocument::yearPattern(int index, int count)
{
    // The latest year solid, earlier years hatched differently: readable in greyscale.
    const Qt::BrushStyle earlier[] = {Qt::Dense4Pattern, Qt::BDiagPattern, Qt::CrossPattern, Qt::FDiagPattern};
    return index == count - 1 ? Qt::SolidPattern : earlier[index % int(std::size(earlier))];
}

QColor ProgrammeReportDocument::dimensionColour(int index)
{
    const QColor colours[] = {QColor(0xc6, 0x28, 0x28), QColor(0x1f, 0x77, 0xb4), QColor(0x2e, 0x7d, 0x32),
        QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0x5d, 0x40, 0x37)};
    return colours[index % int(std::size(colours))];
}

QString ProgrammeReportDocument::rubricLine(const ProgrammeReport &report)
{
    QStringList rubrics;
    for (const Rubric &rubric : report.rubrics)
        rubrics << tr("%1 (%2, version %3)").arg(rubric.title, rubric.key).arg(rubric.version);
    return rubrics.isEmpty() ? tr("Rubric: none (no released results yet)")
                             : tr("Rubric: %1").arg(rubrics.join(QStringLiteral("; ")));
}

QString ProgrammeReportDocument::methodNote(const ProgrammeReport &report)
{
    Q_UNUSED(report);
    return tr("How the figures are computed. Every figure comes from the released results of assessed assignments: "
              "the snapshot a student received, judged against the rubric version it was marked with, so a later "
              "change of thresholds never rewrites it. A resubmission counts once, with its latest released result. "
              "A result is adequate only when every dimension meets its threshold at the same time (conjunctive "
              "rule). Attainment of a dimension is the share of results at or above its threshold. A dimension "
              "blocks a result when it is below its threshold; it blocks it alone when it is the only one. A masked "
              "failure is an inadequate result whose mean clears the pass line: an averaged grade would have passed "
              "it. A learning outcome is attained in a result when every dimension mapped to it meets its "
              "threshold.");
}

ReportDocument ProgrammeReportDocument::build(const ProgrammeReport &report)
{
    ReportDocument document;
    document.footerLeft
        = tr("%1 · %2 · %3").arg(title(), report.programme.code, ReportFormat::date(report.generatedAt));
    //: Page footer: page %1 of %2 pages.
    document.pageNumberFormat = tr("Page %1 of %2");
    QStringList cohorts;
    for (const CohortOutcome &c : report.cohorts)
        cohorts << tr("%1 (%2, %3)").arg(c.cohort.name, c.cohort.moduleCode, c.cohort.academicYear);
    document.title(title(),
        {tr("%1 (%2)").arg(report.programme.name, report.programme.code),
            tr("Cohorts: %1").arg(cohorts.isEmpty() ? ReportFormat::dash() : cohorts.join(QStringLiteral("; "))),
            rubricLine(report),
            tr("%1 released results of %2 students in assessed assignments")
                .arg(count(report.total.results), count(int(report.total.students.size()))),
            tr("Generated on %1").arg(ReportFormat::date(report.generatedAt))});
    document.paragraph(tr("Preparation is adequate only when every dimension meets its threshold at the same time. "
                          "This report shows, per cohort and academic year, how often that happened, which "
                          "dimensions stood in the way, and which failures an averaged grade would have hidden."));
    document.pageBreak();
    addSummary(document, report);
    addAttainment(document, report);
    addBlocking(document, report);
    addOutcomes(document, report);
    addCohortTable(document, report);
    document.heading(tr("Method"));
    document.paragraph(methodNote(report));
    return document;
}

void ProgrammeReportDocument::addSummary(ReportDocument &document, const ProgrammeReport &report)
{
    const OutcomeFigures &total = report.total;
    document.heading(tr("Summary"));
    document.keyFigures({{count(total.results), tr("released results")},
        {ReportFormat::percent(total.adequacyRate()), tr("adequate (every dimension at threshold)")},
        {count(total.masked), tr("masked failures (mean passes, verdict fails)")},
        {count(int(total.students.size())), tr("students with results")}});
    ReportTable table;
    table.header = {tr("Academic year"), tr("Cohorts"), tr("Students"), tr("Submissions"), tr("Results"),
        tr("Adequate"), tr("Adequacy rate"), tr("Masked failures")};
    table.columnWeights = {1.0, 1.7, 0.9, 1.3, 0.9, 0.9, 1.0, 1.0};
    table.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
        Qt::AlignRight, Qt::AlignRight};
    for (const YearOutcome &year : report.years) {
        const OutcomeFigures &f = year.figures;
        table.rows.append({{year.academicYear, year.cohortNames.join(QStringLiteral(", ")), count(f.enrolledStudents),
                               count(f.submissions), count(f.results), count(f.adequate),
                               ReportFormat::percent(f.adequacyRate(), 1), count(f.masked)},
            {}, false});
    }
    table.rows.append(
        {{tr("All years"), QString(), count(total.enrolledStudents), count(total.submissions), count(total.results),
             count(total.adequate), ReportFormat::percent(total.adequacyRate(), 1), count(total.masked)},
            {}, true});
    document.addTable(table);

    ChartSpec trend;
    trend.kind = ChartSpec::Kind::Lines;
    trend.title = tr("Trend across academic years: adequacy and attainment per dimension (%)");
    for (const YearOutcome &year : report.years)
        trend.categories << year.academicYear;
    ChartSeries adequacy {tr("Adequate (all dimensions)"), {}, QColor(0x20, 0x24, 0x2a), Qt::SolidPattern};
    for (const YearOutcome &year : report.years)
        adequacy.values << year.figures.adequacyRate().value_or(0.0) * 100.0;
    trend.series << adequacy;
    for (int d = 0; d < report.dimensions.size(); ++d) {
        ChartSeries series {report.dimensions[d].name, {}, dimensionColour(d), Qt::SolidPattern};
        for (const YearOutcome &year : report.years)
            series.values << year.figures.dimensions.value(report.dimensions[d].key).attainment().value_or(0.0) * 100.0;
        trend.series << series;
    }
    trend.minimum = 0.0;
    trend.maximum = 100.0;
    trend.labelFormat = QStringLiteral("%d");
    trend.valueAxisTitle = tr("% of results");
    document.addChart(trend, 250.0);
}

void ProgrammeReportDocument::addAttainment(ReportDocument &document, const ProgrammeReport &report)
{
    document.pageBreak();
    document.heading(tr("Attainment per dimension"));
    document.paragraph(tr("The share of results at or above each dimension's threshold, by academic year. Adequacy "
                          "needs all of them at once, so it can be no higher than the lowest."));
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::Bars;
    chart.title = tr("Results at threshold, by dimension and academic year (%)");
    for (const ProgrammeDimension &d : report.dimensions)
        chart.categories << d.name;
    for (int y = 0; y < report.years.size(); ++y) {
        const YearOutcome &year = report.years[y];
        ChartSeries series {
            year.academicYear, {}, yearColour(y, int(report.years.size())), yearPattern(y, int(report.years.size()))};
        for (const ProgrammeDimension &d : report.dimensions)
            series.values << year.figures.dimensions.value(d.key).attainment().value_or(0.0) * 100.0;
        chart.series << series;
    }
    chart.minimum = 0.0;
    chart.maximum = 100.0;
    chart.labelFormat = QStringLiteral("%d");
    chart.valueAxisTitle = tr("% of results at threshold");
    document.addChart(chart, 240.0);

    ReportTable table;
    table.header = {tr("Dimension"), tr("Threshold")};
    for (const YearOutcome &year : report.years)
        table.header << year.academicYear;
    table.header << tr("All years") << tr("Mean score");
    for (const ProgrammeDimension &d : report.dimensions) {
        ReportTableRow row;
        const DimensionAttainment all = report.total.dimensions.value(d.key);
        row.cells << d.name << ReportFormat::thresholds(all.thresholds);
        for (const YearOutcome &year : report.years) {
            const DimensionAttainment a = year.figures.dimensions.value(d.key);
            row.cells << tr("%1 (%2)").arg(
                ReportFormat::percent(a.attainment()), ReportFormat::countOf(a.atThreshold, a.results));
        }
        row.cells << ReportFormat::percent(all.attainment(), 1) << ReportFormat::score(all.meanScore());
        table.rows << row;
    }
    table.columnWeights = QVector<double>(table.header.size(), 1.2);
    table.columnWeights[0] = 2.0;
    table.columnWeights[1] = 1.1;
    document.addTable(table);
}

void ProgrammeReportDocument::addBlocking(ReportDocument &document, const ProgrammeReport &report)
{
    document.heading(tr("What blocks adequacy"));
    document.paragraph(tr("How many results each dimension blocked (below its threshold), and how many it blocked "
                          "alone: the fail attribution. A result can be blocked by several dimensions."));
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::HorizontalBars;
    chart.title = tr("Results blocked by each dimension, by academic year");
    for (const ProgrammeDimension &d : report.dimensions)
        chart.categories << d.name;
    for (int y = 0; y < report.years.size(); ++y) {
        ChartSeries series {report.years[y].academicYear, {}, yearColour(y, int(report.years.size())),
            yearPattern(y, int(report.years.size()))};
        for (const ProgrammeDimension &d : report.dimensions)
            series.values << report.years[y].figures.dimensions.value(d.key).blocking;
        chart.series << series;
    }
    chart.maximum = maxOf(chart.series, false);
    chart.labelFormat = QStringLiteral("%d");
    chart.valueAxisTitle = tr("results");
    chart.valueLabels = true;
    document.addChart(chart, 250.0);

    ReportTable table;
    table.header = {tr("Dimension")};
    for (const YearOutcome &year : report.years)
        table.header << tr("%1: blocks / alone").arg(year.academicYear);
    table.header << tr("All years: blocks / alone");
    for (const ProgrammeDimension &d : report.dimensions) {
        ReportTableRow row;
        row.cells << d.name;
        for (const YearOutcome &year : report.years) {
            const DimensionAttainment a = year.figures.dimensions.value(d.key);
            row.cells << tr("%1 / %2").arg(count(a.blocking), count(a.soleBlocker));
        }
        const DimensionAttainment all = report.total.dimensions.value(d.key);
        row.cells << tr("%1 / %2").arg(count(all.blocking), count(all.soleBlocker));
        table.rows << row;
    }
    table.columnWeights = QVector<double>(table.header.size(), 1.2);
    table.columnWeights[0] = 2.0;
    document.addTable(table);

    document.heading(tr("Masked failures: what an averaged grade would have hidden"));
    ReportTable masked;
    masked.header = {tr("Academic year"), tr("Results"), tr("Inadequate"), tr("Blocked by 1 dimension"), tr("by 2"),
        tr("by 3 or more"), tr("Masked failures"), tr("Share of inadequate")};
    auto maskedRow = [&](const QString &label, const OutcomeFigures &f, bool strong) {
        const int inadequate = f.results - f.adequate;
        masked.rows.append(
            {{label, count(f.results), count(inadequate), count(f.blockedByCount.value(1)),
                 count(f.blockedByCount.value(2)), count(f.blockedByCount.value(3)), count(f.masked),
                 ReportFormat::percent(
                     inadequate > 0 ? std::optional<double>(double(f.masked) / inadequate) : std::nullopt)},
                {}, strong});
    };
    for (const YearOutcome &year : report.years)
        maskedRow(year.academicYear, year.figures, false);
    maskedRow(tr("All years"), report.total, true);
    document.addTable(masked);
    document.paragraph(tr("A masked failure's mean clears the pass line while at least one dimension is below its "
                          "threshold. These are the students a compensatory (averaged) grade would have passed."));
}

void ProgrammeReportDocument::addOutcomes(ReportDocument &document, const ProgrammeReport &report)
{
    document.pageBreak();
    document.heading(tr("Learning outcomes and dimensions"));
    if (report.outcomes.isEmpty()) {
        document.paragraph(tr("The programme has no learning outcomes mapped to rubric dimensions."));
        return;
    }
    document.paragraph(tr("Which rubric dimensions evidence each programme learning outcome (✓), and the share of "
                          "results in which every mapped dimension meets its threshold."));
    ReportTable map;
    map.header = {tr("Outcome")};
    for (const ProgrammeDimension &d : report.dimensions)
        map.header << d.name;
    map.header << tr("Attainment");
    map.columnWeights = QVector<double>(map.header.size(), 1.2);
    map.columnWeights[0] = 0.85;
    map.columnWeights.last() = 1.0;
    for (int c = 1; c < map.header.size(); ++c)
        map.alignment << Qt::AlignHCenter;
    map.alignment.prepend(Qt::AlignLeft);
    for (const LearningOutcomeAttainment &o : report.outcomes) {
        ReportTableRow row;
        row.cells << o.outcome.code;
        for (const ProgrammeDimension &d : report.dimensions)
            row.cells << (o.outcome.dimensionKeys.contains(d.key) ? QStringLiteral("✓") : QString());
        row.cells << ReportFormat::percent(o.overall, 1);
        map.rows << row;
    }
    document.addTable(map);

    ReportTable byYear;
    byYear.header = {tr("Outcome"), tr("Description")};
    for (const YearOutcome &year : report.years)
        byYear.header << year.academicYear;
    byYear.header << tr("All years");
    byYear.columnWeights = QVector<double>(byYear.header.size(), 0.9);
    byYear.columnWeights[0] = 0.8;
    byYear.columnWeights[1] = 4.0;
    byYear.alignment = QVector<Qt::Alignment>(byYear.header.size(), Qt::AlignRight);
    byYear.alignment[0] = Qt::AlignLeft;
    byYear.alignment[1] = Qt::AlignLeft;
    for (const LearningOutcomeAttainment &o : report.outcomes) {
        ReportTableRow row;
        row.cells << o.outcome.code << o.outcome.description;
        for (const YearOutcome &year : report.years)
            row.cells << ReportFormat::percent(o.byYear.value(year.academicYear));
        row.cells << ReportFormat::percent(o.overall, 1);
        byYear.rows << row;
    }
    document.addTable(byYear);
}

void ProgrammeReportDocument::addCohortTable(ReportDocument &document, const ProgrammeReport &report)
{
    document.heading(tr("Per cohort: results at threshold by dimension"));
    ReportTable table;
    table.header = {tr("Cohort"), tr("Results")};
    for (const ProgrammeDimension &d : report.dimensions)
        table.header << d.name;
    table.header << tr("Adequate");
    table.columnWeights = QVector<double>(table.header.size(), 1.1);
    table.columnWeights[0] = 1.5;
    table.columnWeights[1] = 0.7;
    table.columnWeights.last() = 0.9;
    for (const CohortOutcome &c : report.cohorts) {
        ReportTableRow row;
        row.cells << tr("%1\n%2").arg(c.cohort.name, c.rubrics.join(QStringLiteral(", "))) << count(c.figures.results);
        for (const ProgrammeDimension &d : report.dimensions)
            row.cells << ReportFormat::percent(c.figures.dimensions.value(d.key).attainment(), 1);
        row.cells << ReportFormat::percent(c.figures.adequacyRate(), 1);
        table.rows << row;
    }
    document.addTable(table);
}

} // namespace prepmark
