#pragma once

#include "ReportDocument.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"

namespace prepmark {

// Writes a ReportDocument as an A4 PDF (vector text and charts). Needs a
// QGuiApplication (fonts); charts need the ChartPainter.
//
// The file is written beside the target and renamed into place when complete, so a
// failed or cancelled export never leaves a half-written or damaged file, and an
// existing file is only replaced by a complete one. Progress goes per page; the work
// stops between pages when the reporter says it was cancelled (an Error "cancelled").
class ReportPdfWriter
{
public:
    static Status write(const ReportDocument &document, const ChartPainter *charts, const QString &path,
        const QString &title, ProgressReporter &progress = ProgressReporter::none());
};

} // namespace prepmark
