#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace prepmark {

struct WorkbenchDraft
{
    QString sessionJson; // the session.json being prepared
    QDateTime savedAt; // UTC
};

// The workbench's autosaved, unsubmitted preparation of an exercise: one draft per user,
// exercise and task (an assignment, or practice when assignmentId is 0). Drafts are
// private to the signed-in user who writes them; an assignment's draft needs a user who
// may read the assignment's cohort.
class WorkbenchDraftRepository
{
public:
    WorkbenchDraftRepository(const QSqlDatabase &connection, Actor actor);

    // Replaces the draft for the task, if there is one.
    Status save(const QString &exerciseKey, qint64 assignmentId, const QString &sessionJson,
        const QDateTime &at = QDateTime::currentDateTimeUtc());
    Result<std::optional<WorkbenchDraft>> load(const QString &exerciseKey, qint64 assignmentId) const;
    Status discard(const QString &exerciseKey, qint64 assignmentId);

private:
    Status mayUse(qint64 assignmentId) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
