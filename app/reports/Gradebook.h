#pragma once

#include "core/Result.h"
#include "core/Rubric.h"
#include "core/Verdict.h"

#include "storage/Actor.h"
#include "storage/AssignmentRepository.h"
#include "storage/UserRepository.h"
#include "storage/marking/ReleaseRepository.h"

#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

// A student's released result for a learning platform's gradebook.
struct GradebookRow
{
    UserRecord student;
    ReleasedResult result;
    Verdict verdict; // as released
};

// The released results of one assignment, ready to be written for Moodle or Canvas.
// Only students with a released result are in it: an imported grade file never clears
// a grade the platform already holds for a student PrepMark has not released yet.
struct Gradebook
{
    AssignmentRecord assignment;
    QString cohortName;
    Rubric rubric; // the rubric version of the results
    QVector<GradebookRow> rows; // by student name

    // "<assignment title> – <dimension name>", the grade item of a dimension.
    QString itemName(const Dimension &dimension) const;
    // "<assignment title> – Adequate": 1 adequate, 0 not (conjunctive verdict).
    QString adequacyItemName() const;
    // The verdict in words, with the blocking dimensions, the mean (for comparison)
    // and the lecturer's released feedback: the text a student sees in the platform.
    static QString feedbackText(const GradebookRow &row);
    static QString blockingNames(const GradebookRow &row);
};

class GradebookBuilder
{
public:
    // Staff of the assignment's cohort. Fails when the released results of the
    // assignment were judged against more than one rubric version (one file, one set
    // of columns).
    static Result<Gradebook> build(const QSqlDatabase &connection, const Actor &actor, qint64 assignmentId);
};

// "2.75": scores for a grade file, with a point whatever the locale.
QString gradeNumber(double value);

} // namespace prepmark
