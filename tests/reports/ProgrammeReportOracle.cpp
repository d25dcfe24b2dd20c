#include "ProgrammeReportOracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>

#include <optional>

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

// The latest released result of each assessed submission of the programme, with the
// definition of the rubric version it was released against.
const char *const kReleased = R"SQL(
SELECT c.name, c.academic_year, s.student_id, r.scores, rb.definition
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
)SQL";

// One dimension of a result: its released score against the rubric version's threshold.
struct JudgedDimension
{
    QString key;
    std::optional<double> score; // none when the snapshot has no score for it
    bool meets = false;
};

// One released result, judged dimension by dimension from its scores and rubric.
struct JudgedResult
{
    QString cohort;
    QString year;
    qint64 student = 0;
    QVector<JudgedDimension> dimensions;
    int below = 0;
    std::optional<double> mean; // of the scores present
    std::optional<double> line; // the rubric's mean pass line

    bool masked() const { return below > 0 && mean && line && *mean >= *line - 1e-9; }
};

std::optional<double> number(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

JudgedResult judge(const QSqlQuery &row)
{
    JudgedResult r;
    r.cohort = row.value(0).toString();
    r.year = row.value(1).toString();
    r.student = row.value(2).toLongLong();
    const QJsonObject scores = QJsonDocument::fromJson(row.value(3).toByteArray()).object();
    const QJsonObject rubric = QJsonDocument::fromJson(row.value(4).toByteArray()).object();
    r.line = number(rubric.value(QStringLiteral("meanPassLine")));
    double sum = 0.0;
    int scored = 0;
    for (const QJsonValue &d : rubric.value(QStringLiteral("dimensions")).toArray()) {
        JudgedDimension j;
        j.key = d.toObject().value(QStringLiteral("key")).toString();
        j.score = number(scores.value(j.key));
        const std::optional<double> threshold = number(d.toObject().value(QStringLiteral("threshold")));
        j.meets = j.score && threshold && *j.score >= *threshold - 1e-9;
        r.below += j.meets ? 0 : 1;
        if (j.score) {
            sum += *j.score;
            ++scored;
        }
        r.dimensions << j;
    }
    if (scored > 0)
        r.mean = sum / scored;
    return r;
}

// Results counted into one group (a cohort, a year, the programme).
struct Tally
{
    struct Dimension
    {
        ProgrammeReportOracle::Dimension figures;
        double scoreSum = 0.0;
        int scored = 0;
    };
    int results = 0;
    int adequate = 0;
    int masked = 0;
    QSet<qint64> students;
    QMap<QString, Dimension> dimensions;

    void add(const JudgedResult &r)
    {
        ++results;
        adequate += r.below == 0 ? 1 : 0;
        masked += r.masked() ? 1 : 0;
        students.insert(r.student);
        for (const JudgedDimension &j : r.dimensions) {
            Dimension &d = dimensions[j.key];
            ++d.figures.results;
            d.figures.atThreshold += j.meets ? 1 : 0;
            d.figures.blocking += j.meets ? 0 : 1;
            d.figures.soleBlocker += !j.meets && r.below == 1 ? 1 : 0;
            if (j.score) {
                d.scoreSum += *j.score;
                ++d.scored;
            }
        }
    }

    void writeTo(ProgrammeReportOracle::Figures &f) const
    {
        f.results = results;
        f.adequate = adequate;
        f.masked = masked;
        f.students = int(students.size());
        for (auto it = dimensions.constBegin(); it != dimensions.constEnd(); ++it) {
            ProgrammeReportOracle::Dimension d = it->figures;
            d.meanScore = it->scored > 0 ? it->scoreSum / it->scored : 0.0;
            f.dimensions.insert(it.key(), d);
        }
    }
};

// Attainment of one learning outcome in a group: the share of results, among those
// judged on every mapped dimension, that meet the threshold on all of them.
struct Attainment
{
    int judged = 0;
    int attained = 0;
    double rate() const { return double(attained) / judged; }
};
} // namespace

ProgrammeReportOracle ProgrammeReportOracle::compute(const QSqlDatabase &c, const QString &programme)
{
    ProgrammeReportOracle o;
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

    // Which dimensions each learning outcome of the programme is mapped to.
    QMap<QString, QSet<QString>> mapped;
    QSqlQuery outcomes = run(c,
        QStringLiteral("SELECT o.code, d.dimension_key FROM learning_outcomes o "
                       "JOIN outcome_dimensions d ON d.outcome_id = o.id JOIN programmes p ON p.id = o.programme_id "
                       "WHERE p.code = :p"),
        programme);
    while (outcomes.next())
        mapped[outcomes.value(0).toString()].insert(outcomes.value(1).toString());

    // Results, adequacy, masked failures, students and dimensions: per cohort, per year
    // and overall; outcome attainment per year and overall.
    QMap<QString, Tally> byCohort;
    QMap<QString, Tally> byYear;
    Tally total;
    QMap<QString, QMap<QString, Attainment>> outcomeByYear;
    QMap<QString, Attainment> outcomeOverall;
    QSqlQuery released = run(c, QString::fromLatin1(kReleased), programme);
    while (released.next()) {
        const JudgedResult r = judge(released);
        byCohort[r.cohort].add(r);
        byYear[r.year].add(r);
        total.add(r);
        for (auto outcome = mapped.constBegin(); outcome != mapped.constEnd(); ++outcome) {
            int judged = 0;
            int met = 0;
            for (const JudgedDimension &j : r.dimensions) {
                if (outcome->contains(j.key)) {
                    ++judged;
                    met += j.meets ? 1 : 0;
                }
            }
            if (judged == 0 || judged != outcome->size())
                continue; // not judged on every mapped dimension
            for (Attainment *a : {&outcomeByYear[outcome.key()][r.year], &outcomeOverall[outcome.key()]}) {
                ++a->judged;
                a->attained += met == judged ? 1 : 0;
            }
        }
    }
    for (auto it = byCohort.constBegin(); it != byCohort.constEnd(); ++it)
        it->writeTo(o.cohorts[it.key()]);
    for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it)
        it->writeTo(o.years[it.key()]);
    if (total.results > 0)
        total.writeTo(o.total);
    for (auto code = outcomeByYear.constBegin(); code != outcomeByYear.constEnd(); ++code) {
        for (auto year = code->constBegin(); year != code->constEnd(); ++year)
            o.outcomeByYear[code.key()].insert(year.key(), year->rate());
    }
    for (auto it = outcomeOverall.constBegin(); it != outcomeOverall.constEnd(); ++it)
        o.outcomeOverall.insert(it.key(), it->rate());
    return o;
}
