#pragma once

#include "UserContext.h"

#include <QCoreApplication>

class QWidget;

namespace prepmark {

// The GUI's feedback-sheet exports: ask where, write with a cancellable progress
// dialog, say what was written (or why not).
class FeedbackSheetExportAction
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackSheetExportAction)

public:
    // Every released submission of the assignment, into a folder the user picks.
    static void exportAssignment(QWidget *parent, const UserContext &context, qint64 assignmentId);
    // One submission's sheet (a student's own, or staff for a student they teach).
    static void exportSubmission(QWidget *parent, const UserContext &context, qint64 submissionId);
};

} // namespace prepmark
