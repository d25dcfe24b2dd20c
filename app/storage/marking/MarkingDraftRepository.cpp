#include "MarkingDraftRepository.h"

#include "MarkingConflicts.h"
#include "MarkingRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace prepmark {

MarkingDraftRepository::MarkingDraftRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

WriteResult<qint64> MarkingDraftRepository::save(qint64 attemptId, const MarkSheet &sheet,
    std::optional<qint64> readVersion, WriteIntent intent, const QDateTime &at)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    const qint64 markerId = m_access.actor().userId;
    if (markerId <= 0)
        return makeError(
            QStringLiteral("drafts belong to a signed-in marker, not to %1").arg(m_access.actor().username));
    const QString content = QString::fromUtf8(QJsonDocument(sheet.toJson()).toJson(QJsonDocument::Compact));
    QString sql;
    if (!readVersion)
        sql = QStringLiteral("INSERT INTO marking_drafts (attempt_id, marker_id, content, saved_at) "
                             "VALUES (:attempt, :marker, :content, :at) ON CONFLICT (attempt_id, marker_id) DO UPDATE "
                             "SET content = excluded.content, saved_at = excluded.saved_at, overwrite = 0, "
                             "row_version = marking_drafts.row_version + 1 RETURNING row_version");
    else if (*readVersion == 0)
        sql = QStringLiteral("INSERT INTO marking_drafts (attempt_id, marker_id, content, saved_at) "
                             "VALUES (:attempt, :marker, :content, :at) ON CONFLICT DO NOTHING RETURNING row_version");
    else
        sql = QStringLiteral("UPDATE marking_drafts SET content = :content, saved_at = :at, overwrite = :overwrite, "
                             "row_version = row_version + 1 WHERE attempt_id = :attempt AND marker_id = :marker "
                             "AND row_version = :read RETURNING row_version");
    SqlQuery write(m_connection, sql);
    write.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), markerId)
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (readVersion && *readVersion != 0)
        write.bind(QStringLiteral(":overwrite"), intent == WriteIntent::Overwrite ? 1 : 0)
            .bind(QStringLiteral(":read"), *readVersion);
    if (const Status done = write.exec(); !done)
        return done.error();
    if (write.next())
        return write.value(0).toLongLong();
    const Result<Rubric> rubric = MarkingRepository(m_connection, m_access.actor()).rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    const Result<WriteConflict> conflict = MarkingConflicts(m_connection).onDraft(attemptId, markerId, *rubric, sheet);
    if (!conflict)
        return conflict.error();
    return *conflict;
}

Result<std::optional<MarkingDraft>> MarkingDraftRepository::load(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT content, saved_at, row_version FROM marking_drafts WHERE attempt_id = :attempt AND "
                       "marker_id = :marker"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), m_access.actor().userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<MarkingDraft>();
    const QString source = QStringLiteral("draft of attempt %1 by %2").arg(attemptId).arg(m_access.actor().username);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(QStringLiteral("%1: not a JSON object (%2)").arg(source, parseError.errorString()));
    const Result<Rubric> rubric = MarkingRepository(m_connection, m_access.actor()).rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    Result<MarkSheet> sheet = MarkSheet::fromJson(document.object(), *rubric, source);
    if (!sheet)
        return sheet.error();
    return std::optional<MarkingDraft>(MarkingDraft {std::move(sheet).value(),
        QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs), query.value(2).toLongLong()});
}

Result<qint64> MarkingDraftRepository::version(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT row_version FROM marking_drafts WHERE attempt_id = :attempt AND marker_id = :marker"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), m_access.actor().userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Status MarkingDraftRepository::discard(qint64 attemptId)
{
    SqlQuery remove(
        m_connection, QStringLiteral("DELETE FROM marking_drafts WHERE attempt_id = :attempt AND marker_id = :marker"));
    remove.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), m_access.actor().userId);
    return remove.exec();
}

Result<QVector<qint64>> MarkingDraftRepository::attemptsWithDrafts() const
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT attempt_id FROM marking_drafts WHERE marker_id = :marker ORDER BY saved_at DESC"));
    query.bind(QStringLiteral(":marker"), m_access.actor().userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace prepmark
