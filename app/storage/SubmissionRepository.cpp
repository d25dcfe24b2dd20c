#include "SubmissionRepository.h"

#include "SqlDialect.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepmark {

namespace {
const char *const kStatusNames[]
    = {"not_marked", "in_marking", "first_marked", "second_marked", "needs_moderation", "agreed", "released"};

const QString kSubmissionSelect
    = QStringLiteral("SELECT s.id, s.assignment_id, ss.student_id, s.status, "
                     "(SELECT count(*) FROM attempts t WHERE t.submission_id = s.id), "
                     "(SELECT t.id FROM attempts t WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1), "
                     "s.row_version FROM submissions s "
                     "LEFT JOIN submission_students ss ON ss.submission_id = s.id ");

SubmissionRecord readSubmission(const SqlQuery &query)
{
    SubmissionRecord s;
    s.id = query.value(0).toLongLong();
    s.assignmentId = query.value(1).toLongLong();
    s.studentId = query.value(2).toLongLong();
    s.status = submissionStatusFromName(query.value(3).toString()).value();
    s.attemptCount = query.value(4).toInt();
    s.latestAttemptId = query.value(5).toLongLong();
    s.version = query.value(6).toLongLong();
    return s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

QString submissionStatusName(SubmissionStatus status)
{
    return QString::fromLatin1(kStatusNames[int(status)]);
}

Result<SubmissionStatus> submissionStatusFromName(const QString &name)
{
    for (int i = 0; i <= int(SubmissionStatus::Released); ++i) {
        if (name == QLatin1String(kStatusNames[i]))
            return SubmissionStatus(i);
    }
    return makeError(QStringLiteral("unknown submission status \"%1\"").arg(name));
}

SubmissionRepository::SubmissionRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> SubmissionRepository::open(qint64 assignmentId, qint64 studentId)
{
    if (const Status allowed = m_access.mayOpenSubmission(assignmentId, studentId); !allowed)
        return allowed.error();
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO submissions (assignment_id, student_id) VALUES (:assignment, :student) "
                       "ON CONFLICT (assignment_id, student_id) DO NOTHING"));
    insert.bind(QStringLiteral(":assignment"), assignmentId).bind(QStringLiteral(":student"), studentId);
    if (const Status done = insert.exec(); !done)
        return done.error();
    SqlQuery id(m_connection,
        QStringLiteral("SELECT s.id FROM submissions s JOIN submission_students ss ON ss.submission_id = s.id "
                       "WHERE s.assignment_id = :assignment AND ss.student_id = :student"));
    id.bind(QStringLiteral(":assignment"), assignmentId).bind(QStringLiteral(":student"), studentId);
    const Result<QVariant> value = id.scalar();
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<AttemptRecord> SubmissionRepository::addAttempt(
    qint64 submissionId, const QString &sessionJson, const QString &notes, const QDateTime &submittedAt)
{
    if (const Status allowed = m_access.mayWriteSubmission(submissionId); !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery next(m_connection,
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM attempts WHERE submission_id = :submission"));
    next.bind(QStringLiteral(":submission"), submissionId);
    const Result<QVariant> number = next.scalar();
    if (!number)
        return number.error();
    AttemptRecord attempt {0, submissionId, number->toInt(), submittedAt.toUTC(), sessionJson, notes};
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO attempts (submission_id, number, submitted_at, session_json, notes) "
                       "VALUES (:submission, :number, :at, :session, :notes) RETURNING id"));
    insert.bind(QStringLiteral(":submission"), submissionId)
        .bind(QStringLiteral(":number"), attempt.number)
        .bind(QStringLiteral(":at"), attempt.submittedAt.toString(Qt::ISODate))
        .bind(QStringLiteral(":session"), sessionJson.isNull() ? QVariant() : sessionJson)
        .bind(QStringLiteral(":notes"), notes.isNull() ? QVariant() : notes);
    if (const Status done = insert.exec(); !done)
        return done.error();
    attempt.id = insert.insertedId();
    SqlQuery status(m_connection,
        QStringLiteral(
            "UPDATE submissions SET status = 'not_marked', status_changed_by = :by, status_changed_at = :at, "
            "row_version = row_version + 1 WHERE id = :id"));
    status.bind(QStringLiteral(":id"), submissionId)
        .bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":by"), m_access.actor().userId > 0 ? QVariant(m_access.actor().userId) : QVariant());
    if (const Status done = status.exec(); !done)
        return done.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return attempt;
}

