#pragma once

#include <QString>

#include <limits>

namespace prepmark {

// The comparison of two related tracks (kick in/out, snare top/bottom, ...).
// Sign convention: a positive lag means `b` is late, i.e. b[n + lag] ~ +-a[n].
struct PairAnalysis
{
    QString a; // file names, a is the reference
    QString b;
    QString source; // "kick", or "exercise" for pairs given by the caller
    bool checkTimeOffset = true;

    bool measured = false; // false: see `note`
    QString note; // why the pair could not be measured
    qint64 lagSamples = 0;
    double lagMs = 0.0;
    // Normalised cross-correlation at the peak, -1..1; its sign is the polarity.
    double correlation = std::numeric_limits<double>::quiet_NaN();
    bool polarityInverted = false;
    bool timeOffset = false; // |lag| above timeOffsetMinMs and checked for this pair
    // The stretch of `a` the pair was compared on, in seconds.
    double startSeconds = 0.0;
    double endSeconds = 0.0;
};

} // namespace prepmark
