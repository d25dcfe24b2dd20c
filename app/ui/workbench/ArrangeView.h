#pragma once

#include "TrackIssueMap.h"

#include "audio/WaveformPeaks.h"

#include <QWidget>

#include <functional>

class QScrollArea;

namespace prepmark {

class IssueLegend;
class SessionDocument;
class TimelineRuler;
class WaveformLanes;

// The workbench's overview of the session: the ruler with the marker lane, a lane per
// track with its waveform and the analysis findings on it, and the legend of the
// findings. The same view, read-only, is the marker's session inspector.
class ArrangeView : public QWidget
{
    Q_OBJECT

public:
    explicit ArrangeView(SessionDocument *document, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    void setPeaks(const QString &trackId, const WaveformPeaks &peaks);
    // caption says what was analysed ("Delivered session", "Your prepared stems").
    void setIssues(const TrackIssueMap &issues, const QString &caption);
    void setSelectedRow(int row);
    void setPlayheadSeconds(double seconds);
    void setAudibility(std::function<bool(const QString &)> audible);

    TimelineRuler *ruler() const { return m_ruler; }
    WaveformLanes *lanes() const { return m_lanes; }
    IssueLegend *legend() const { return m_legend; }

signals:
    void rowClicked(int row);
    void seekRequested(double seconds);

private:
    TimelineRuler *m_ruler = nullptr;
    WaveformLanes *m_lanes = nullptr;
    QScrollArea *m_scroll = nullptr;
    IssueLegend *m_legend = nullptr;
};

} // namespace prepmark
