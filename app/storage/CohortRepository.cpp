#include "CohortRepository.h"

#include "SqlQuery.h"

namespace prepmark {

namespace {
const QString kCohortSelect
    = QStringLiteral("SELECT c.id, c.module_id, c.name, c.academic_year, m.code, m.name, p.code "
                     "FROM cohorts c JOIN modules m ON m.id = c.module_id JOIN programmes p ON p.id = m.programme_id ");

CohortRecord readCohort(const SqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), query.value(6).toString()};
}
} // namespace

CohortRepository::CohortRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> CohortRepository::create(qint64 moduleId, const QString &name, const QString &academicYear)
{
    if (const Status allowed = m_access.mayManageProgrammes(); !allowed)
        return allowed.error();
    SqlQuery insert(m_connection,
        QStringLiteral(
            "INSERT INTO cohorts (module_id, name, academic_year) VALUES (:module, :name, :year) RETURNING id"));
    insert.bind(QStringLiteral(":module"), moduleId)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":year"), academicYear);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Status CohortRepository::enrol(qint64 cohortId, qint64 userId, Role role)
{
    if (const Status allowed = m_access.mayManageAccounts(); !allowed)
        return allowed;
    if (role != Role::Student && role != Role::Lecturer)
        return makeError(QStringLiteral("a cohort enrols students and lecturers, not %1").arg(roleName(role)));
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO enrolments (cohort_id, user_id, role) VALUES (:cohort, :user, :role)"));
    insert.bind(QStringLiteral(":cohort"), cohortId)
        .bind(QStringLiteral(":user"), userId)
        .bind(QStringLiteral(":role"), roleName(role));
    return insert.exec();
}

Result<QVector<CohortRecord>> CohortRepository::visibleCohorts() const
{
    const Actor &actor = m_access.actor();
    QString sql = kCohortSelect;
    if (!actor.seesAllCohorts())
        sql += QStringLiteral("JOIN enrolments e ON e.cohort_id = c.id AND e.user_id = :user ");
    sql += QStringLiteral("ORDER BY c.academic_year DESC, c.name");
    SqlQuery query(m_connection, sql);
    if (!actor.seesAllCohorts())
        query.bind(QStringLiteral(":user"), actor.userId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<CohortRecord> cohorts;
    while (query.next())
        cohorts << readCohort(query);
    return cohorts;
}

Result<CohortRecord> CohortRepository::find(qint64 cohortId) const
{
    if (const Status allowed = m_access.mayReadCohort(cohortId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection, kCohortSelect + QStringLiteral("WHERE c.id = :id"));
    query.bind(QStringLiteral(":id"), cohortId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("no cohort %1").arg(cohortId));
    return readCohort(query);
}

Result<std::optional<CohortRecord>> CohortRepository::findByName(const QString &name) const
{
    SqlQuery query(m_connection, kCohortSelect + QStringLiteral("WHERE c.name = :name"));
    query.bind(QStringLiteral(":name"), name);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<CohortRecord>();
    const CohortRecord cohort = readCohort(query);
    if (const Status allowed = m_access.mayReadCohort(cohort.id); !allowed)
        return allowed.error();
    return std::optional<CohortRecord>(cohort);
}

Result<QVector<UserRecord>> CohortRepository::students(qint64 cohortId) const
{
    return members(cohortId, Role::Student);
}

Result<QVector<UserRecord>> CohortRepository::lecturers(qint64 cohortId) const
{
    return members(cohortId, Role::Lecturer);
}

Result<QVector<UserRecord>> CohortRepository::members(qint64 cohortId, Role role) const
{
    if (const Status allowed = m_access.mayTeachCohort(cohortId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT u.id, u.username, u.display_name, u.email, u.role, u.student_number, u.active "
                       "FROM enrolments e JOIN users u ON u.id = e.user_id "
                       "WHERE e.cohort_id = :cohort AND e.role = :role ORDER BY u.display_name"));
    query.bind(QStringLiteral(":cohort"), cohortId).bind(QStringLiteral(":role"), roleName(role));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<UserRecord> users;
    while (query.next())
        users << readUser(query);
    return users;
}

} // namespace prepmark
