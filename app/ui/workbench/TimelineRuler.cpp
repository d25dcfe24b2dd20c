#include "TimelineRuler.h"

#include "SessionDocument.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace prepmark {

namespace {
const QColor kRulerBackground(0x2b, 0x31, 0x3a);
const QColor kMarkerLane(0x33, 0x3a, 0x44);
const QColor kMarkerColour(0xff, 0xb7, 0x4d);

int beatsPerBar(const QString &meter)
{
    const int beats = meter.section(QLatin1Char('/'), 0, 0).toInt();
    return beats > 0 ? beats : 4;
}

int beatUnit(const QString &meter)
{
    const int unit = meter.section(QLatin1Char('/'), 1, 1).toInt();
    return unit > 0 ? unit : 4;
}
} // namespace

TimelineRuler::TimelineRuler(SessionDocument *document, int headerWidth, QWidget *parent)
    : QWidget(parent), m_document(document), m_headerWidth(headerWidth)
{
    setObjectName(QStringLiteral("timelineRuler"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(kRulerHeight + kMarkerLaneHeight);
    setMouseTracking(true);
    connect(document, &SessionDocument::markersChanged, this, qOverload<>(&QWidget::update));
}

QSize TimelineRuler::sizeHint() const
{
    return QSize(900, kRulerHeight + kMarkerLaneHeight);
}

TimelineScale TimelineRuler::scale() const
{
    const Session &session = m_document->session();
    TimelineScale scale;
    scale.left = m_headerWidth;
    scale.width = std::max(1, width() - m_headerWidth - 8);
    scale.seconds = std::max(0.001, double(session.lengthSamples) / session.sampleRate);
    return scale;
}

void TimelineRuler::setPlayheadSeconds(double seconds)
{
    m_playhead = seconds;
    update();
}

qint64 TimelineRuler::samplesAt(double x) const
{
    return std::llround(scale().secondsAt(x) * m_document->session().sampleRate);
}

QRect TimelineRuler::flagRect(int index) const
{
    const Session &session = m_document->session();
    const SessionMarker &marker = session.markers[index];
    const int x = index == m_dragging ? m_dragX : int(scale().x(double(marker.positionSamples) / session.sampleRate));
    const int w = fontMetrics().horizontalAdvance(marker.name) + 12;
    return QRect(x, kRulerHeight + 3, w, kMarkerLaneHeight - 6);
}

int TimelineRuler::markerAt(const QPoint &position) const
{
    for (int i = int(m_document->session().markers.size()) - 1; i >= 0; --i) {
        if (flagRect(i).adjusted(-3, 0, 0, 0).contains(position))
            return i;
    }
    return -1;
}

void TimelineRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Session &session = m_document->session();
    const TimelineScale timeline = scale();
    painter.fillRect(rect(), kRulerBackground);
    painter.fillRect(QRect(0, kRulerHeight, width(), kMarkerLaneHeight), kMarkerLane);
    painter.fillRect(QRect(0, 0, m_headerWidth, height()), QColor(0xe9, 0xec, 0xef));
    painter.setPen(QColor(0x3c, 0x45, 0x4f));
    painter.drawText(QRect(10, 0, m_headerWidth - 12, kRulerHeight), Qt::AlignVCenter | Qt::AlignLeft,
        tr("%1 bpm · %2").arg(session.tempo, 0, 'f', 0).arg(session.meter));
    painter.drawText(QRect(10, kRulerHeight, m_headerWidth - 12, kMarkerLaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
        m_readOnly ? tr("Markers") : tr("Markers (double-click to add)"));

    // Bars: label every n-th so labels never collide.
    const double barSeconds = beatsPerBar(session.meter) * (4.0 / beatUnit(session.meter)) * 60.0 / session.tempo;
    const double pixelsPerBar = barSeconds / timeline.secondsPerPixel();
    int every = 1;
    while (pixelsPerBar * every < 38)
        every *= 2;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (int bar = 0; bar * barSeconds < timeline.seconds; ++bar) {
        const int x = int(timeline.x(bar * barSeconds));
        const bool labelled = bar % every == 0;
        painter.setPen(QColor(255, 255, 255, labelled ? 120 : 45));
        painter.drawLine(x, labelled ? 8 : 15, x, kRulerHeight);
        if (labelled) {
            painter.setPen(QColor(0xe0, 0xe4, 0xe8));
            painter.drawText(x + 3, 12, QString::number(bar + 1));
        }
    }
    painter.setPen(QColor(255, 255, 255, 60));
    painter.drawLine(m_headerWidth, kRulerHeight, width(), kRulerHeight);

    painter.setFont(font());
    for (int i = 0; i < session.markers.size(); ++i) {
        const QRect flag = flagRect(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(i == m_dragging ? kMarkerColour.lighter(120) : kMarkerColour);
        painter.drawRoundedRect(flag, 3, 3);
        painter.fillRect(QRect(flag.left(), kRulerHeight, 2, kMarkerLaneHeight), kMarkerColour);
        painter.setPen(QColor(0x2b, 0x1d, 0x0e));
        painter.drawText(flag.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, session.markers[i].name);
    }
    if (m_playhead >= 0.0) {
        const int x = int(timeline.x(m_playhead));
        painter.setPen(QPen(QColor(0xff, 0xd5, 0x4f), 2));
        painter.drawLine(x, 0, x, height());
    }
}

void TimelineRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint at = event->position().toPoint();
    const int marker = markerAt(at);
    if (marker >= 0 && !m_readOnly) {
        m_dragging = marker;
        m_dragX = flagRect(marker).left();
        return;
    }
    if (at.x() >= m_headerWidth)
        emit seekRequested(scale().secondsAt(at.x()));
}

void TimelineRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0) {
        setCursor(markerAt(event->position().toPoint()) >= 0 && !m_readOnly ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    const TimelineScale timeline = scale();
    m_dragX = int(std::clamp<double>(event->position().x(), timeline.left, timeline.left + timeline.width));
    update();
}

void TimelineRuler::mouseReleaseEvent(QMouseEvent *)
{
    if (m_dragging < 0)
        return;
    const int index = m_dragging;
    m_dragging = -1;
    m_document->moveMarker(index, samplesAt(m_dragX));
    update();
}

void TimelineRuler::renameMarkerInteractively(int index)
{
    if (index < 0 || index >= m_document->session().markers.size())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename marker"), tr("Section name:"), QLineEdit::Normal,
        m_document->session().markers[index].name, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_document->renameMarker(index, name.trimmed());
}

void TimelineRuler::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_readOnly)
        return;
    const QPoint at = event->position().toPoint();
    const int marker = markerAt(at);
    if (marker >= 0) {
        renameMarkerInteractively(marker);
        return;
    }
    if (at.y() >= kRulerHeight && at.x() >= m_headerWidth)
        m_document->addMarker(tr("Section %1").arg(m_document->session().markers.size() + 1), samplesAt(at.x()));
}

void TimelineRuler::contextMenuEvent(QContextMenuEvent *event)
{
    const int marker = markerAt(event->pos());
    if (marker < 0 || m_readOnly)
        return;
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("&Rename…"));
    QAction *remove = menu.addAction(tr("Re&move"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == rename)
        renameMarkerInteractively(marker);
    else if (chosen == remove)
        m_document->removeMarker(marker);
}

} // namespace prepmark
