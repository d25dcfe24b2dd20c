#include "ProgrammeReportOracle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QSqlQuery run(const QSqlDatabase &c, const QString &sql, const QString &programme)
{
    QSqlQuery q(c);
    if (!q.prepare(sql))
        qFatal("oracle: cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    if (sql.contains(QLatin1String(":p")))
        q.bindValue(QStringLiteral(":p"), programme);
    if (!q.exec())
        qFatal("oracle: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

// One row per (latest released result of an assessed submission) x (dimension of the
// rubric version it was released against), with the score and whether it meets the
// threshold; and per result the number of dimensions below threshold and its mean.
const char *const kJudged = R"SQL(
WITH rel AS (
  SELECT c.name AS cohort, c.academic_year AS year, s.student_id AS student, r.id AS rid, r.scores AS scores,
         rb.definition AS definition
  FROM released_results r
  JOIN attempts t ON t.id = r.attempt_id
  JOIN submissions s ON s.id = t.submission_id
  JOIN assignments a ON a.id = s.assignment_id
  JOIN cohorts c ON c.id = a.cohort_id
  JOIN modules m ON m.id = c.module_id
  JOIN programmes p ON p.id = m.programme_id
  JOIN rubrics rb ON rb.key = r.rubric_key AND rb.version = r.rubric_version
  WHERE p.code = :p AND a.mode = 'assessed'
    AND NOT EXISTS (SELECT 1 FROM attempts t2 JOIN released_results r2 ON r2.attempt_id = t2.id
                    WHERE t2.submission_id = s.id AND t2.number > t.number)
),
dims AS (
  SELECT rel.cohort, rel.year, rel.student, rel.rid,
         json_extract(d.value, '$.key') AS dkey,
         json_extract(rel.scores, '$."' || json_extract(d.value, '$.key') || '"') AS score,
         json_extract(d.value, '$.threshold') AS threshold,
         json_extract(rel.definition, '$.meanPassLine') AS line
  FROM rel, json_each(rel.definition, '$.dimensions') d
),
judged AS (
  SELECT *, CASE WHEN score >= threshold - 1e-9 THEN 1 ELSE 0 END AS meets FROM dims
),
results AS (
  SELECT cohort, year, student, rid, sum(1 - meets) AS below, avg(score) AS mean, max(line) AS line
  FROM judged GROUP BY rid
)
)SQL";
} // namespace

ProgrammeReportOracle ProgrammeReportOracle::compute(const QSqlDatabase &c, const QString &programme)
{
    ProgrammeReportOracle o;
    const QString with = QString::fromLatin1(kJudged);
    QSqlQuery cohorts = run(c,
        QStringLiteral(
            "SELECT c.name, c.academic_year, "
            "(SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.role = 'student'), "
            "(SELECT count(*) FROM assignments a WHERE a.cohort_id = c.id AND a.mode = 'assessed'), "
            "(SELECT count(*) FROM submissions s JOIN assignments a ON a.id = s.assignment_id WHERE a.cohort_id = "
            "c.id AND a.mode = 'assessed') "
            "FROM cohorts c JOIN modules m ON m.id = c.module_id JOIN programmes p ON p.id = m.programme_id "
            "WHERE p.code = :p"),
        programme);
    while (cohorts.next()) {
        Figures &f = o.cohorts[cohorts.value(0).toString()];
        f.academicYear = cohorts.value(1).toString();
        f.enrolled = cohorts.value(2).toInt();
        f.assessedAssignments = cohorts.value(3).toInt();
        f.submissions = cohorts.value(4).toInt();
        Figures &y = o.years[f.academicYear];
        y.academicYear = f.academicYear;
        y.enrolled += f.enrolled;
        y.assessedAssignments += f.assessedAssignments;
        y.submissions += f.submissions;
        o.total.enrolled += f.enrolled;
        o.total.assessedAssignments += f.assessedAssignments;
        o.total.submissions += f.submissions;
    }

    // Results, adequacy, masked failures and students: per cohort, per year and overall.
    const struct
    {
        QString group;
        int scope; // 0 cohort, 1 year, 2 total
    } scopes[] = {{QStringLiteral("cohort"), 0}, {QStringLiteral("year"), 1}, {QStringLiteral("'all'"), 2}};
    for (const auto &scope : scopes) {
        QSqlQuery figures = run(c,
            with
                + QStringLiteral("SELECT %1, count(*), sum(below = 0), sum(below > 0 AND mean >= line - 1e-9), "
                                 "count(DISTINCT student) FROM results GROUP BY %1")
                      .arg(scope.group),
            programme);
        while (figures.next()) {
            Figures &f = scope.scope == 0 ? o.cohorts[figures.value(0).toString()]
                : scope.scope == 1        ? o.years[figures.value(0).toString()]
                                          : o.total;
            f.results = figures.value(1).toInt();
            f.adequate = figures.value(2).toInt();
            f.masked = figures.value(3).toInt();
            f.students = figures.value(4).toInt();
        }
        QSqlQuery dimensions = run(c,
            with
                + QStringLiteral("SELECT j.%1, j.dkey, count(*), sum(j.meets), sum(1 - j.meets), "
                                 "sum(CASE WHEN j.meets = 0 AND r.below = 1 THEN 1 ELSE 0 END), avg(j.score) "
                                 "FROM judged j JOIN results r ON r.rid = j.rid GROUP BY j.%1, j.dkey")
                      .arg(scope.scope == 2 ? QStringLiteral("year") : scope.group),
            programme);
        while (dimensions.next()) {
            Dimension d {dimensions.value(2).toInt(), dimensions.value(3).toInt(), dimensions.value(4).toInt(),
                dimensions.value(5).toInt(), dimensions.value(6).toDouble()};
            if (scope.scope == 2) {
                // Summed over years below: the SQL groups by year here.
                Dimension &t = o.total.dimensions[dimensions.value(1).toString()];
                t.meanScore = (t.meanScore * t.results + d.meanScore * d.results) / (t.results + d.results);
                t.results += d.results;
                t.atThreshold += d.atThreshold;
                t.blocking += d.blocking;
                t.soleBlocker += d.soleBlocker;
            } else {
                Figures &f = scope.scope == 0 ? o.cohorts[dimensions.value(0).toString()]
                                              : o.years[dimensions.value(0).toString()];
                f.dimensions.insert(dimensions.value(1).toString(), d);
            }
        }
    }

    // Learning outcomes: attained in a result when every mapped dimension meets its threshold.
    const QString outcomes = with
        + QStringLiteral(
            ", mapped AS (SELECT o.code AS code, d.dimension_key AS dkey FROM learning_outcomes o "
            "  JOIN outcome_dimensions d ON d.outcome_id = o.id JOIN programmes p ON p.id = o.programme_id "
            "  WHERE p.code = :p), "
            "per AS (SELECT m.code AS code, j.rid AS rid, j.year AS year, count(j.dkey) AS judged, sum(j.meets) AS "
            "met, (SELECT count(*) FROM mapped m2 WHERE m2.code = m.code) AS needed "
            "  FROM mapped m JOIN judged j ON j.dkey = m.dkey GROUP BY m.code, j.rid) "
            "SELECT code, %1, avg(CASE WHEN met = needed THEN 1.0 ELSE 0.0 END) FROM per WHERE judged = needed "
            "GROUP BY code, %1");
    QSqlQuery byYear = run(c, outcomes.arg(QStringLiteral("year")), programme);
    while (byYear.next())
        o.outcomeByYear[byYear.value(0).toString()].insert(byYear.value(1).toString(), byYear.value(2).toDouble());
    QSqlQuery overall = run(c, outcomes.arg(QStringLiteral("'all'")), programme);
    while (overall.next())
        o.outcomeOverall.insert(overall.value(0).toString(), overall.value(2).toDouble());
    return o;
}
