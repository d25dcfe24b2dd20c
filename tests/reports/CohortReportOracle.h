#pragma once

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// An independent computation of the cohort report's numbers straight from the database
// with SQL (and arithmetic on SQL aggregates), sharing no code with app/reports, for
// the tests that check the dashboard, the CLI and CohortReportBuilder against it.
struct CohortReportOracle
{
    struct Agreement
    {
        int pairs = 0;
        double exact = 0.0;
        double adjacent = 0.0;
        std::optional<double> weightedKappa;
        std::optional<double> icc;
    };

    qint64 assignmentId = 0;
    QString assignmentTitle;
    int students = 0; // with agreed scores
    int enrolled = 0;
    int conjunctive = 0;
    int compensatory = 0;
    int hybrid = 0;
    int masked = 0;
    QMap<QString, int> blocking; // every dimension key
    QMap<QString, int> soleBlocker; // every dimension key
    QSet<qint64> flips; // student ids
    QMap<qint64, double> means; // student id -> mean of agreed scores
    QMap<QString, Agreement> agreement; // dimension key

    // assignmentId 0: the cohort's most recent assignment (due date) with agreed scores.
    static CohortReportOracle compute(
        const QSqlDatabase &connection, const QString &cohortName, qint64 assignmentId = 0);
};
