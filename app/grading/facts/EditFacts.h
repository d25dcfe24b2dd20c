#pragma once

#include "GradingContext.h"

#include <QStringList>

namespace prepmark {

// The audible edits of a prepared session, shared by the format/clicks and the
// fades/edits checks: clicks the analysis finds inside the prepared stems (tracks
// whose crackle, clicks, clipping, distortion or lo-fi the brief keeps are left out,
// and so are clicks at a region's edges), and hard region edges (a
// region that starts or ends inside the session on audio above kHardEdgeDbfs without
// a fade of at least kMinFadeMs).
struct EditFacts
{
    static constexpr double kHardEdgeDbfs = -60.0;
    static constexpr double kMinFadeMs = 0.5;
    // ms past a fade at a region edge where a click still belongs to the edge
    static constexpr double kEdgeGuardMs = 5.0;

    int insideClicks = 0;
    int hardEdges = 0;
    QStringList clickTracks; // "Lead Vox (3)"
    QStringList edgeTracks; // "Lead Gtr (end)"

    int audibleEdits() const { return insideClicks + hardEdges; }
    static EditFacts of(const GradingContext &context);
};

} // namespace prepmark
