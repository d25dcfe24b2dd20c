#include "CohortReportJson.h"

#include "core/VerdictJson.h"

#include <QJsonArray>

#include <cmath>

namespace prepmark {

namespace {
QJsonValue statistic(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 10000.0) / 10000.0;
}

QJsonObject counts(const QMap<QString, int> &byKey)
{
    QJsonObject json;
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it)
        json.insert(it.key(), *it);
    return json;
}
} // namespace

QJsonObject cohortReportToJson(const CohortReport &report)
{
    QJsonArray dimensions;
    for (const Dimension &d : report.rubric.dimensions)
        dimensions.append(QJsonObject {{QStringLiteral("key"), d.key}, {QStringLiteral("name"), d.name},
            {QStringLiteral("threshold"), d.threshold}});
    QJsonArray students;
    for (const CohortReportStudent &s : report.students) {
        QJsonObject scores;
        for (auto it = s.scores.constBegin(); it != s.scores.constEnd(); ++it)
            scores.insert(it.key(), round2(*it));
        students.append(QJsonObject {
            {QStringLiteral("id"), s.studentId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("mean"), round2(s.verdict.mean)},
            {QStringLiteral("adequate"), s.verdict.adequate},
            {QStringLiteral("blocking"), QJsonArray::fromStringList(s.verdict.blocking)},
            {QStringLiteral("masked"), s.verdict.masked},
        });
    }
    QJsonArray flips;
    for (qint64 id : report.flips)
        flips.append(id);
    QJsonObject agreement;
    for (const Dimension &d : report.rubric.dimensions) {
        const DimensionAgreement a = report.agreement.value(d.key);
        agreement.insert(d.key,
            QJsonObject {
                {QStringLiteral("exact"), statistic(a.exact)},
                {QStringLiteral("adjacent"), statistic(a.adjacent)},
                {QStringLiteral("weightedKappa"), statistic(a.weightedKappa)},
                {QStringLiteral("icc"), statistic(a.icc)},
                {QStringLiteral("alpha"), statistic(a.alpha)},
            });
    }
    return QJsonObject {
        {QStringLiteral("cohort"), report.cohortName},
        {QStringLiteral("rubric"),
            QJsonObject {{QStringLiteral("key"), report.rubric.key}, {QStringLiteral("version"), report.rubric.version},
                {QStringLiteral("dimensions"), dimensions}}},
        {QStringLiteral("students"), students},
        {QStringLiteral("blockingCounts"), counts(report.blockingCounts)},
        {QStringLiteral("maskedCount"), report.maskedCount},
        {QStringLiteral("soleBlocker"), counts(report.soleBlockerCounts)},
        {QStringLiteral("policies"),
            QJsonObject {{QStringLiteral("conjunctive"), report.conjunctiveAdequate},
                {QStringLiteral("compensatory"), report.compensatoryAdequate},
                {QStringLiteral("hybrid"), report.hybridAdequate}, {QStringLiteral("flips"), flips}}},
        {QStringLiteral("agreement"), agreement},
    };
}

} // namespace prepmark
