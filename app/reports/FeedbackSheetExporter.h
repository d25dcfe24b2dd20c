#pragma once

#include "FeedbackSheet.h"

#include "core/ProgressReporter.h"

#include <QStringList>

namespace prepmark {

// What a batch export wrote.
struct FeedbackSheetBatch
{
    QStringList files; // in the order written
    int released = 0; // released submissions of the assignment
    bool cancelled = false;
};

// Writes feedback sheets as PDF files (ReportPdfWriter: each file complete or absent).
// Needs a QGuiApplication.
class FeedbackSheetExporter
{
public:
    // One sheet to one file.
    static Status write(
        const FeedbackSheet &sheet, const QString &path, ProgressReporter &progress = ProgressReporter::none());

    // Every released submission of the assignment into folder (created if missing), one
    // file each, named "<assignment id>-<student number or user id>-<name>.pdf". Progress
    // per sheet; on cancel it stops between sheets and says how many it wrote.
    static Result<FeedbackSheetBatch> exportAssignment(const QSqlDatabase &connection, const Actor &actor,
        qint64 assignmentId, const QString &folder, ProgressReporter &progress = ProgressReporter::none());

    static QString fileName(qint64 assignmentId, const FeedbackSheet &sheet);
};

} // namespace prepmark
