#include "DimensionBarsWidget.h"

#include <QLocale>
#include <QPainter>

namespace prepmark {

DimensionBarsWidget::DimensionBarsWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DimensionBarsWidget::setVerdict(const Verdict &verdict, double scaleMin, double scaleMax)
{
    setOutcomes(verdict.dimensions, scaleMin, scaleMax);
}

void DimensionBarsWidget::setOutcomes(const QVector<DimensionOutcome> &outcomes, double scaleMin, double scaleMax)
{
    m_outcomes = outcomes;
    m_scaleMin = scaleMin;
    m_scaleMax = scaleMax;
    updateGeometry();
    update();
}

void DimensionBarsWidget::clear()
{
    m_outcomes.reset();
    update();
}

QSize DimensionBarsWidget::sizeHint() const
{
    const int rows = m_outcomes ? int(m_outcomes->size()) : 5;
    return {520, 24 + rows * 34};
}

QSize DimensionBarsWidget::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void DimensionBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (!m_outcomes) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No scores yet"));
        return;
    }
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const DimensionOutcome &d : *m_outcomes)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(d.name));
    labelWidth += 12;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("5.00  ▼ blocks")) + 8;
    const int barLeft = labelWidth;
    const int barWidth = std::max(40, width() - barLeft - valueWidth);
    const double span = m_scaleMax - m_scaleMin;
    auto xFor = [&](double value) { return barLeft + int((value - m_scaleMin) / span * barWidth); };

    int y = 4;
    for (const DimensionOutcome &d : *m_outcomes) {
        const QRect row(0, y, width(), 30);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth - 8, 30), Qt::AlignRight | Qt::AlignVCenter, d.name);

        const QRect track(barLeft, y + 6, barWidth, 18);
        painter.fillRect(track, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(track);
        const QRect bar(barLeft, y + 6, std::max(2, xFor(d.score) - barLeft), 18);
        const QColor fill = d.meetsThreshold ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        painter.fillRect(bar, fill);
        if (!d.meetsThreshold)
            painter.fillRect(bar, QBrush(QColor(255, 255, 255, 110), Qt::BDiagPattern));

        const int tx = xFor(d.threshold);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2, Qt::DashLine));
        painter.drawLine(tx, y + 2, tx, y + 28);

        painter.setPen(pal.color(QPalette::WindowText));
        const QString value = d.meetsThreshold
            ? QLocale().toString(d.score, 'f', 2)
            : QLocale().toString(d.score, 'f', 2) + QStringLiteral("  ▼ ") + tr("blocks");
        painter.drawText(QRect(barLeft + barWidth + 8, y, valueWidth, 30), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += row.height() + 4;
    }
}

} // namespace prepmark
