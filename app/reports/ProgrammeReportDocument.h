#pragma once

#include "ProgrammeReport.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace prepmark {

// The programme report as a paginated document for the PDF and the preview: a title
// page naming the programme, its cohorts, the rubric versions and the date; the
// summary with the trend across academic years; attainment per dimension; what blocks
// adequacy and what averaging would have hidden; learning outcomes × dimensions; the
// per-cohort table; how the figures are computed. Text is translated (tr()), numbers
// and dates follow the current locale.
class ProgrammeReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReportDocument)

public:
    static ReportDocument build(const ProgrammeReport &report);

    // Shared with the HTML writer and the preview.
    static QString title();
    static QString methodNote(const ProgrammeReport &report);
    static QString rubricLine(const ProgrammeReport &report);
    static QColor yearColour(int index, int count);
    static QColor dimensionColour(int index);
    static Qt::BrushStyle yearPattern(int index, int count);

private:
    static void addSummary(ReportDocument &document, const ProgrammeReport &report);
    static void addAttainment(ReportDocument &document, const ProgrammeReport &report);
    static void addBlocking(ReportDocument &document, const ProgrammeReport &report);
    static void addOutcomes(ReportDocument &document, const ProgrammeReport &report);
    static void addCohortTable(ReportDocument &document, const ProgrammeReport &report);
};

} // namespace prepmark
