#include "CommentBankRepository.h"

#include "storage/SqlQuery.h"

namespace prepmark {

CommentBankRepository::CommentBankRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> CommentBankRepository::add(const QString &text, const QString &dimensionKey, bool shared)
{
    const Actor &actor = m_access.actor();
    if (!actor.isStaff())
        return accessDenied(actor, QStringLiteral("add to the comment bank"));
    if (shared && !actor.seesAllCohorts())
        return accessDenied(actor, QStringLiteral("add a comment shared with every marker"));
    if (!shared && actor.userId <= 0)
        return makeError(QStringLiteral("comment bank: a comment of %1 must be shared").arg(actor.username));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("comment bank: the comment is empty"));
    SqlQuery existing(m_connection,
        QStringLiteral("SELECT id FROM comment_bank WHERE owner_id IS NOT DISTINCT FROM :owner AND dimension_key IS "
                       "NOT DISTINCT FROM :dimension AND text = :text"));
    existing.bind(QStringLiteral(":owner"), shared ? QVariant() : QVariant(actor.userId))
        .bind(QStringLiteral(":dimension"), dimensionKey.isEmpty() ? QVariant() : dimensionKey)
        .bind(QStringLiteral(":text"), trimmed);
    if (const Status done = existing.exec(); !done)
        return done.error();
    if (existing.next())
        return existing.value(0).toLongLong();
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO comment_bank (owner_id, dimension_key, text) VALUES (:owner, :dimension, :text) "
                       "RETURNING id"));
    insert.bind(QStringLiteral(":owner"), shared ? QVariant() : QVariant(actor.userId))
        .bind(QStringLiteral(":dimension"), dimensionKey.isEmpty() ? QVariant() : dimensionKey)
        .bind(QStringLiteral(":text"), trimmed);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Status CommentBankRepository::remove(qint64 commentId)
{
    const Actor &actor = m_access.actor();
    SqlQuery owner(m_connection, QStringLiteral("SELECT owner_id FROM comment_bank WHERE id = :id"));
    owner.bind(QStringLiteral(":id"), commentId);
    const Result<QVariant> found = owner.scalar();
    if (!found)
        return makeError(QStringLiteral("comment bank: no comment %1").arg(commentId));
    const bool mine = !found->isNull() && found->toLongLong() == actor.userId;
    if (!mine && !(found->isNull() && actor.seesAllCohorts()))
        return accessDenied(actor, QStringLiteral("remove comment %1 of the comment bank").arg(commentId));
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM comment_bank WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), commentId);
    return remove.exec();
}

Result<QVector<BankedComment>> CommentBankRepository::comments(const QString &dimensionKey) const
{
    const Actor &actor = m_access.actor();
    if (!actor.isStaff())
        return accessDenied(actor, QStringLiteral("read the comment bank"));
    SqlQuery query(m_connection,
        QStringLiteral("SELECT id, owner_id, dimension_key, text FROM comment_bank "
                       "WHERE (owner_id IS NULL OR owner_id = :me) "
                       "AND (:all = 1 OR dimension_key IS NULL OR dimension_key = :dimension) "
                       "ORDER BY owner_id IS NULL, dimension_key IS NULL, id"));
    query.bind(QStringLiteral(":me"), actor.userId)
        .bind(QStringLiteral(":all"), dimensionKey.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":dimension"), dimensionKey.isEmpty() ? QStringLiteral("") : dimensionKey);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<BankedComment> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString()});
    return result;
}

} // namespace prepmark
