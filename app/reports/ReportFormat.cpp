#include "ReportFormat.h"

#include <QLocale>
#include <QStringList>

namespace prepmark {

QString ReportFormat::percent(const std::optional<double> &share, int decimals)
{
    if (!share)
        return dash();
    //: A percentage; %1 is the number. In German and French put a space before %.
    return tr("%1%").arg(QLocale().toString(*share * 100.0, 'f', decimals));
}

QString ReportFormat::countOf(int count, int total)
{
    return tr("%1 of %2").arg(QLocale().toString(count), QLocale().toString(total));
}

QString ReportFormat::score(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString ReportFormat::score(const std::optional<double> &value)
{
    return value ? score(*value) : dash();
}

QString ReportFormat::thresholds(const QVector<double> &values)
{
    QStringList text;
    for (double value : values)
        text << score(value);
    return text.isEmpty() ? dash() : text.join(QLatin1Char('/'));
}

QString ReportFormat::date(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace prepmark
