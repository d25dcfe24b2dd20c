#include "ProgrammeReportCsv.h"

#include "CsvWriter.h"

namespace prepmark {

namespace {
QString share(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QString thresholds(const QVector<double> &values)
{
    QStringList text;
    for (double value : values)
        text << QString::number(value, 'f', 2);
    return text.join(QLatin1Char('/'));
}
} // namespace

QByteArray programmeReportCsv(const ProgrammeReport &report)
{
    CsvWriter csv(true);
    csv.addRecord({QStringLiteral("programme"), QStringLiteral("academic_year"), QStringLiteral("cohort"),
        QStringLiteral("module"), QStringLiteral("students_enrolled"), QStringLiteral("students_with_results"),
        QStringLiteral("submissions"), QStringLiteral("results"), QStringLiteral("adequate"),
        QStringLiteral("adequacy_rate"), QStringLiteral("masked_failures"), QStringLiteral("dimension_key"),
        QStringLiteral("dimension"), QStringLiteral("threshold"), QStringLiteral("at_threshold"),
        QStringLiteral("attainment"), QStringLiteral("blocking"), QStringLiteral("sole_blocker"),
        QStringLiteral("mean_score")});
    for (const CohortOutcome &cohort : report.cohorts) {
        const OutcomeFigures &f = cohort.figures;
        for (const ProgrammeDimension &dimension : report.dimensions) {
            if (!f.dimensions.contains(dimension.key))
                continue;
            const DimensionAttainment &d = f.dimensions[dimension.key];
            const std::optional<double> mean = d.meanScore();
            csv.addRecord({report.programme.code, cohort.cohort.academicYear, cohort.cohort.name,
                cohort.cohort.moduleCode, QString::number(f.enrolledStudents), QString::number(f.students.size()),
                QString::number(f.submissions), QString::number(f.results), QString::number(f.adequate),
                share(f.adequacyRate()), QString::number(f.masked), dimension.key, dimension.name,
                thresholds(d.thresholds), QString::number(d.atThreshold), share(d.attainment()),
                QString::number(d.blocking), QString::number(d.soleBlocker),
                mean ? QString::number(*mean, 'f', 2) : QString()});
        }
    }
    return csv.bytes();
}

} // namespace prepmark
