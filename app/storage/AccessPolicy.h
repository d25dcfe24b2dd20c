#pragma once

#include "Actor.h"

#include <QSqlDatabase>

namespace prepmark {

// The access rules of PrepMark, in one place, asked by every repository:
//   - admin, programme leader: read and manage everything;
//   - lecturer: read and mark the cohorts they are enrolled in as lecturer;
//   - student: read their own cohorts' assignments, their own submissions and their
//     own released results; write only their own submissions;
//   - blind double marking: a marker sees another marker's marks, scores and feedback
//     only once their own marking is complete, and a lecturer who is not yet a marker
//     of an attempt sees none until it has been second marked (they may yet become its
//     second marker). See mayReadMarksOf();
//   - practice attempts (any bundled exercise, outside assignments) are written only by
//     their student and read by them and by the staff who teach them.
class AccessPolicy
{
public:
    AccessPolicy(QSqlDatabase connection, Actor actor);

    const Actor &actor() const { return m_actor; }

    Status mayManageProgrammes() const; // create programmes, modules, cohorts (leaders, admins)
    Status mayManageAccounts() const; // create, disable accounts, set others' passwords, enrol (admins)
    Status mayReportOnProgramme() const; // programme-wide outcome reports
    Status mayReadCohort(qint64 cohortId) const; // its assignments and students list (staff)
    Status mayTeachCohort(qint64 cohortId) const; // mark, release, see all its submissions
    // The assignment's cohort, as mayReadCohort() (students enrolled in it too); "assignment N
    // does not exist" for a missing one.
    Status mayReadAssignment(qint64 assignmentId) const;
    // The assignment's cohort, as mayTeachCohort(): its submissions, results and double marking.
    Status mayTeachAssignment(qint64 assignmentId) const;
    // Open studentId's submission to the assignment: the student themselves in its cohort, or
    // who teaches that cohort.
    Status mayOpenSubmission(qint64 assignmentId, qint64 studentId) const;
    Status mayReadSubmission(qint64 submissionId) const;
    Status mayWriteSubmission(qint64 submissionId) const; // add attempts
    // An attempt's evidence, as mayReadSubmission() / mayWriteSubmission() of its submission.
    Status mayReadAttempt(qint64 attemptId) const;
    Status mayWriteAttempt(qint64 attemptId) const;
    Status mayMarkAttempt(qint64 attemptId) const;
    // Practice attempts outside assignments: the student themselves, a lecturer who
    // teaches one of the student's cohorts, programme leaders and admins.
    Status mayReadPracticeOf(qint64 studentId) const;
    // Marks, dimension scores and feedback given by markerId to the attempt.
    Status mayReadMarksOf(qint64 attemptId, qint64 markerId) const;

    qint64 cohortOfSubmission(qint64 submissionId) const; // 0 when there is none
    qint64 cohortOfAttempt(qint64 attemptId) const;
    qint64 studentOfSubmission(qint64 submissionId) const;

private:
    bool enrolledAs(qint64 cohortId, const QString &role) const;
    Result<qint64> cohortOfAssignment(qint64 assignmentId) const; // Error when there is none
    Result<qint64> submissionOfAttempt(qint64 attemptId) const; // Error when there is none

    QSqlDatabase m_connection;
    Actor m_actor;
};

} // namespace prepmark
