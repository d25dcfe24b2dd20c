#include "BlockingChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace prepmark {

BlockingChartView::BlockingChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("blockingChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(330);
    // QChartView(QWidget *) has already made a chart, and setChart() would only give that
    // one back (leaked): the view's own chart is the one set up here.
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void BlockingChartView::setReport(const CohortReport &report)
{
    QChart *chart = this->chart();
    // removeAllSeries() deletes the series (and their bar sets); removeAxis() only gives
    // the axis back, so it is deleted here: the chart is rebuilt for every cohort shown.
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Students each dimension blocks (of %1 with agreed results)").arg(report.students.size()));

    m_blocked = new QBarSet(tr("Blocks adequacy"));
    m_alone = new QBarSet(tr("Blocks it alone"));
    m_blocked->setBrush(QColor(0xc6, 0x28, 0x28));
    m_blocked->setBorderColor(QColor(0x8e, 0x00, 0x00));
    m_alone->setBrush(QBrush(QColor(0x6d, 0x1b, 0x1b), Qt::BDiagPattern));
    m_alone->setBorderColor(QColor(0x6d, 0x1b, 0x1b));
    m_blocked->setLabelColor(Qt::black);
    m_alone->setLabelColor(Qt::black);
    QStringList categories;
    int most = 1;
    // Horizontal bars run bottom to top: reversed, the first dimension is on top.
    for (auto it = report.rubric.dimensions.crbegin(); it != report.rubric.dimensions.crend(); ++it) {
        categories << it->name;
        *m_blocked << report.blockingCounts.value(it->key);
        *m_alone << report.soleBlockerCounts.value(it->key);
        most = std::max(most, report.blockingCounts.value(it->key));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(m_alone);
    series->append(m_blocked);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *dimensions = new QBarCategoryAxis;
    dimensions->append(categories);
    chart->addAxis(dimensions, Qt::AlignLeft);
    series->attachAxis(dimensions);
    auto *counts = new QValueAxis;
    counts->setRange(0, most + 1);
    if (most + 1 <= 10)
        counts->setTickCount(most + 2); // one tick per student: whole-number labels
    else
        counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("students"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

} // namespace prepmark
