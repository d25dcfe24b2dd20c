#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace prepmark {

// How reports print numbers and dates: in the current locale (QLocale()), so a German
// report reads "68,2 %" and "12.03.2026", with the wording translated.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // A share 0..1 as a percentage with the given decimals; "–" when there is none.
    static QString percent(const std::optional<double> &share, int decimals = 0);
    // "15 of 22" style: count and total.
    static QString countOf(int count, int total);
    static QString score(double value); // 2 decimals
    static QString score(const std::optional<double> &value); // "–" when none
    static QString thresholds(const QVector<double> &values); // "3.00" or "2.50/3.00"
    static QString date(const QDateTime &utc); // long date, local time
    static QString dash() { return QStringLiteral("–"); }
};

} // namespace prepmark