Status SubmissionRepository::setEvidence(qint64 attemptId, const QVector<EvidenceRecord> &evidence)
{
    if (const Status allowed = m_access.mayWriteAttempt(attemptId); !allowed)
        return allowed;
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery clear(m_connection, QStringLiteral("DELETE FROM evidence WHERE attempt_id = :attempt"));
    clear.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = clear.exec(); !done)
        return done;
    for (const EvidenceRecord &item : evidence) {
        SqlQuery insert(m_connection,
            QStringLiteral("INSERT INTO evidence (attempt_id, criterion_key, provisional_level, lines) "
                           "VALUES (:attempt, :criterion, :level, :lines)"));
        insert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":criterion"), item.criterionKey)
            .bind(QStringLiteral(":level"), nullable(item.provisionalLevel))
            .bind(QStringLiteral(":lines"),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(item.lines)).toJson(QJsonDocument::Compact)));
        if (const Status done = insert.exec(); !done)
            return done;
    }
    return transaction.commit();
}

WriteResult<qint64> SubmissionRepository::setStatus(
    qint64 submissionId, SubmissionStatus from, SubmissionStatus to, std::optional<qint64> expectedVersion)
{
    if (m_access.actor().role == Role::Student)
        return accessDenied(m_access.actor(), QStringLiteral("change a submission's marking status"));
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    SqlQuery update(m_connection,
        QStringLiteral("UPDATE submissions SET status = :to, status_changed_by = :by, status_changed_at = :at, "
                       "row_version = row_version + 1 WHERE id = :id AND status = :from "
                       "AND (:any = 1 OR row_version = :version) RETURNING row_version"));
    update.bind(QStringLiteral(":to"), submissionStatusName(to))
        .bind(QStringLiteral(":by"), m_access.actor().userId > 0 ? QVariant(m_access.actor().userId) : QVariant())
        .bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":id"), submissionId)
        .bind(QStringLiteral(":from"), submissionStatusName(from))
        .bind(QStringLiteral(":any"), expectedVersion ? 0 : 1)
        .bind(QStringLiteral(":version"), expectedVersion.value_or(0));
    if (const Status done = update.exec(); !done)
        return done.error();
    if (update.next())
        return update.value(0).toLongLong();

    const Result<SubmissionState> current = state(submissionId);
    if (!current)
        return current.error();
    WriteConflict conflict;
    conflict.kind
        = current->status == SubmissionStatus::Released ? WriteConflict::Kind::Released : WriteConflict::Kind::Changed;
    conflict.subject = QStringLiteral("the status of submission %1").arg(submissionId);
    conflict.changedById = current->changedById;
    conflict.changedByName = current->changedByName;
    conflict.changedAt = current->changedAt;
    conflict.values.append({QStringLiteral("status"), QStringLiteral("status"), submissionStatusName(current->status),
        submissionStatusName(to)});
    conflict.currentVersion = current->version;
    return conflict;
}

Result<SubmissionState> SubmissionRepository::readState(const QString &where, qint64 id, bool forUpdate) const
{
    // FOR UPDATE OF s: the user's row is only read. SQLite has no row locks; the caller's
    // IMMEDIATE transaction already holds the database's write lock.
    const bool rowLocks = forUpdate && dialectOf(m_connection) == SqlDialect::PostgreSql;
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT s.id, s.status, s.row_version, s.status_changed_by, u.display_name, s.status_changed_at, "
            "(SELECT t.id FROM attempts t WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1), "
            "(SELECT t.submitted_at FROM attempts t WHERE t.submission_id = s.id "
            " ORDER BY t.number DESC LIMIT 1) "
            "FROM submissions s LEFT JOIN users u ON u.id = s.status_changed_by WHERE ")
            + where + (rowLocks ? QStringLiteral(" FOR UPDATE OF s") : QString()));
    query.bind(QStringLiteral(":id"), id);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no submission %1").arg(id));
    SubmissionState state;
    state.submissionId = query.value(0).toLongLong();
    state.status = submissionStatusFromName(query.value(1).toString()).value();
    state.version = query.value(2).toLongLong();
    state.changedById = query.value(3).toLongLong();
    state.changedByName = query.value(4).toString();
    state.changedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    state.latestAttemptId = query.value(6).toLongLong();
    state.latestAttemptAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    return state;
}

Result<SubmissionState> SubmissionRepository::lock(qint64 submissionId)
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    return readState(QStringLiteral("s.id = :id"), submissionId, true);
}

Result<SubmissionState> SubmissionRepository::lockOfAttempt(qint64 attemptId)
{
    if (const Status allowed = m_access.mayReadAttempt(attemptId); !allowed)
        return allowed.error();
    const Result<SubmissionState> locked
        = readState(QStringLiteral("s.id = (SELECT submission_id FROM attempts WHERE id = :id)"), attemptId, true);
    if (!locked)
        return makeError(QStringLiteral("no attempt %1").arg(attemptId));
    return locked;
}

