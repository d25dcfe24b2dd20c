#pragma once

#include "FeedbackSheet.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace prepmark {

// A feedback sheet as a document (one or two A4 pages): who and what, the verdict in
// plain words with the blocking dimensions named, every dimension against its threshold
// (bars with the threshold marked; below threshold hatched and ▼), the lecturer's
// feedback, and the automatic evidence per criterion. Translated; numbers and dates in
// the current locale.
class FeedbackSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackSheetDocument)

public:
    static ReportDocument build(const FeedbackSheet &sheet);
    // The verdict in one or two sentences, as on the sheet.
    static QString verdictText(const FeedbackSheet &sheet);
};

} // namespace prepmark
