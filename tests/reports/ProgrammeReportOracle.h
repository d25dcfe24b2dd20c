#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

// An independent computation of the programme report's figures straight from the
// database: SQL both backends accept selects the released results and the stored rubric
// definitions, and the JSON of both is read here (QJsonDocument), sharing no code with
// app/reports or core: adequacy is recomputed from the scores and the thresholds of the
// rubric version each result was released against, not read from the snapshot's verdict.
struct ProgrammeReportOracle
{
    struct Dimension
    {
        int results = 0;
        int atThreshold = 0;
        int blocking = 0;
        int soleBlocker = 0;
        double meanScore = 0.0;
    };
    struct Figures
    {
        QString academicYear;
        int enrolled = 0;
        int assessedAssignments = 0;
        int submissions = 0;
        int results = 0;
        int adequate = 0;
        int masked = 0;
        int students = 0;
        QMap<QString, Dimension> dimensions; // by key
    };

    QMap<QString, Figures> cohorts; // by cohort name
    QMap<QString, Figures> years; // by academic year
    Figures total;
    QMap<QString, QMap<QString, double>> outcomeByYear; // outcome code -> year -> attainment 0..1
    QMap<QString, double> outcomeOverall;

    static ProgrammeReportOracle compute(const QSqlDatabase &connection, const QString &programmeCode);
};
