#pragma once

#include "AnalysisIssue.h"
#include "audio/measure/AnalysisThresholds.h"
#include "audio/measure/TrackAnalysis.h"

#include <QList>

namespace prepmark {

// The issues of one track, from its measurements and the thresholds: unreadable,
// silent, clipping, true_peak_over, dc_offset, leading_silence, noise, click,
// dual_mono, one_sided_silence, and polarity_inverted between the two sides of a
// stereo file. An unreadable track has that issue only; a silent track has no
// level issues. Pure function.
QList<AnalysisIssue> trackIssues(const TrackAnalysis &track, const AnalysisThresholds &thresholds);

// "1:02.345" (minutes:seconds.milliseconds), for messages.
QString formatTimestamp(double seconds);

} // namespace prepmark
