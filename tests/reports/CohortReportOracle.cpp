#include "CohortReportOracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace {
QSqlQuery run(const QSqlDatabase &c, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery q(c);
    if (!q.prepare(sql))
        qFatal("oracle: cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(it.key(), *it);
    if (!q.exec())
        qFatal("oracle: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

// The latest attempt of each submission of the assignment.
const char *const kLatest
    = "SELECT t.id AS attempt, s.student_id AS student FROM submissions s JOIN attempts t ON t.submission_id = s.id "
      "WHERE s.assignment_id = :a AND t.number = (SELECT max(number) FROM attempts WHERE submission_id = s.id)";
} // namespace

CohortReportOracle CohortReportOracle::compute(const QSqlDatabase &c, const QString &cohortName, qint64 assignmentId)
{
    CohortReportOracle o;
    QSqlQuery cohort
        = run(c, QStringLiteral("SELECT id FROM cohorts WHERE name = :n"), {{QStringLiteral(":n"), cohortName}});
    if (!cohort.next())
        qFatal("oracle: no cohort %s", qPrintable(cohortName));
    const qint64 cohortId = cohort.value(0).toLongLong();
    if (assignmentId == 0) {
        QSqlQuery chosen = run(c,
            QStringLiteral(
                "SELECT a.id FROM assignments a WHERE a.cohort_id = :c AND EXISTS (SELECT 1 FROM submissions s JOIN "
                "attempts t ON t.submission_id = s.id "
                "JOIN dimension_results r ON r.attempt_id = t.id AND r.kind = 'agreed' WHERE s.assignment_id = a.id "
                "AND t.number = (SELECT max(number) FROM attempts WHERE submission_id = s.id)) ORDER BY a.due_at DESC, "
                "a.id DESC LIMIT 1"),
            {{QStringLiteral(":c"), cohortId}});
        if (!chosen.next())
            qFatal("oracle: no agreed results in %s", qPrintable(cohortName));
        assignmentId = chosen.value(0).toLongLong();
    }
    o.assignmentId = assignmentId;
    const QVariantMap a {{QStringLiteral(":a"), assignmentId}};
    QSqlQuery assignment = run(c,
        QStringLiteral(
            "SELECT a.title, r.definition FROM assignments a JOIN rubrics r ON r.id = a.rubric_id WHERE a.id = :a"),
        a);
    assignment.next();
    o.assignmentTitle = assignment.value(0).toString();
    const QJsonObject rubric = QJsonDocument::fromJson(assignment.value(1).toByteArray()).object();
    const double line = rubric.value(QStringLiteral("meanPassLine")).toDouble(3.0);
    const double floor = rubric.value(QStringLiteral("hybrid")).toObject().value(QStringLiteral("floor")).toDouble();
    QSet<QString> required;
    for (const QJsonValue &key :
        rubric.value(QStringLiteral("hybrid")).toObject().value(QStringLiteral("required")).toArray())
        required.insert(key.toString());
    QMap<QString, double> thresholds;
    QMap<QString, QStringList> criteria;
    for (const QJsonValue &d : rubric.value(QStringLiteral("dimensions")).toArray()) {
        const QString key = d.toObject().value(QStringLiteral("key")).toString();
        thresholds.insert(key, d.toObject().value(QStringLiteral("threshold")).toDouble());
        for (const QJsonValue &criterion : d.toObject().value(QStringLiteral("criteria")).toArray())
            criteria[key] << criterion.toObject().value(QStringLiteral("key")).toString();
        o.blocking.insert(key, 0);
        o.soleBlocker.insert(key, 0);
    }
    QSqlQuery enrolled
        = run(c, QStringLiteral("SELECT count(*) FROM enrolments WHERE cohort_id = :c AND role = 'student'"),
            {{QStringLiteral(":c"), cohortId}});
    enrolled.next();
    o.enrolled = enrolled.value(0).toInt();

    // Agreed scores of the latest attempts, one row per student and dimension.
    QSqlQuery scores = run(c,
        QStringLiteral("SELECT l.student, r.dimension_key, r.score FROM (%1) l "
                       "JOIN dimension_results r ON r.attempt_id = l.attempt AND r.kind = 'agreed' "
                       "JOIN enrolments e ON e.user_id = l.student AND e.cohort_id = (SELECT cohort_id FROM "
                       "assignments WHERE id = :a) "
                       "AND e.role = 'student'")
            .arg(QLatin1String(kLatest)),
        a);
    QMap<qint64, QMap<QString, double>> byStudent;
    while (scores.next())
        byStudent[scores.value(0).toLongLong()].insert(scores.value(1).toString(), scores.value(2).toDouble());
    for (auto it = byStudent.constBegin(); it != byStudent.constEnd(); ++it) {
        double sum = 0.0;
        QStringList below;
        bool aboveFloor = true;
        bool requiredMet = true;
        for (auto d = thresholds.constBegin(); d != thresholds.constEnd(); ++d) {
            const double score = it->value(d.key());
            sum += score;
            if (score < *d - 1e-9) {
                below << d.key();
                requiredMet = requiredMet && !required.contains(d.key());
            }
            aboveFloor = aboveFloor && score >= floor - 1e-9;
        }
        const double mean = sum / thresholds.size();
        const bool adequate = below.isEmpty();
        const bool compensatory = mean >= line - 1e-9;
        const bool hybrid = compensatory && aboveFloor && requiredMet;
        ++o.students;
        o.means.insert(it.key(), mean);
        o.conjunctive += adequate ? 1 : 0;
        o.compensatory += compensatory ? 1 : 0;
        o.hybrid += hybrid ? 1 : 0;
        o.masked += compensatory && !adequate ? 1 : 0;
        for (const QString &key : below)
            ++o.blocking[key];
        if (below.size() == 1)
            ++o.soleBlocker[below.first()];
        if (compensatory != adequate || hybrid != adequate)
            o.flips.insert(it.key());
    }

    // Agreement: pairs of criterion levels from the completed first and second markings.
    for (auto d = criteria.constBegin(); d != criteria.constEnd(); ++d) {
        QStringList quoted;
        for (const QString &key : *d)
            quoted << QLatin1Char('\'') + key + QLatin1Char('\'');
        QSqlQuery sums = run(c,
            QStringLiteral(
                "SELECT count(*), avg(CASE WHEN x = y THEN 1.0 ELSE 0.0 END), "
                "avg(CASE WHEN abs(x - y) <= 1 THEN 1.0 ELSE 0.0 END), avg((x - y) * (x - y)), avg(x), avg(y), "
                "avg(x * x), avg(y * y), sum(x), sum(y), sum(x * x), sum(y * y), sum(x * y) FROM ("
                "SELECT f.level AS x, g.level AS y FROM (%1) l "
                "JOIN markings mf ON mf.attempt_id = l.attempt AND mf.role = 'first' AND mf.completed_at IS NOT NULL "
                "JOIN markings mg ON mg.attempt_id = l.attempt AND mg.role = 'second' AND mg.completed_at IS NOT NULL "
                "JOIN marks f ON f.attempt_id = l.attempt AND f.marker_id = mf.marker_id "
                "JOIN marks g ON g.attempt_id = l.attempt AND g.marker_id = mg.marker_id AND g.criterion_key = "
                "f.criterion_key "
                "WHERE f.criterion_key IN (%2)) pairs")
                .arg(QLatin1String(kLatest), quoted.join(QLatin1Char(','))),
            a);
        sums.next();
        Agreement agreement;
        agreement.pairs = sums.value(0).toInt();
        if (agreement.pairs > 0) {
            agreement.exact = sums.value(1).toDouble();
            agreement.adjacent = sums.value(2).toDouble();
            // Quadratic-weighted kappa = 1 - E[(x-y)^2] / E_indep[(x-y)^2], where the
            // chance expectation of (x - y)^2 is E[x^2] - 2 E[x] E[y] + E[y^2].
            const double mx = sums.value(4).toDouble(), my = sums.value(5).toDouble();
            const double chance = sums.value(6).toDouble() - 2 * mx * my + sums.value(7).toDouble();
            if (chance > 1e-12)
                agreement.weightedKappa = 1.0 - sums.value(3).toDouble() / chance;
            // ICC(2,1) for two raters from the sums: SS for targets, raters and residual.
            const double n = agreement.pairs;
            const double sx = sums.value(8).toDouble(), sy = sums.value(9).toDouble();
            const double sxx = sums.value(10).toDouble(), syy = sums.value(11).toDouble(),
                         sxy = sums.value(12).toDouble();
            const double grand = (sx + sy) / (2 * n);
            const double total = sxx + syy - 2 * n * grand * grand;
            const double targets = (sxx + syy + 2 * sxy) / 2 - 2 * n * grand * grand; // 2 * sum(((x+y)/2 - g)^2)
            const double raters = n * ((sx / n - grand) * (sx / n - grand) + (sy / n - grand) * (sy / n - grand));
            const double bms = targets / (n - 1), jms = raters, ems = (total - targets - raters) / (n - 1);
            const double denominator = bms + ems + 2 * (jms - ems) / n;
            if (n > 1 && std::abs(denominator) > 1e-12)
                agreement.icc = (bms - ems) / denominator;
        }
        o.agreement.insert(d.key(), agreement);
    }
    return o;
}
