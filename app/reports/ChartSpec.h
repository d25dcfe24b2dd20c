#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

class QPainter;

namespace prepmark {

struct ChartSeries
{
    QString name;
    QVector<double> values; // one per category
    QColor colour;
    Qt::BrushStyle pattern = Qt::SolidPattern; // a pattern, so the chart reads without colour
};

// A chart as data: what a report wants drawn, independent of the library that draws it.
struct ChartSpec
{
    enum class Kind {
        Bars, // vertical bars, series side by side per category
        StackedBars, // vertical bars, series stacked per category
        HorizontalBars, // horizontal bars, series side by side; first category on top
        Lines, // one line with points per series over the categories
    };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QVector<ChartSeries> series;
    double minimum = 0.0;
    double maximum = 100.0;
    QString valueAxisTitle;
    QString labelFormat = QStringLiteral("%.0f"); // printf format of value-axis labels
    bool valueLabels = false; // print each bar's value at its end
};

// Draws a ChartSpec into a rectangle of a painter (a PDF page or a preview image).
// Report layout lives in app/reports and links no widgets; the implementation that
// uses Qt Charts (a QGraphicsWidget, hence QtWidgets) lives in the separate
// prepmark_reportcharts library (app/reports/charts/).
class ChartPainter
{
public:
    virtual ~ChartPainter() = default;
    // rect is in the painter's logical units (points on a report page).
    virtual void paint(QPainter &painter, const QRectF &rect, const ChartSpec &chart) const = 0;
};

} // namespace prepmark
