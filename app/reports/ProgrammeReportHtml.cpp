#include "ProgrammeReportHtml.h"

#include "ProgrammeReportDocument.h"
#include "ReportFormat.h"

#include <QLocale>

namespace prepmark {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString th(const QString &text)
{
    return QStringLiteral("<th>%1</th>").arg(esc(text));
}

QString td(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString countCell(int n)
{
    return QStringLiteral("<td class=\"n\" data-value=\"%1\">%2</td>").arg(n).arg(esc(QLocale().toString(n)));
}

QString shareCell(const std::optional<double> &share, bool bar = false)
{
    const QString value = share ? QString::number(*share, 'f', 4) : QString();
    QString text = esc(ReportFormat::percent(share, 1));
    if (bar && share)
        text = QStringLiteral("<span class=\"bar\"><span style=\"width:%1%\"></span></span> %2")
                   .arg(QString::number(*share * 100.0, 'f', 1), text);
    return QStringLiteral("<td class=\"n\" data-value=\"%1\">%2</td>").arg(value, text);
}

QString scoreCell(const std::optional<double> &score)
{
    return QStringLiteral("<td class=\"n\" data-value=\"%1\">%2</td>")
        .arg(score ? QString::number(*score, 'f', 2) : QString(), esc(ReportFormat::score(score)));
}

const char *const kStyle
    = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#20242a;max-width:60em;margin:2em auto;padding:0 1em;"
      "font-size:14px}h1{color:#1f4e79;margin-bottom:.2em}h2{color:#1f4e79;border-bottom:1px solid #c8cdd3;"
      "margin-top:2em}table{border-collapse:collapse;margin:.8em 0;width:100%}th,td{padding:.3em .5em;"
      "border-bottom:1px solid #dde1e6;text-align:left;vertical-align:top}th{background:#e8eef4}td.n{text-align:"
      "right;white-space:nowrap}tr.total td{font-weight:bold;border-top:2px solid #1f4e79}.meta{color:#5f6670}"
      ".figures{display:flex;gap:.8em}.figure{background:#e8eef4;border-left:4px solid #1f4e79;padding:.5em .8em;"
      "flex:1}.figure b{font-size:1.6em;color:#1f4e79;display:block}.bar{display:inline-block;width:5em;height:.7em;"
      "background:#eef1f4;vertical-align:middle}.bar span{display:block;height:100%;background:#1f4e79}"
      ".note{color:#5f6670;font-size:.9em}";

} // namespace

QString ProgrammeReportHtml::write(const ProgrammeReport &report)
{
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
                        "<style>%3</style>\n</head>\n<body>\n")
             .arg(lang, esc(ProgrammeReportDocument::title() + QStringLiteral(" — ") + report.programme.code),
                 QLatin1String(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(ProgrammeReportDocument::title()));
    h += QStringLiteral("<p class=\"meta\">%1<br/>%2<br/>%3</p>\n")
             .arg(esc(tr("%1 (%2)").arg(report.programme.name, report.programme.code)),
                 esc(ProgrammeReportDocument::rubricLine(report)),
                 esc(tr("Generated on %1").arg(ReportFormat::date(report.generatedAt))));

    const OutcomeFigures &total = report.total;
    h += QStringLiteral("<div class=\"figures\">");
    const QVector<QPair<QString, QString>> figures {{QLocale().toString(total.results), tr("released results")},
        {ReportFormat::percent(total.adequacyRate()), tr("adequate (every dimension at threshold)")},
        {QLocale().toString(total.masked), tr("masked failures (mean passes, verdict fails)")},
        {QLocale().toString(total.students.size()), tr("students with results")}};
    for (const auto &figure : figures)
        h += QStringLiteral("<div class=\"figure\"><b>%1</b>%2</div>").arg(esc(figure.first), esc(figure.second));
    h += QStringLiteral("</div>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table id=\"years\">\n<tr>").arg(esc(tr("Trend across academic years")));
    h += th(tr("Academic year")) + th(tr("Cohorts")) + th(tr("Students")) + th(tr("Submissions")) + th(tr("Results"))
        + th(tr("Adequate")) + th(tr("Adequacy rate")) + th(tr("Masked failures"));
    for (const ProgrammeDimension &d : report.dimensions)
        h += th(d.name);
    h += QStringLiteral("</tr>\n");
    auto yearRow = [&](const QString &label, const QString &cohorts, const OutcomeFigures &f, bool strong) {
        h += strong ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        h += td(label) + td(cohorts) + countCell(f.enrolledStudents) + countCell(f.submissions) + countCell(f.results)
            + countCell(f.adequate) + shareCell(f.adequacyRate(), true) + countCell(f.masked);
        for (const ProgrammeDimension &d : report.dimensions)
            h += shareCell(f.dimensions.value(d.key).attainment());
        h += QStringLiteral("</tr>\n");
    };
    for (const YearOutcome &year : report.years)
        yearRow(year.academicYear, year.cohortNames.join(QStringLiteral(", ")), year.figures, false);
    yearRow(tr("All years"), QString(), total, true);
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table id=\"cohort-dimensions\">\n<tr>").arg(esc(tr("Per cohort and dimension")));
    h += th(tr("Academic year")) + th(tr("Cohort")) + th(tr("Dimension")) + th(tr("Threshold")) + th(tr("Results"))
        + th(tr("At threshold")) + th(tr("Attainment")) + th(tr("Blocks")) + th(tr("Blocks alone"))
        + th(tr("Mean score")) + QStringLiteral("</tr>\n");
    for (const CohortOutcome &c : report.cohorts) {
        for (const ProgrammeDimension &d : report.dimensions) {
            if (!c.figures.dimensions.contains(d.key))
                continue;
            const DimensionAttainment a = c.figures.dimensions.value(d.key);
            h += QStringLiteral("<tr data-cohort=\"%1\" data-dimension=\"%2\">").arg(esc(c.cohort.name), esc(d.key));
            h += td(c.cohort.academicYear) + td(c.cohort.name) + td(d.name) + td(ReportFormat::thresholds(a.thresholds))
                + countCell(a.results) + countCell(a.atThreshold) + shareCell(a.attainment(), true)
                + countCell(a.blocking) + countCell(a.soleBlocker) + scoreCell(a.meanScore())
                + QStringLiteral("</tr>\n");
        }
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n<table id=\"outcomes\">\n<tr>").arg(esc(tr("Learning outcomes and dimensions")));
    h += th(tr("Outcome")) + th(tr("Description")) + th(tr("Dimensions"));
    for (const YearOutcome &year : report.years)
        h += th(year.academicYear);
    h += th(tr("All years")) + QStringLiteral("</tr>\n");
    for (const LearningOutcomeAttainment &o : report.outcomes) {
        QStringList names;
        for (const QString &key : o.outcome.dimensionKeys)
            names << report.dimensionName(key);
        h += QStringLiteral("<tr data-outcome=\"%1\">").arg(esc(o.outcome.code)) + td(o.outcome.code)
            + td(o.outcome.description) + td(names.join(QStringLiteral(", ")));
        for (const YearOutcome &year : report.years)
            h += shareCell(o.byYear.value(year.academicYear));
        h += shareCell(o.overall, true) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<p class=\"note\">%1</p>\n</body>\n</html>\n")
             .arg(esc(ProgrammeReportDocument::methodNote(report)));
    return h;
}

} // namespace prepmark
