#include "WorkbenchDraftRepository.h"

#include "SqlQuery.h"
#include "Transaction.h"

namespace prepmark {

namespace {
const QString kTaskCondition
    = QStringLiteral("user_id = :user AND exercise_key = :exercise AND coalesce(assignment_id, 0) = :assignment");
} // namespace

WorkbenchDraftRepository::WorkbenchDraftRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Status WorkbenchDraftRepository::mayUse(qint64 assignmentId) const
{
    if (m_access.actor().userId <= 0)
        return makeError(
            QStringLiteral("workbench drafts belong to a signed-in user, not to %1").arg(m_access.actor().username));
    if (assignmentId == 0)
        return {};
    return m_access.mayReadAssignment(assignmentId);
}

Status WorkbenchDraftRepository::save(
    const QString &exerciseKey, qint64 assignmentId, const QString &sessionJson, const QDateTime &at)
{
    if (const Status allowed = mayUse(assignmentId); !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM workbench_drafts WHERE ") + kTaskCondition);
    remove.bind(QStringLiteral(":user"), m_access.actor().userId)
        .bind(QStringLiteral(":exercise"), exerciseKey)
        .bind(QStringLiteral(":assignment"), assignmentId);
    if (const Status done = remove.exec(); !done)
        return done;
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO workbench_drafts (user_id, exercise_key, assignment_id, session_json, saved_at) "
                       "VALUES (:user, :exercise, :assignment, :session, :at)"));
    insert.bind(QStringLiteral(":user"), m_access.actor().userId)
        .bind(QStringLiteral(":exercise"), exerciseKey)
        .bind(QStringLiteral(":assignment"), assignmentId > 0 ? QVariant(assignmentId) : QVariant())
        .bind(QStringLiteral(":session"), sessionJson)
        .bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (const Status done = insert.exec(); !done)
        return done;
    return transaction.commit();
}

Result<std::optional<WorkbenchDraft>> WorkbenchDraftRepository::load(
    const QString &exerciseKey, qint64 assignmentId) const
{
    if (const Status allowed = mayUse(assignmentId); !allowed)
        return allowed.error();
    SqlQuery query(
        m_connection, QStringLiteral("SELECT session_json, saved_at FROM workbench_drafts WHERE ") + kTaskCondition);
    query.bind(QStringLiteral(":user"), m_access.actor().userId)
        .bind(QStringLiteral(":exercise"), exerciseKey)
        .bind(QStringLiteral(":assignment"), assignmentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<WorkbenchDraft>();
    return std::optional<WorkbenchDraft>(WorkbenchDraft {
        query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)});
}

Status WorkbenchDraftRepository::discard(const QString &exerciseKey, qint64 assignmentId)
{
    if (const Status allowed = mayUse(assignmentId); !allowed)
        return allowed;
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM workbench_drafts WHERE ") + kTaskCondition);
    remove.bind(QStringLiteral(":user"), m_access.actor().userId)
        .bind(QStringLiteral(":exercise"), exerciseKey)
        .bind(QStringLiteral(":assignment"), assignmentId);
    return remove.exec();
}

} // namespace prepmark
