#pragma once

#include "storage/AccessPolicy.h"
#include "storage/WriteResult.h"

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
    qint64 version = 0; // the row version the next save names
};

// Drafts of mark sheets, saved while a marker works so a crash loses at most a few
// seconds (the marking page autosaves). A draft belongs to one marker: nobody else
// reads it, and it is deleted when that marker completes the marking. The same marker
// may have the sheet open twice (two windows, two computers): a save names the version
// it read, so the older window never silently overwrites the newer draft.
class MarkingDraftRepository
{
public:
    MarkingDraftRepository(const QSqlDatabase &connection, Actor actor);

    // The actor's draft for the attempt, over the version read (0: none; nullopt: whatever
    // is stored, for callers that read nothing, as the demo builder). Returns the new
    // version; a WriteConflict when the stored draft moved on (or was removed) since.
    WriteResult<qint64> save(qint64 attemptId, const MarkSheet &sheet, std::optional<qint64> readVersion,
        WriteIntent intent = WriteIntent::Edit, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The actor's draft, read against the attempt's rubric; nullopt when there is none.
    // A draft that no longer fits the rubric is an Error naming the attempt; it is kept.
    Result<std::optional<MarkingDraft>> load(qint64 attemptId) const;
    // The version of the actor's draft; 0 when there is none.
    Result<qint64> version(qint64 attemptId) const;
    Status discard(qint64 attemptId);
    // Attempts the actor has a draft for.
    Result<QVector<qint64>> attemptsWithDrafts() const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
