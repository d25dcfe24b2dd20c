#include "QtChartsPainter.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace prepmark {

namespace {

QFont chartFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QAbstractSeries *barSeries(const ChartSpec &spec)
{
    QAbstractBarSeries *series = nullptr;
    switch (spec.kind) {
    case ChartSpec::Kind::StackedBars:
        series = new QStackedBarSeries;
        break;
    case ChartSpec::Kind::HorizontalBars:
        series = new QHorizontalBarSeries;
        break;
    default:
        series = new QBarSeries;
        break;
    }
    const bool reversed = spec.kind == ChartSpec::Kind::HorizontalBars;
    for (const ChartSeries &s : spec.series) {
        auto *set = new QBarSet(s.name);
        const int n = int(s.values.size());
        for (int i = 0; i < n; ++i)
            *set << s.values[reversed ? n - 1 - i : i];
        set->setBrush(QBrush(s.colour, s.pattern));
        set->setBorderColor(s.colour.darker(130));
        set->setLabelColor(Qt::black);
        set->setLabelFont(chartFont(6));
        series->append(set);
    }
    if (spec.valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(spec.kind == ChartSpec::Kind::StackedBars ? QAbstractBarSeries::LabelsCenter
                                                                            : QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(3);
    }
    series->setBarWidth(spec.series.size() > 1 && spec.kind != ChartSpec::Kind::StackedBars ? 0.8 : 0.55);
    return series;
}

QList<QAbstractSeries *> lineSeries(const ChartSpec &spec)
{
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    QList<QAbstractSeries *> all;
    for (int k = 0; k < spec.series.size(); ++k) {
        const ChartSeries &s = spec.series[k];
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (int i = 0; i < s.values.size(); ++i)
            line->append(i, s.values[i]);
        QPen pen(s.colour, k == 0 ? 2.4 : 1.6, styles[k % int(std::size(styles))]);
        line->setPen(pen);
        line->setBrush(s.colour); // the points and the legend marker
        line->setPointsVisible(true);
        line->setMarkerSize(k == 0 ? 4.5 : 3.5);
        all << line;
    }
    return all;
}

} // namespace

void QtChartsPainter::paint(QPainter &painter, const QRectF &rect, const ChartSpec &spec) const
{
    // A programmer error (QtChartsPainter.h): without a QApplication a QGraphicsScene
    // crashes. Say so on the page rather than crash in a release build.
    Q_ASSERT(qobject_cast<QApplication *>(QCoreApplication::instance()));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        painter.save();
        painter.setPen(Qt::red);
        painter.drawRect(rect);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
            QStringLiteral("%1: not drawn (charts need a QApplication)").arg(spec.title));
        painter.restore();
        return;
    }
    QGraphicsScene scene;
    auto *chart = new QChart; // owned by the scene
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitle(spec.title);
    chart->setTitleFont(chartFont(9, true));
    chart->legend()->setFont(chartFont(7));
    // Lines carry one series per dimension: listed on the right, names whole.
    chart->legend()->setAlignment(spec.kind == ChartSpec::Kind::Lines ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setVisible(spec.series.size() > 1 || spec.kind == ChartSpec::Kind::Lines);

    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBars;
    QStringList categories = spec.categories;
    if (!horizontal) {
        // Under vertical bars a long name gets the room of its bar group only: words on
        // lines of their own rather than an elided name.
        for (QString &category : categories) {
            if (category.size() > 14)
                category.replace(QLatin1Char(' '), QStringLiteral("<br>"));
        }
    }
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont(7));
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(spec.minimum, spec.maximum);
    valueAxis->setLabelFormat(spec.labelFormat);
    valueAxis->setLabelsFont(chartFont(7));
    valueAxis->setTitleText(spec.valueAxisTitle);
    valueAxis->setTitleFont(chartFont(7));
    if (spec.maximum - spec.minimum <= 10.0 && spec.labelFormat == QLatin1String("%d"))
        valueAxis->setTickCount(int(spec.maximum - spec.minimum) + 1);
    else
        valueAxis->setTickCount(6);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    const QList<QAbstractSeries *> series
        = spec.kind == ChartSpec::Kind::Lines ? lineSeries(spec) : QList<QAbstractSeries *> {barSeries(spec)};
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(categoryAxis);
        s->attachAxis(valueAxis);
    }
    chart->resize(rect.size());
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    // Qt Charts' items draw with the brush they find: start from a clean state, or a
    // line series is filled with the brush of whatever the page drew before it.
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::NoBrush);
    scene.render(&painter, rect, scene.sceneRect());
    painter.restore();
}

} // namespace prepmark
