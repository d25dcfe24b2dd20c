#pragma once

#include "AudioFormat.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace prepmark {

inline constexpr double kNotMeasured = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

// Levels of one channel.
struct ChannelLevels
{
    double samplePeakDbfs = kMinusInfinity;
    double truePeakDbtp = kMinusInfinity;
    double rmsDbfs = kMinusInfinity;
    double dcOffset = 0.0; // mean sample value, signed, full scale = 1.0
};

// A run of clipped samples in one channel.
struct ClippedRun
{
    qint64 startFrame = 0;
    qint64 frames = 0;
    int channel = 0;
    bool belowFullScale = false; // a flat top below full scale
    double levelDbfs = 0.0; // level of the flat run
};

struct ClippingResult
{
    qint64 fullScaleSamples = 0; // samples in runs at full scale
    qint64 flatTopSamples = 0; // samples in flat tops below full scale
    qint64 runCount = 0; // runs of either kind
    qint64 firstFrame = -1; // start of the earliest run, -1 when none
    qint64 lastFrame = -1; // end (exclusive) of the latest run
    QList<ClippedRun> runs; // the first runs in file order, at most kMaxStoredRuns
    static constexpr int kMaxStoredRuns = 64;

    qint64 clippedSamples() const { return fullScaleSamples + flatTopSamples; }
};

// A sudden discontinuity (an edit without a fade, a digital glitch).
struct Click
{
    qint64 frame = 0;
    int channel = 0;
    double jumpDbfs = 0.0; // size of the discontinuity (second difference)
};

struct StereoResult
{
    bool measured = false; // only two-channel files are measured
    double correlation = kNotMeasured; // L/R correlation coefficient, -1..1
    bool dualMono = false; // L and R carry the same signal
    int silentChannel = -1; // 0 = left, 1 = right, -1 = neither
};

// Everything measured about one file. Level fields are -infinity for silence and
// NaN when a measurement does not apply (stereo of a mono file, loudness of a file
// shorter than a gating block).
struct TrackAnalysis
{
    QString path;
    QString fileName; // base name with extension, the name issues use
    // Non-empty when the file could not be read completely: libsndfile's reason.
    // The other fields are then defaults (the format may be known).
    QString error;
    AudioFormat format;

    QList<ChannelLevels> channels;
    double samplePeakDbfs = kMinusInfinity;
    double truePeakDbtp = kMinusInfinity; // BS.1770-4, 4x oversampled
    double rmsDbfs = kMinusInfinity; // over all channels, sine at full scale = -3.01
    double loudnessLufs = kMinusInfinity; // BS.1770 integrated
    double loudnessRangeLu = kNotMeasured; // EBU Tech 3342

    ClippingResult clipping;

    bool silent = false; // every sample is digital silence
    qint64 leadingSilenceFrames = 0;
    qint64 trailingSilenceFrames = 0;

    double noiseFloorDbfs = kNotMeasured; // RMS of the quietest steady stretch
    qint64 noiseFloorStartFrame = -1;
    qint64 noiseFloorFrames = 0;

    QList<Click> clicks; // the first ones, see maxReportedClicks
    qint64 clickCount = 0; // all of them

    StereoResult stereo;

    // The loudest stretch (pairStretchSeconds) of the channels' mean power: where
    // related pairs are compared.
    qint64 loudestStretchStartFrame = 0;
    qint64 loudestStretchFrames = 0;
    double loudestStretchRmsDbfs = kMinusInfinity;

    bool readable() const { return error.isEmpty(); }
    // The largest |DC offset| over the channels, in dBFS.
    double dcOffsetDbfs() const;
};

} // namespace prepmark
