#include "WaveformLanes.h"

#include "SessionDocument.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>
#include <tuple>

namespace prepmark {

namespace {
const QColor kBackground(0x1f, 0x24, 0x2b);
const QColor kLaneAlternate(0x25, 0x2b, 0x33);
const QColor kHeaderBackground(0xf4, 0xf6, 0xf8);
const QColor kNeutralTrack(0x9e, 0xa7, 0xb3);

QColor trackColour(const SessionTrack &track)
{
    const QColor colour(track.colour);
    return colour.isValid() && !track.colour.isEmpty() ? colour : kNeutralTrack;
}

// The gain the prepared session applies at a file frame: clip gain, polarity, fades
// and cuts.
double gainAt(const SessionTrack &track, qint64 frame, qint64 fileFrames, double clipGain)
{
    double gain = clipGain;
    if (track.fadeInSamples > 0 && frame < track.fadeInSamples)
        gain *= double(frame) / double(track.fadeInSamples);
    if (track.fadeOutSamples > 0 && fileFrames - frame < track.fadeOutSamples)
        gain *= std::max(0.0, double(fileFrames - frame) / double(track.fadeOutSamples));
    for (const SampleRange &cut : track.cuts) {
        if (frame >= cut.start && frame < cut.end)
            return 0.0;
    }
    return gain;
}
} // namespace

WaveformLanes::WaveformLanes(SessionDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("waveformLanes"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto relayout = [this] {
        updateGeometry();
        setMinimumHeight(sizeHint().height());
        update();
    };
    connect(document, &SessionDocument::changed, this, relayout);
    relayout();
}

void WaveformLanes::setPeaks(const QString &trackId, const WaveformPeaks &peaks)
{
    m_peaks.insert(trackId, peaks);
    update();
}

void WaveformLanes::clearPeaks()
{
    m_peaks.clear();
    update();
}

void WaveformLanes::setIssues(const TrackIssueMap &issues)
{
    m_issues = issues;
    update();
}

void WaveformLanes::setSelectedRow(int row)
{
    m_selectedRow = row;
    update();
}

void WaveformLanes::setPlayheadSeconds(double seconds)
{
    m_playhead = seconds;
    update();
}

void WaveformLanes::setAudibility(std::function<bool(const QString &)> audible)
{
    m_audible = std::move(audible);
    update();
}

TimelineScale WaveformLanes::scale() const
{
    const Session &session = m_document->session();
    TimelineScale scale;
    scale.left = kHeaderWidth;
    scale.width = std::max(1, width() - kHeaderWidth - 8);
    scale.seconds = std::max(0.001, double(session.lengthSamples) / session.sampleRate);
    return scale;
}

QSize WaveformLanes::sizeHint() const
{
    return QSize(900, std::max(1, m_document->trackCount()) * kLaneHeight);
}

QSize WaveformLanes::minimumSizeHint() const
{
    return QSize(kHeaderWidth + 200, kLaneHeight);
}

void WaveformLanes::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    for (int row = 0; row < m_document->trackCount(); ++row)
        paintLane(painter, row, QRect(0, row * kLaneHeight, width(), kLaneHeight));
    const TimelineScale timeline = scale();
    const Session &session = m_document->session();
    painter.setPen(QPen(QColor(255, 255, 255, 90), 1, Qt::DashLine));
    for (const SessionMarker &marker : session.markers) {
        const int x = int(timeline.x(double(marker.positionSamples) / session.sampleRate));
        painter.drawLine(x, 0, x, height());
    }
    if (m_playhead >= 0.0) {
        const int x = int(timeline.x(m_playhead));
        painter.setPen(QPen(QColor(0xff, 0xd5, 0x4f), 2));
        painter.drawLine(x, 0, x, height());
    }
}

void WaveformLanes::paintLane(QPainter &painter, int row, const QRect &lane) const
{
    const QRect header(lane.left(), lane.top(), kHeaderWidth, lane.height());
    const QRect area(kHeaderWidth, lane.top() + 1, lane.width() - kHeaderWidth, lane.height() - 2);
    painter.fillRect(area, row % 2 ? kLaneAlternate : kBackground);
    const SessionTrack &track = m_document->track(row);
    QColor tint = trackColour(track);
    tint.setAlpha(track.colour.isEmpty() ? 10 : 28);
    painter.fillRect(area, tint);
    if (track.removed)
        painter.fillRect(area, QBrush(QColor(255, 255, 255, 18), Qt::BDiagPattern));
    paintWaveform(painter, row, area);
    paintIssues(painter, row, area);
    paintHeader(painter, row, header);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.drawLine(lane.left(), lane.bottom(), lane.right(), lane.bottom());
    if (row == m_selectedRow) {
        painter.setPen(QPen(QColor(0x4f, 0xc3, 0xf7), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(lane.adjusted(1, 1, -1, -1));
    }
}

void WaveformLanes::paintHeader(QPainter &painter, int row, const QRect &header) const
{
    const SessionTrack &track = m_document->track(row);
    const bool audible = !m_audible || m_audible(track.id);
    painter.fillRect(header, row == m_selectedRow ? QColor(0xe3, 0xf2, 0xfd) : kHeaderBackground);
    painter.fillRect(QRect(header.left(), header.top(), 6, header.height()), trackColour(track));
    painter.setPen(QColor(0xc8, 0xcd, 0xd3));
    painter.drawLine(header.topRight(), header.bottomRight());

    QFont name = font();
    name.setBold(true);
    name.setStrikeOut(track.removed);
    painter.setFont(name);
    painter.setPen(track.removed || !audible ? QColor(0x90, 0x96, 0x9c) : QColor(0x1d, 0x23, 0x29));
    const QRect text = header.adjusted(12, 5, -6, 0);
    painter.drawText(
        text, Qt::AlignLeft | Qt::AlignTop, painter.fontMetrics().elidedText(track.name, Qt::ElideRight, text.width()));

    QStringList flags;
    if (track.removed)
        flags << tr("removed");
    if (track.polarityInverted)
        flags << tr("Ø");
    if (track.gainDb != 0.0)
        flags << QString::asprintf("%+.1f dB", track.gainDb);
    if (track.offsetSamples != 0)
        flags << tr("%1 ms").arg(double(track.offsetSamples) * 1000.0 / m_document->session().sampleRate, 0, 'f', 2);
    if (track.keep)
        flags << tr("keep");
    if (!track.group.isEmpty())
        flags << QStringLiteral("▸ ") + track.group;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x5f, 0x69));
    painter.drawText(header.adjusted(12, 23, -6, 0), Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(flags.join(QStringLiteral(" · ")), Qt::ElideRight, header.width() - 18));

    // whole-file findings as small badges
    int x = header.left() + 12;
    const int y = header.bottom() - 17;
    for (const IssueMark &mark : m_issues.marksFor(track.id)) {
        if (mark.isPositioned())
            continue;
        const int w = painter.fontMetrics().horizontalAdvance(mark.label) + 8;
        if (x + w > header.right() - 4)
            break;
        const QRect badge(x, y, w, 14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(IssueMark::colour(mark.kind == IssueMark::Kind::File && mark.severity == IssueSeverity::Error
                ? IssueMark::Kind::Clip
                : mark.kind));
        painter.drawRoundedRect(badge, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, mark.label);
        x += w + 4;
    }
    painter.setBrush(Qt::NoBrush);
}

void WaveformLanes::paintWaveform(QPainter &painter, int row, const QRect &area) const
{
    const SessionTrack &track = m_document->track(row);
    const Session &session = m_document->session();
    const auto found = m_peaks.constFind(track.id);
    const int mid = area.center().y();
    painter.setPen(QColor(255, 255, 255, 30));
    painter.drawLine(area.left(), mid, area.right(), mid);
    if (found == m_peaks.constEnd()) {
        painter.setPen(QColor(255, 255, 255, 110));
        painter.drawText(area.adjusted(10, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("waveform not loaded"));
        return;
    }
    const WaveformPeaks &peaks = *found;
    if (peaks.sampleRate <= 0 || peaks.frames == 0)
        return;
    const TimelineScale timeline = scale();
    const double half = area.height() / 2.0 - 2.0;
    const double clipGain = std::pow(10.0, track.gainDb / 20.0);
    const bool audible = !m_audible || m_audible(track.id);
    QColor wave = trackColour(track).lighter(track.colour.isEmpty() ? 150 : 125);
    if (track.removed || !audible)
        wave = QColor(0x6b, 0x73, 0x7c);
    const QColor over(0xff, 0x52, 0x52);
    const double offsetSeconds = double(track.offsetSamples) / session.sampleRate;
    // Files at another rate than the session still play for their own duration.
    const double fileRate = peaks.sampleRate;
    const double startX = std::max<double>(area.left(), timeline.x(offsetSeconds));
    const double endX = std::min<double>(area.right(), timeline.x(offsetSeconds + peaks.durationSeconds()));
    for (int x = int(startX); x < int(endX); ++x) {
        const double t0 = timeline.secondsAt(x) - offsetSeconds;
        const double t1 = timeline.secondsAt(x + 1) - offsetSeconds;
        const qint64 f0 = qint64(t0 * fileRate);
        const qint64 f1 = std::max(f0 + 1, qint64(t1 * fileRate));
        auto [low, high] = peaks.range(f0, f1);
        const qint64 sessionFrame = qint64(t0 * session.sampleRate);
        const double gain = gainAt(track, sessionFrame, qint64(peaks.durationSeconds() * session.sampleRate), clipGain);
        double a = low * gain;
        double b = high * gain;
        if (track.polarityInverted)
            std::tie(a, b) = std::make_pair(-b, -a);
        const bool clipped = a < -1.0 || b > 1.0;
        a = std::clamp(a, -1.0, 1.0);
        b = std::clamp(b, -1.0, 1.0);
        painter.setPen(clipped ? over : wave);
        painter.drawLine(QPointF(x + 0.5, mid - b * half), QPointF(x + 0.5, mid - a * half + 0.01));
    }
}

void WaveformLanes::paintIssues(QPainter &painter, int row, const QRect &area) const
{
    const SessionTrack &track = m_document->track(row);
    const Session &session = m_document->session();
    const TimelineScale timeline = scale();
    const double offsetSeconds = double(track.offsetSamples) / session.sampleRate;
    painter.save();
    painter.setClipRect(area);
    for (const IssueMark &mark : m_issues.marksFor(track.id)) {
        if (!mark.isPositioned())
            continue;
        const QColor colour = IssueMark::colour(mark.kind);
        const double x0 = timeline.x(mark.startSeconds + offsetSeconds);
        const double x1 = std::max(x0 + 2.0, timeline.x(mark.endSeconds + offsetSeconds));
        QColor fill = colour;
        switch (mark.kind) {
        case IssueMark::Kind::Click: {
            painter.setPen(QPen(colour, 2));
            painter.drawLine(QPointF(x0, area.top()), QPointF(x0, area.bottom()));
            QPainterPath flag;
            flag.moveTo(x0 - 5, area.top());
            flag.lineTo(x0 + 5, area.top());
            flag.lineTo(x0, area.top() + 7);
            painter.fillPath(flag, colour);
            break;
        }
        case IssueMark::Kind::Silence:
            fill.setAlpha(70);
            painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), QBrush(fill, Qt::Dense5Pattern));
            break;
        case IssueMark::Kind::Pair:
        case IssueMark::Kind::Noise: {
            fill.setAlpha(50);
            painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
            painter.fillRect(QRectF(x0, area.bottom() - 5, x1 - x0, 5), colour);
            QFont small = font();
            small.setPointSizeF(font().pointSizeF() * 0.8);
            painter.setFont(small);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(x0 + 4, area.top() + 2, std::max(60.0, x1 - x0), 14), Qt::AlignLeft, mark.label);
            break;
        }
        default:
            fill.setAlpha(80);
            painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
            painter.fillRect(QRectF(x0, area.top(), x1 - x0, 4), colour);
            break;
        }
    }
    painter.restore();
}

