#pragma once

#include "audio/SessionAnalysis.h"
#include "session/Session.h"

#include <QColor>
#include <QString>

#include <QHash>
#include <QVector>
#include <cmath>
#include <limits>

namespace prepmark {

// What the waveform overview draws for one analysis finding on one track.
struct IssueMark
{
    enum class Kind { Clip, Silence, Click, Pair, Noise, File };

    Kind kind = Kind::File;
    IssueSeverity severity = IssueSeverity::Warning;
    // Where in the track's file, in seconds; NaN for a finding about the whole file,
    // drawn as a badge instead of a stretch.
    double startSeconds = std::numeric_limits<double>::quiet_NaN();
    double endSeconds = std::numeric_limits<double>::quiet_NaN();
    QString label; // a few words for the badge: "polarity vs Snare Top"
    QString message; // the analysis engine's sentence, for the tooltip and the issue list

    bool isPositioned() const { return std::isfinite(startSeconds) && std::isfinite(endSeconds); }
    static QString kindName(Kind kind); // "Clipping", "Silence", ... for the legend
    static QColor colour(Kind kind); // the same in the lanes and the legend
};

// The analysis of a session laid onto its tracks: every issue of a file goes to the
// track that plays it (by file name), a pair's issue to both tracks, and a clipping or
// click finding to every run or click the analysis stored, at its exact position.
class TrackIssueMap
{
public:
    static TrackIssueMap build(const SessionAnalysis &analysis, const Session &session);

    QVector<IssueMark> marksFor(const QString &trackId) const { return m_marks.value(trackId); }
    int count(IssueMark::Kind kind) const;
    int totalCount() const;
    bool isEmpty() const { return m_marks.isEmpty(); }
    // Findings that name no track of the session (a file that is not in it).
    const QVector<AnalysisIssue> &unplaced() const { return m_unplaced; }

private:
    QHash<QString, QVector<IssueMark>> m_marks;
    QVector<AnalysisIssue> m_unplaced;
};

} // namespace prepmark
