#pragma once

#include "storage/SubmissionRepository.h"

#include <QCoreApplication>
#include <QString>

namespace prepmark {

// The words for a submission's status (submissions.status in db/001_initial.sql), translated
// once for every page that shows one: the marking queue and pages, cohort results, and a
// student's assignments and submission history.
class SubmissionStatusText
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStatusText)

public:
    // The status as staff see it: "not marked", "needs moderation", "released", ...
    static QString text(SubmissionStatus status);

    // The status as a student sees their own submission, without the steps of double
    // marking and moderation: "Not submitted" for an empty name (no submission),
    // "Submitted, waiting for marking", "Submitted, being marked" or "Result released".
    // statusName is submissions.status as stored ("not_marked", ...).
    static QString forStudent(const QString &statusName);
};

} // namespace prepmark
