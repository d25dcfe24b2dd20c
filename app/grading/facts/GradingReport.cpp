#include "GradingReport.h"

namespace prepmark {

const CriterionGrade *GradingReport::criterion(const QString &criterionKey) const
{
    for (const CriterionGrade &grade : criteria) {
        if (grade.key == criterionKey)
            return &grade;
    }
    return nullptr;
}

QVector<CriterionGrade> GradingReport::criteriaOf(const QString &dimensionKey) const
{
    QVector<CriterionGrade> result;
    for (const CriterionGrade &grade : criteria) {
        if (grade.dimension == dimensionKey)
            result << grade;
    }
    return result;
}

} // namespace prepmark
