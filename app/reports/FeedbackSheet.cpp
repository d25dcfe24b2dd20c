#include "FeedbackSheet.h"

#include "core/VerdictJson.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/RubricRepository.h"

namespace prepmark {

namespace {
// The sheet for one released result, its rubric loaded by key@version.
Result<FeedbackSheet> sheetFor(
    const QSqlDatabase &connection, const Actor &actor, const ReleasedResult &released, const QString &cohortName)
{
    const Result<UserRecord> student = UserRepository(connection, actor).find(released.studentId);
    if (!student)
        return student.error();
    RubricRepository rubrics(connection);
    const Result<qint64> rubricId = rubrics.idOf(released.rubricKey, released.rubricVersion);
    if (!rubricId)
        return rubricId.error();
    const Result<Rubric> rubric = rubrics.load(*rubricId);
    if (!rubric)
        return rubric.error();
    const Result<QVector<EvidenceRecord>> evidence
        = SubmissionRepository(connection, actor).evidence(released.attemptId);
    if (!evidence)
        return evidence.error();
    return FeedbackSheetBuilder::compose(released, *student, cohortName, *rubric, *evidence);
}

Result<QString> cohortNameOf(const QSqlDatabase &connection, const Actor &actor, qint64 assignmentId)
{
    const Result<AssignmentRecord> assignment = AssignmentRepository(connection, actor).find(assignmentId);
    if (!assignment)
        return assignment.error();
    const Result<CohortRecord> cohort = CohortRepository(connection, actor).find(assignment->cohortId);
    if (!cohort)
        return cohort.error();
    return cohort->name;
}
} // namespace

bool FeedbackSheet::hasEvidence() const
{
    return std::any_of(
        dimensions.begin(), dimensions.end(), [](const FeedbackSheetDimension &d) { return !d.criteria.isEmpty(); });
}

Result<FeedbackSheet> FeedbackSheetBuilder::compose(const ReleasedResult &released, const UserRecord &student,
    const QString &cohortName, const Rubric &rubric, const QVector<EvidenceRecord> &evidence)
{
    const Result<Verdict> verdict = verdictFromJson(released.verdict);
    if (!verdict)
        return makeError(QStringLiteral("released result %1 (submission %2): %3")
                             .arg(released.id)
                             .arg(released.submissionId)
                             .arg(verdict.errorMessage()));
    FeedbackSheet sheet;
    sheet.submissionId = released.submissionId;
    sheet.studentId = released.studentId;
    sheet.studentName = student.displayName;
    sheet.studentNumber = student.studentNumber;
    sheet.cohortName = cohortName;
    sheet.assignmentTitle = released.assignmentTitle;
    sheet.exerciseTitle = released.exerciseTitle;
    sheet.releasedAt = released.releasedAt;
    sheet.rubricTitle = rubric.title;
    sheet.rubricIdentity = rubric.identity();
    sheet.scale = rubric.scale;
    sheet.meanPassLine = rubric.meanPassLine;
    sheet.verdict = *verdict;
    // Exact scores from the snapshot's scores; below threshold exactly as released.
    for (DimensionOutcome &outcome : sheet.verdict.dimensions) {
        outcome.score = released.scores.value(outcome.key, outcome.score);
        outcome.margin = outcome.score - outcome.threshold;
        outcome.meetsThreshold = !sheet.verdict.blocking.contains(outcome.key);
    }
    sheet.feedback = released.feedback;
    for (const DimensionOutcome &outcome : sheet.verdict.dimensions) {
        FeedbackSheetDimension dimension;
        dimension.outcome = outcome;
        if (const Dimension *d = rubric.dimension(outcome.key)) {
            dimension.description = d->description;
            for (const Criterion &criterion : d->criteria) {
                for (const EvidenceRecord &item : evidence) {
                    if (item.criterionKey == criterion.key && (!item.lines.isEmpty() || item.provisionalLevel))
                        dimension.criteria.append({criterion.key, criterion.name, item.provisionalLevel, item.lines});
                }
            }
        }
        sheet.dimensions << dimension;
    }
    return sheet;
}

Result<FeedbackSheet> FeedbackSheetBuilder::forSubmission(
    const QSqlDatabase &connection, const Actor &actor, qint64 submissionId)
{
    const Result<ReleasedResult> released = ReleaseRepository(connection, actor).latestForSubmission(submissionId);
    if (!released)
        return released.error();
    const Result<QString> cohort = cohortNameOf(connection, actor, released->assignmentId);
    if (!cohort)
        return cohort.error();
    return sheetFor(connection, actor, *released, *cohort);
}

Result<QVector<FeedbackSheet>> FeedbackSheetBuilder::forAssignment(
    const QSqlDatabase &connection, const Actor &actor, qint64 assignmentId)
{
    const Result<QVector<ReleasedResult>> released = ReleaseRepository(connection, actor).forAssignment(assignmentId);
    if (!released)
        return released.error();
    const Result<QString> cohort = cohortNameOf(connection, actor, assignmentId);
    if (!cohort)
        return cohort.error();
    QVector<FeedbackSheet> sheets;
    for (const ReleasedResult &result : *released) {
        Result<FeedbackSheet> sheet = sheetFor(connection, actor, result, *cohort);
        if (!sheet)
            return sheet.error();
        sheets << std::move(sheet).value();
    }
    return sheets;
}

} // namespace prepmark
