#pragma once

#include "GradingContext.h"

#include <QStringList>

namespace prepmark {

// What is left to tidy in a prepared session, shared by the cleanup and the
// foundation markers/tidy checks:
//   leftIn:    tracks the answer key removes (empty, duplicate, unused take, click
//              track) that are still in, and kept tracks whose stem is silent;
//   misplaced: files delivered unconsolidated that still do not play where they belong
//              (offset more than kPlacementToleranceMs from the answer key's);
//   lost:      tracks the answer key keeps that were removed.
// Every prepared stem starts at the session start and has the session's length by
// construction (PreparedStemRenderer); the analysis confirms it (length/start issues).
struct CleanupFacts
{
    static constexpr double kPlacementToleranceMs = 1.0;

    QStringList leftIn;
    QStringList misplaced;
    QStringList lost;
    QStringList lengthIssues; // analysis messages, expected empty

    static CleanupFacts of(const GradingContext &context);
    QStringList evidence() const;
};

} // namespace prepmark
