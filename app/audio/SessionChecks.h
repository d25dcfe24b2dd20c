#pragma once

#include "AnalysisIssue.h"
#include "PairAnalysis.h"
#include "audio/measure/AnalysisThresholds.h"
#include "audio/measure/TrackAnalysis.h"

#include <QList>

namespace prepmark {

// Findings about the files of a session taken together, from the readable tracks:
//  - sample_rate_mismatch (error): the files at other rates than the most common;
//  - low_bit_depth (warning): PCM below minBitDepth, and lossy files;
//  - bit_depth_mismatch (warning): the files at other depths than the most common;
//  - length_mismatch (warning): files not consolidated to the most common length;
//  - start_mismatch (warning): Broadcast WAV start times that differ.
// Pure function.
QList<AnalysisIssue> sessionIssues(const QList<TrackAnalysis> &tracks, const AnalysisThresholds &thresholds);

// polarity_inverted (error) and time_offset (warning) of a measured pair.
QList<AnalysisIssue> pairIssues(const PairAnalysis &pair);

} // namespace prepmark
