#pragma once

#include "MarkingRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/WriteConflict.h"

#include "core/MarkSheet.h"

#include <QSqlDatabase>

namespace prepmark {

// What a refused marking write collided with, read from the rows as a WriteConflict: the
// values stored now beside the refused ones, who stored them and when (the rows' changed_by
// and time columns: on a server lecturers may not read the audit log), and the versions a
// deliberate overwrite names. The repositories call it inside the refused write's
// transaction, after their own access checks, so it checks none itself.
class MarkingConflicts
{
public:
    explicit MarkingConflicts(const QSqlDatabase &connection);

    // The marks of markerId for the criteria `keys`, against the levels and remarks refused.
    Result<WriteConflict> onMarks(qint64 attemptId, qint64 markerId, const Rubric &rubric, const QStringList &keys,
        const CriterionLevels &levels, const QHash<QString, QString> &remarks) const;
    // The attempt's agreed scores of the dimensions `keys`, against the scores refused.
    Result<WriteConflict> onAgreedScores(
        qint64 attemptId, const Rubric &rubric, const QStringList &keys, const DimensionScores &scores) const;
    // markerId's draft of the attempt (or its absence), against the sheet refused.
    Result<WriteConflict> onDraft(
        qint64 attemptId, qint64 markerId, const Rubric &rubric, const MarkSheet &sheet) const;
    // Someone else holds the role on the attempt.
    Result<WriteConflict> onClaim(qint64 attemptId, MarkerRole role) const;
    // markerId's marking of the attempt was completed.
    Result<WriteConflict> onCompletion(qint64 attemptId, qint64 markerId) const;
    // A workflow step on a submission whose marking state moved on since the page read it:
    // `attemptId` is the attempt the page showed, `scores` and `reason` what it would store.
    Result<WriteConflict> onSubmission(const SubmissionState &state, qint64 attemptId, const Rubric &rubric,
        const DimensionScores &scores, const QString &reason) const;

private:
    QString nameOf(qint64 userId) const;

    QSqlDatabase m_connection;
};

} // namespace prepmark
