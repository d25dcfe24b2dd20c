#pragma once

#include "AccessPolicy.h"
#include "UserRepository.h"

#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

struct CohortRecord
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString name;
    QString academicYear; // "2024/25"
    QString moduleCode;
    QString moduleName;
    QString programmeCode;
};

// The cohort aggregate: a cohort and who is enrolled in it, as student or lecturer.
class CohortRepository
{
public:
    CohortRepository(QSqlDatabase connection, Actor actor);

    Result<qint64> create(qint64 moduleId, const QString &name, const QString &academicYear);
    // role: Student or Lecturer (the role in this cohort).
    Status enrol(qint64 cohortId, qint64 userId, Role role);

    // Leaders and admins: every cohort; lecturers: those they teach; students: their own.
    Result<QVector<CohortRecord>> visibleCohorts() const;
    Result<CohortRecord> find(qint64 cohortId) const;
    Result<std::optional<CohortRecord>> findByName(const QString &name) const;
    // The students of a cohort (staff of that cohort only), by name.
    Result<QVector<UserRecord>> students(qint64 cohortId) const;
    Result<QVector<UserRecord>> lecturers(qint64 cohortId) const;

private:
    Result<QVector<UserRecord>> members(qint64 cohortId, Role role) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
