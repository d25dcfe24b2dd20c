#pragma once

#include "ui/workbench/WorkbenchTask.h"

#include "core/Result.h"
#include "core/Rubric.h"
#include "grading/facts/GradingReport.h"
#include "session/Session.h"
#include "storage/Actor.h"

#include <QSqlDatabase>

namespace prepmark {

// An attempt as stored by submitting from the workbench.
struct SubmittedAttempt
{
    qint64 attemptId = 0; // attempts.id, or practice_attempts.id for practice
    qint64 submissionId = 0; // 0 for practice
    int number = 0;
    bool practice = false;
    Session prepared; // as stored: state "prepared"
};

// Stores a preparation from the workbench as an attempt: the prepared session.json and
// the notes as text, in the assignment's submission (SubmissionRepository) or as a
// practice attempt (PracticeRepository), then discards the workbench draft. The
// repositories decide whether the actor may submit.
class AttemptSubmitter
{
public:
    AttemptSubmitter(const QSqlDatabase &connection, Actor actor);

    Result<SubmittedAttempt> store(const WorkbenchTask &task, const Session &session) const;

    // The rubric a task is graded against: its assignment's, or the bundled default
    // rubric for practice.
    Result<Rubric> rubricFor(const WorkbenchTask &task) const;

    // Stores the automatic grading of a stored attempt: a practice attempt keeps the
    // whole report (the JSON of `prepmark-cli grade --json`), an assignment's attempt
    // the evidence and provisional level of every criterion, which the lecturer's
    // marking page shows beside the rubric.
    Status storeGrading(const SubmittedAttempt &attempt, const GradingReport &report) const;

private:
    QSqlDatabase m_connection;
    Actor m_actor;
};

} // namespace prepmark
