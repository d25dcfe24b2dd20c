#include "AuditRepository.h"

#include "SqlQuery.h"

namespace prepmark {

AuditRepository::AuditRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<QVector<AuditEntry>> AuditRepository::read(const QString &tail, const QVariantMap &values) const
{
    if (!m_access.actor().isStaff())
        return accessDenied(m_access.actor(), QStringLiteral("read the audit log"));
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT id, at, actor_id, entity, entity_id, action, detail, old_value, new_value FROM audit_log ")
            + tail);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        query.bind(it.key(), *it);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actorId = query.value(2).toLongLong();
        e.entity = query.value(3).toString();
        e.entityId = query.value(4).toLongLong();
        e.action = query.value(5).toString();
        e.detail = query.value(6).toString();
        e.oldValue = query.value(7).toString();
        e.newValue = query.value(8).toString();
        entries << e;
    }
    return entries;
}

Result<QVector<AuditEntry>> AuditRepository::forEntity(const QString &entity, qint64 entityId) const
{
    return read(QStringLiteral("WHERE entity = :entity AND entity_id = :id ORDER BY id"),
        {{QStringLiteral(":entity"), entity}, {QStringLiteral(":id"), entityId}});
}

Result<QVector<AuditEntry>> AuditRepository::recent(int limit) const
{
    return read(QStringLiteral("ORDER BY id DESC LIMIT :limit"), {{QStringLiteral(":limit"), limit}});
}

} // namespace prepmark