QString WaveformLanes::issueAt(const QPoint &position) const
{
    const int row = position.y() / kLaneHeight;
    if (row < 0 || row >= m_document->trackCount())
        return QString();
    const SessionTrack &track = m_document->track(row);
    const QVector<IssueMark> marks = m_issues.marksFor(track.id);
    QStringList lines;
    if (position.x() < kHeaderWidth) {
        for (const IssueMark &mark : marks) {
            if (!mark.isPositioned())
                lines << mark.message;
        }
    } else {
        const TimelineScale timeline = scale();
        const double at
            = timeline.secondsAt(position.x()) - double(track.offsetSamples) / m_document->session().sampleRate;
        const double slack = 3.0 * timeline.secondsPerPixel();
        for (const IssueMark &mark : marks) {
            if (mark.isPositioned() && at >= mark.startSeconds - slack && at <= mark.endSeconds + slack)
                lines << mark.message;
        }
    }
    lines.removeDuplicates();
    return lines.isEmpty() ? QString() : track.name + QStringLiteral(": ") + lines.join(QStringLiteral("\n"));
}

bool WaveformLanes::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = issueAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void WaveformLanes::mousePressEvent(QMouseEvent *event)
{
    const int row = int(event->position().y()) / kLaneHeight;
    if (row >= 0 && row < m_document->trackCount())
        emit rowClicked(row);
    if (event->position().x() >= kHeaderWidth)
        emit seekRequested(scale().secondsAt(event->position().x()));
}

} // namespace prepmark
