#pragma once

#include "grading/facts/GradingCheck.h"

#include <QVector>

#include <optional>

namespace prepmark {

// "clipping_headroom" (si_clipping_headroom) and "clipping_headroom_foundation"
// (f_si_clipping): clip runs and peaks of the prepared stems against the planted
// Clipping and Hot faults. Tracks whose clipping the brief wants kept are not judged
// here (Creative Intent judges them).
//
// Default rubric:
//   1: new clip runs on a track that had none, or a true peak above 0 dBTP, or 3+
//      clipped source tracks neither repaired nor named in the notes;
//   2: 1-2 such tracks, or a true peak above -1 dBTP;
//   3: every clipped track repaired or named; every true peak <= -1 dBTP; at most 2
//      tracks outside the target peak range;
//   4: every track in the target range and <= -3 dBTP;
//   5: as 4, every repaired track named in the notes (gain is always clip gain in
//      PrepMark's session, so the faders stay at 0 dB).
// Foundation: 1 new clipping; 2 a clipped track not named, or a sample peak above
// -1 dBFS; 3 every clipped track named, every peak <= -1 dBFS; 4 every track in the
// target range; 5 as 4, with every clipped track repaired (declip) and named.
// Target range: -12 to -6 dBFS sample peak (kTargetLow..kTargetHigh, with
// kRangeSlackDb for rounding), or the answer key's own clip gain for the track (+-1
// dB): the answer key's gain staging stands for "the brief's range".
class ClippingHeadroomCheck final : public GradingCheck
{
public:
    enum class Variant { Default, Foundation };
    explicit ClippingHeadroomCheck(Variant variant) : m_variant(variant) { }

    static constexpr double kTargetLow = -12.0;
    static constexpr double kTargetHigh = -6.0;
    static constexpr double kRangeSlackDb = 0.5;
    static constexpr double kKeyGainToleranceDb = 1.0;

    // One prepared track.
    struct Track
    {
        QString name; // display name
        bool keptClipping = false; // the brief keeps its clipping: not judged, one line
        bool plantedClipping = false; // clipped in the source, to fix
        bool plantedHot = false; // delivered too hot, to fix
        bool named = false; // the notes name the track
        int clipRuns = 0; // in the prepared stem
        double truePeakDbtp = 0.0;
        double samplePeakDbfs = 0.0;
        // clip gain minus the answer key's own for the track, dB; nullopt without one
        std::optional<double> gainFromKeyDb;
    };
    struct Facts
    {
        // the tracks in the session whose clipping the brief keeps, and the others with
        // an analysed stem, in session order; none but kept ones: nothing to judge
        QVector<Track> tracks;
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
