#include "MarkingDraftRepository.h"

#include "MarkingRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace prepmark {

MarkingDraftRepository::MarkingDraftRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Status MarkingDraftRepository::save(qint64 attemptId, const MarkSheet &sheet, const QDateTime &at)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    if (m_access.actor().userId <= 0)
        return makeError(
            QStringLiteral("drafts belong to a signed-in marker, not to %1").arg(m_access.actor().username));
    SqlQuery upsert(m_connection,
        QStringLiteral("INSERT INTO marking_drafts (attempt_id, marker_id, content, saved_at) VALUES (:attempt, "
                       ":marker, :content, :at) "
                       "ON CONFLICT (attempt_id, marker_id) DO UPDATE SET content = excluded.content, saved_at = "
                       "excluded.saved_at"));
    upsert.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), m_access.actor().userId)
        .bind(
            QStringLiteral(":content"), QString::fromUtf8(QJsonDocument(sheet.toJson()).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    return upsert.exec();
}

Result<std::optional<MarkingDraft>> MarkingDraftRepository::load(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT content, saved_at FROM marking_drafts WHERE attempt_id = :attempt AND marker_id = :marker"));
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
    return std::optional<MarkingDraft>(
        MarkingDraft {std::move(sheet).value(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)});
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
