#pragma once

#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include <QCoreApplication>
#include <QString>

namespace prepmark {

// The words the marking pages use for tasks, students and marker roles, translated once
// (a submission's status: ui/common/SubmissionStatusText).
class MarkingTexts
{
    Q_DECLARE_TR_FUNCTIONS(MarkingTexts)

public:
    static QString task(MarkingTask task, bool hasDraft = false);
    // The student's name and number, or "Anonymous submission N" for blind marking.
    static QString student(const MarkingQueueRow &row);
    static QString role(MarkerRole role);
};

} // namespace prepmark
