#include "StandingChartsWidget.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace prepmark {

namespace {
QString methodText(StandingMethod method)
{
    switch (method) {
    case StandingMethod::MostRecent:
        return StandingChartsWidget::tr("most recent score");
    case StandingMethod::DecayingAverage:
        return StandingChartsWidget::tr("decaying average");
    case StandingMethod::Highest:
        return StandingChartsWidget::tr("highest score");
    case StandingMethod::Mean:
        return StandingChartsWidget::tr("mean score");
    case StandingMethod::TimesAtThreshold:
        return StandingChartsWidget::tr("times at threshold");
    }
    return {};
}
} // namespace

StandingChartsWidget::StandingChartsWidget(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
}

void StandingChartsWidget::setHistory(
    const Rubric &rubric, const QMap<QString, QVector<double>> &history, const StandingOptions &options)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts = 0;
    const int columns = rubric.dimensions.size() > 4 ? 3 : 2;
    for (const Dimension &dimension : rubric.dimensions) {
        const QVector<double> scores = history.value(dimension.key);
        auto *chart = new QChart;
        chart->setTitle(dimension.name);
        chart->legend()->hide();
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setBackgroundRoundness(0);

        auto *points = new QScatterSeries;
        points->setName(tr("Score"));
        points->setMarkerSize(7);
        points->setColor(QColor(0x60, 0x7d, 0x8b));
        auto *standing = new QLineSeries;
        standing->setName(tr("Standing"));
        QPen standingPen(QColor(0x15, 0x65, 0xc0));
        standingPen.setWidth(3);
        standing->setPen(standingPen);
        auto *threshold = new QLineSeries;
        threshold->setName(tr("Threshold"));
        QPen thresholdPen(QColor(0xa4, 0x00, 0x00));
        thresholdPen.setStyle(Qt::DashLine);
        thresholdPen.setWidth(2);
        threshold->setPen(thresholdPen);

        for (qsizetype i = 0; i < scores.size(); ++i) {
            points->append(double(i + 1), scores[i]);
            const Standing s = computeStanding(scores.mid(0, i + 1), dimension.threshold, options);
            if (s.value)
                standing->append(double(i + 1), *s.value);
        }
        const double last = std::max<double>(2.0, double(scores.size()));
        threshold->append(1.0, dimension.threshold);
        threshold->append(last, dimension.threshold);

        chart->addSeries(threshold);
        chart->addSeries(standing);
        chart->addSeries(points);
        auto *x = new QValueAxis;
        x->setRange(0.75, last + 0.25);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(1.0);
        x->setTickInterval(1.0);
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(tr("attempt"));
        auto *y = new QValueAxis;
        // A little room above and below the scale, so a score at the top or bottom level
        // is not drawn on the plot's edge; ticks stay on whole levels.
        y->setRange(rubric.scale.min - 0.25, rubric.scale.max + 0.25);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(rubric.scale.min);
        y->setTickInterval(1.0);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *series : chart->series()) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(220, 170);
        view->setToolTip(
            tr("%1: points are your scores, the solid line your standing (%2), the dashed line the threshold %3.")
                .arg(dimension.name, methodText(options.method), QLocale().toString(dimension.threshold, 'f', 2)));
        m_grid->addWidget(view, m_charts / columns, m_charts % columns);
        ++m_charts;
    }
}

} // namespace prepmark
