#pragma once

#include "storage/AccessPolicy.h"

#include "core/MarkSheet.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace prepmark {

// A marker's saved, unfinished mark sheet for an attempt.
struct MarkingDraft
{
    MarkSheet sheet;
    QDateTime savedAt;
};

// Drafts of mark sheets, saved while a marker works so a crash loses at most a few
// seconds (the marking page autosaves). A draft belongs to one marker: nobody else
// reads it, and it is deleted when that marker completes the marking.
class MarkingDraftRepository
{
public:
    MarkingDraftRepository(const QSqlDatabase &connection, Actor actor);

    // The actor's draft for the attempt (replacing any earlier one).
    Status save(qint64 attemptId, const MarkSheet &sheet, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The actor's draft, read against the attempt's rubric; nullopt when there is none.
    // A draft that no longer fits the rubric is an Error naming the attempt; it is kept.
    Result<std::optional<MarkingDraft>> load(qint64 attemptId) const;
    Status discard(qint64 attemptId);
    // Attempts the actor has a draft for.
    Result<QVector<qint64>> attemptsWithDrafts() const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
