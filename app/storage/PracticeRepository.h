#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

// A student's submitted preparation of a bundled exercise outside any assignment.
struct PracticeAttempt
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString exerciseKey;
    int number = 0; // from 1, per student and exercise
    QDateTime submittedAt; // UTC
    QString sessionJson;
    QString notes;
    // `prepmark-cli grade --json`: the verdict object of `prepmark-cli verdict`
    // ("adequate", "blocking", ...) plus "criteria"; empty when not graded.
    QJsonObject grading;
};

// How far a student has got with one exercise in practice.
struct PracticeProgress
{
    QString exerciseKey;
    int attempts = 0;
    QDateTime latestAt;
    std::optional<bool> latestAdequate; // none: the latest attempt is not graded
    QStringList latestBlocking; // dimension keys blocking the latest graded attempt
    bool everAdequate = false;
};

// Practice attempts: written by the student alone, read by them and their teachers
// (AccessPolicy::mayReadPracticeOf).
class PracticeRepository
{
public:
    PracticeRepository(const QSqlDatabase &connection, Actor actor);

    // Stores the signed-in student's attempt and returns it with its number.
    Result<PracticeAttempt> add(const QString &exerciseKey, const QString &sessionJson, const QString &notes,
        const QDateTime &submittedAt = QDateTime::currentDateTimeUtc());
    // The student who made the attempt only.
    Status setGrading(qint64 attemptId, const QJsonObject &grading);

    // Oldest first; every exercise when exerciseKey is empty.
    Result<QVector<PracticeAttempt>> attempts(qint64 studentId, const QString &exerciseKey = QString()) const;
    // Keyed by exercise; exercises never attempted are absent.
    Result<QHash<QString, PracticeProgress>> progress(qint64 studentId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
