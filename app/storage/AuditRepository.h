#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: the system
    QString entity; // "mark", "dimension_result", "release"
    qint64 entityId = 0;
    QString action; // "insert", "update", "delete", "imported"
    QString detail;
    QString oldValue;
    QString newValue;
};

// Reads the append-only audit log (the database refuses UPDATE and DELETE on it, and
// its own triggers write every mark change). Staff only.
class AuditRepository
{
public:
    AuditRepository(QSqlDatabase connection, Actor actor);

    Result<QVector<AuditEntry>> forEntity(const QString &entity, qint64 entityId) const;
    Result<QVector<AuditEntry>> recent(int limit) const;

private:
    Result<QVector<AuditEntry>> read(const QString &where, const QVariantMap &values) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
