#pragma once

#include "TimelineScale.h"
#include "TrackIssueMap.h"

#include "audio/WaveformPeaks.h"

#include <QHash>
#include <QWidget>

#include <functional>

namespace prepmark {

class SessionDocument;

// One lane per track of the session, in session order: a header with the track's
// colour, name and preparation flags, and the waveform overview of its file drawn as
// the prepared session will play it (clip gain, polarity, offset, fades, cuts), with
// the analysis findings on it: clipped runs, silence, clicks, noise stretches, pair
// warnings on both tracks of a pair, and badges for findings about the whole file.
// Section markers and the playhead run through every lane. Hovering a finding shows
// the analysis engine's sentence.
class WaveformLanes : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kHeaderWidth = 190;
    static constexpr int kLaneHeight = 58;

    explicit WaveformLanes(SessionDocument *document, QWidget *parent = nullptr);

    void setPeaks(const QString &trackId, const WaveformPeaks &peaks);
    void clearPeaks();
    bool hasPeaks(const QString &trackId) const { return m_peaks.contains(trackId); }
    void setIssues(const TrackIssueMap &issues);
    void setSelectedRow(int row);
    void setPlayheadSeconds(double seconds);
    // Whether a track is heard in playback (muted and unsoloed lanes are dimmed).
    void setAudibility(std::function<bool(const QString &)> audible);

    TimelineScale scale() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rowClicked(int row);
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void paintLane(QPainter &painter, int row, const QRect &lane) const;
    void paintHeader(QPainter &painter, int row, const QRect &header) const;
    void paintWaveform(QPainter &painter, int row, const QRect &area) const;
    void paintIssues(QPainter &painter, int row, const QRect &area) const;
    QString issueAt(const QPoint &position) const;

    SessionDocument *m_document;
    QHash<QString, WaveformPeaks> m_peaks;
    TrackIssueMap m_issues;
    int m_selectedRow = -1;
    double m_playhead = -1.0;
    std::function<bool(const QString &)> m_audible;
};

} // namespace prepmark
