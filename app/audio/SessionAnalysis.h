#pragma once

#include "AnalysisIssue.h"
#include "PairAnalysis.h"
#include "audio/measure/TrackAnalysis.h"

#include <QList>

#include <algorithm>

namespace prepmark {

// Everything the analysis of a session found: one TrackAnalysis per input file (in
// input order, unreadable ones included), the related pairs compared, and every
// issue: per track in track order, then per pair, then about the session.
struct SessionAnalysis
{
    QList<TrackAnalysis> tracks;
    QList<PairAnalysis> pairs;
    QList<AnalysisIssue> issues;

    bool allReadable() const
    {
        return std::all_of(tracks.begin(), tracks.end(), [](const TrackAnalysis &t) { return t.readable(); });
    }
};

} // namespace prepmark