Result<SubmissionState> SubmissionRepository::state(qint64 submissionId) const
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    return readState(QStringLiteral("s.id = :id"), submissionId, false);
}

Result<SubmissionRecord> SubmissionRepository::find(qint64 submissionId) const
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection, kSubmissionSelect + QStringLiteral("WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no submission %1").arg(submissionId));
    return readSubmission(query);
}

Result<QVector<AttemptRecord>> SubmissionRepository::attempts(qint64 submissionId) const
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT id, number, submitted_at, session_json, notes FROM attempts WHERE submission_id = :id "
                       "ORDER BY number"));
    query.bind(QStringLiteral(":id"), submissionId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<AttemptRecord> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), submissionId, query.value(1).toInt(),
            QDateTime::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
            query.value(4).toString()});
    }
    return result;
}

Result<QVector<EvidenceRecord>> SubmissionRepository::evidence(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayReadAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT criterion_key, provisional_level, lines FROM evidence WHERE attempt_id = :attempt ORDER BY id"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<EvidenceRecord> result;
    while (query.next()) {
        EvidenceRecord item;
        item.criterionKey = query.value(0).toString();
        if (!query.value(1).isNull())
            item.provisionalLevel = query.value(1).toInt();
        for (const QJsonValue &line : QJsonDocument::fromJson(query.value(2).toByteArray()).array())
            item.lines << line.toString();
        result << item;
    }
    return result;
}

Result<QVector<SubmissionRecord>> SubmissionRepository::own() const
{
    SqlQuery query(m_connection, kSubmissionSelect + QStringLiteral("WHERE ss.student_id = :student ORDER BY s.id"));
    query.bind(QStringLiteral(":student"), m_access.actor().userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<SubmissionRecord> result;
    while (query.next())
        result << readSubmission(query);
    return result;
}

Result<QVector<StudentResultRow>> SubmissionRepository::resultsForAssignment(qint64 assignmentId) const
{
    if (const Status allowed = m_access.mayTeachAssignment(assignmentId); !allowed)
        return allowed.error();

    SqlQuery query(m_connection,
        QStringLiteral("SELECT u.id, u.display_name, u.student_number, s.id, s.status, "
                       "  (SELECT t.id FROM attempts t WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1), "
                       "  s.id IS NULL AND (SELECT blind_marking FROM assignments WHERE id = :assignment) = 1 "
                       "    AND (SELECT count(*) FROM submissions WHERE assignment_id = :assignment) "
                       "      > (SELECT count(*) FROM submission_students v JOIN submissions w "
                       "         ON w.id = v.submission_id WHERE w.assignment_id = :assignment) "
                       "FROM enrolments e JOIN users u ON u.id = e.user_id "
                       "LEFT JOIN (SELECT s2.id, s2.status, ss2.student_id FROM submissions s2 "
                       "  JOIN submission_students ss2 ON ss2.submission_id = s2.id "
                       "  WHERE s2.assignment_id = :assignment) s ON s.student_id = u.id "
                       "WHERE e.cohort_id = (SELECT cohort_id FROM assignments WHERE id = :assignment) "
                       "AND e.role = 'student' ORDER BY u.display_name"));
    query.bind(QStringLiteral(":assignment"), assignmentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<StudentResultRow> rows;
    while (query.next()) {
        StudentResultRow row;
        row.studentId = query.value(0).toLongLong();
        row.studentName = query.value(1).toString();
        row.studentNumber = query.value(2).toString();
        row.submissionId = query.value(3).toLongLong();
        if (row.submissionId != 0)
            row.status = submissionStatusFromName(query.value(4).toString()).value();
        row.attemptId = query.value(5).toLongLong();
        row.hiddenByBlindMarking = query.value(6).toBool();
        rows << row;
    }
    for (StudentResultRow &row : rows) {
        if (row.attemptId == 0)
            continue;
        SqlQuery scores(m_connection,
            QStringLiteral(
                "SELECT dimension_key, score FROM dimension_results WHERE attempt_id = :attempt AND kind = 'agreed'"));
        scores.bind(QStringLiteral(":attempt"), row.attemptId);
        if (const Status done = scores.exec(); !done)
            return done.error();
        DimensionScores agreed;
        while (scores.next())
            agreed.insert(scores.value(0).toString(), scores.value(1).toDouble());
        if (!agreed.isEmpty())
            row.agreedScores = agreed;
    }
    return rows;
}

} // namespace prepmark
