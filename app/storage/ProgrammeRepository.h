#pragma once

#include "AccessPolicy.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace prepmark {

struct ProgrammeRecord
{
    qint64 id = 0;
    QString code;
    QString name;
};

struct ModuleRecord
{
    qint64 id = 0;
    qint64 programmeId = 0;
    QString code;
    QString name;
};

// A programme learning outcome and the rubric dimensions that evidence it.
struct LearningOutcome
{
    qint64 id = 0;
    qint64 programmeId = 0;
    QString code; // "LO3"
    QString description;
    QStringList dimensionKeys;
};

// The programme aggregate: programmes, their modules, and their learning outcomes.
// Everyone signed in may read them; only leaders and admins change them.
class ProgrammeRepository
{
public:
    ProgrammeRepository(QSqlDatabase connection, Actor actor);

    Result<qint64> createProgramme(const QString &code, const QString &name);
    Result<qint64> createModule(qint64 programmeId, const QString &code, const QString &name);
    Result<qint64> addOutcome(
        qint64 programmeId, const QString &code, const QString &description, const QStringList &dimensionKeys);

    Result<QVector<ProgrammeRecord>> programmes() const;
    Result<std::optional<ProgrammeRecord>> programmeByCode(const QString &code) const;
    Result<QVector<ModuleRecord>> modules(qint64 programmeId) const;
    Result<QVector<LearningOutcome>> outcomes(qint64 programmeId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
