#include "GradingReportJson.h"

#include "core/VerdictJson.h"

#include <QJsonArray>

namespace prepmark {

QJsonObject gradingReportToJson(const GradingReport &report)
{
    QJsonObject json = verdictToJson(report.verdict);
    QJsonArray criteria;
    for (const CriterionGrade &grade : report.criteria) {
        criteria.append(QJsonObject {
            {QStringLiteral("key"), grade.key},
            {QStringLiteral("dimension"), grade.dimension},
            {QStringLiteral("level"), grade.level ? QJsonValue(*grade.level) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(grade.evidence)},
        });
    }
    json.insert(QStringLiteral("criteria"), criteria);
    json.insert(QStringLiteral("lecturerOnlyDimensions"), QJsonArray::fromStringList(report.lecturerOnlyDimensions));
    json.insert(QStringLiteral("complete"), report.complete());
    json.insert(QStringLiteral("rubric"), report.rubric);
    json.insert(QStringLiteral("exercise"), report.exercise);
    return json;
}

} // namespace prepmark
