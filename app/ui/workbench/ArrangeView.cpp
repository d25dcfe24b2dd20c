#include "ArrangeView.h"

#include "IssueLegend.h"
#include "TimelineRuler.h"
#include "WaveformLanes.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace prepmark {

ArrangeView::ArrangeView(SessionDocument *document, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("arrangeView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_ruler = new TimelineRuler(document, WaveformLanes::kHeaderWidth, this);
    m_lanes = new WaveformLanes(document);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_lanes);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: #1f242b; }"));
    m_legend = new IssueLegend(this);
    // the ruler leaves room for the lanes' scroll bar so both share one time scale
    auto *rulerRow = new QHBoxLayout;
    rulerRow->setContentsMargins(0, 0, 0, 0);
    rulerRow->setSpacing(0);
    rulerRow->addWidget(m_ruler, 1);
    rulerRow->addSpacing(m_scroll->verticalScrollBar()->sizeHint().width());
    layout->addLayout(rulerRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_legend);

    connect(m_lanes, &WaveformLanes::rowClicked, this, &ArrangeView::rowClicked);
    connect(m_lanes, &WaveformLanes::seekRequested, this, &ArrangeView::seekRequested);
    connect(m_ruler, &TimelineRuler::seekRequested, this, &ArrangeView::seekRequested);
}

void ArrangeView::setReadOnly(bool readOnly)
{
    m_ruler->setReadOnly(readOnly);
}

void ArrangeView::setPeaks(const QString &trackId, const WaveformPeaks &peaks)
{
    m_lanes->setPeaks(trackId, peaks);
}

void ArrangeView::setIssues(const TrackIssueMap &issues, const QString &caption)
{
    m_lanes->setIssues(issues);
    m_legend->setIssues(issues, caption);
}

void ArrangeView::setSelectedRow(int row)
{
    m_lanes->setSelectedRow(row);
    if (row >= 0)
        m_scroll->ensureVisible(
            0, row * WaveformLanes::kLaneHeight + WaveformLanes::kLaneHeight / 2, 0, WaveformLanes::kLaneHeight);
}

void ArrangeView::setPlayheadSeconds(double seconds)
{
    m_lanes->setPlayheadSeconds(seconds);
    m_ruler->setPlayheadSeconds(seconds);
}

void ArrangeView::setAudibility(std::function<bool(const QString &)> audible)
{
    m_lanes->setAudibility(std::move(audible));
}

} // namespace prepmark
