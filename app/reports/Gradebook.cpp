#include "Gradebook.h"

#include "core/VerdictJson.h"

#include "storage/CohortRepository.h"
#include "storage/RubricRepository.h"

#include <algorithm>

namespace prepmark {

QString gradeNumber(double value)
{
    return QString::number(round2(value), 'f', 2);
}

QString Gradebook::itemName(const Dimension &dimension) const
{
    return assignment.title + QStringLiteral(" – ") + dimension.name;
}

QString Gradebook::adequacyItemName() const
{
    return assignment.title + QStringLiteral(" – Adequate");
}

QString Gradebook::blockingNames(const GradebookRow &row)
{
    QStringList names;
    for (const DimensionOutcome &d : row.verdict.dimensions) {
        if (row.verdict.blocking.contains(d.key))
            names << d.name;
    }
    return names.join(QStringLiteral("; "));
}

QString Gradebook::feedbackText(const GradebookRow &row)
{
    QString text;
    if (row.verdict.adequate) {
        text = QStringLiteral("Adequate: every dimension meets its threshold.");
    } else {
        QStringList below;
        for (const DimensionOutcome &d : row.verdict.dimensions) {
            if (row.verdict.blocking.contains(d.key))
                below << QStringLiteral("%1 %2 < %3")
                             .arg(d.name, gradeNumber(row.result.scores.value(d.key, d.score)),
                                 gradeNumber(d.threshold));
        }
        text = QStringLiteral("Not yet adequate. Below threshold: %1.").arg(below.join(QStringLiteral("; ")));
    }
    text += QStringLiteral(" Mean %1 (for comparison only; it does not decide the verdict).")
                .arg(gradeNumber(row.verdict.mean));
    if (!row.result.feedback.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + row.result.feedback.trimmed();
    return text;
}

Result<Gradebook> GradebookBuilder::build(const QSqlDatabase &connection, const Actor &actor, qint64 assignmentId)
{
    Gradebook book;
    const Result<AssignmentRecord> assignment = AssignmentRepository(connection, actor).find(assignmentId);
    if (!assignment)
        return assignment.error();
    book.assignment = *assignment;
    const Result<CohortRecord> cohort = CohortRepository(connection, actor).find(assignment->cohortId);
    if (!cohort)
        return cohort.error();
    book.cohortName = cohort->name;
    const Result<QVector<UserRecord>> students = CohortRepository(connection, actor).students(assignment->cohortId);
    if (!students)
        return students.error();
    const Result<QVector<ReleasedResult>> released = ReleaseRepository(connection, actor).forAssignment(assignmentId);
    if (!released)
        return released.error();
    RubricRepository rubrics(connection);
    QString identity;
    for (const ReleasedResult &result : *released) {
        const QString mine = result.rubricKey + QLatin1Char('@') + QString::number(result.rubricVersion);
        if (identity.isEmpty()) {
            identity = mine;
            const Result<qint64> id = rubrics.idOf(result.rubricKey, result.rubricVersion);
            if (!id)
                return id.error();
            const Result<Rubric> rubric = rubrics.load(*id);
            if (!rubric)
                return rubric.error();
            book.rubric = *rubric;
        } else if (mine != identity) {
            return makeError(QStringLiteral("assignment %1: results were released against %2 and %3; export them "
                                            "separately")
                                 .arg(assignmentId)
                                 .arg(identity, mine));
        }
        GradebookRow row;
        row.result = result;
        const Result<Verdict> verdict = verdictFromJson(result.verdict);
        if (!verdict)
            return makeError(QStringLiteral("released result of submission %1: %2")
                                 .arg(result.submissionId)
                                 .arg(verdict.errorMessage()));
        row.verdict = *verdict;
        const auto student = std::find_if(
            students->begin(), students->end(), [&](const UserRecord &u) { return u.id == result.studentId; });
        if (student == students->end())
            continue; // no longer enrolled in the cohort
        row.student = *student;
        book.rows << row;
    }
    if (identity.isEmpty()) {
        const Result<Rubric> rubric = rubrics.load(assignment->rubricId);
        if (!rubric)
            return rubric.error();
        book.rubric = *rubric;
    }
    return book;
}

} // namespace prepmark
