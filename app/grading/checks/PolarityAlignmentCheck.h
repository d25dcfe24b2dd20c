#pragma once

#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "polarity_alignment" (si_polarity_alignment) and "polarity_alignment_foundation"
// (f_si_polarity): every related pair of the answer key, measured on the prepared stems
// (PairAnalysis: polarity from the sign of the correlation peak, lag in ms), against
// the relation the key expects after preparation. A pair that cannot be measured (too
// little in common) is judged from the session: polarity and offsets as in the
// answer key's preparation. A pair with a removed track is not coherent.
//
// Default:     coherent = in polarity and within 1 ms; 4: within 0.25 ms; 5: within
//              0.1 ms and every changed track named in the notes.
//              1: two or more pairs not coherent, or a pair coherent in the source
//              broken by the student; 2: one pair not coherent.
// Foundation:  coherent = in polarity and within 2 ms; 4: within 1 ms; 5: within
//              0.25 ms and every changed track named. 1: two or more pairs inverted, or
//              a correct pair flipped by the student; 2: one pair inverted or > 2 ms.
// A pair's tolerance is never tighter than the answer key's toleranceMs for it.
class PolarityAlignmentCheck final : public GradingCheck
{
public:
    enum class Variant { Default, Foundation };
    explicit PolarityAlignmentCheck(Variant variant) : m_variant(variant) { }

    // One related pair of the answer key as prepared.
    struct Pair
    {
        QString a; // display names; b is compared against a
        QString b;
        bool removed = false; // a track of the pair is out of the session
        // a planted polarity or delay fault on either track: the student had to act
        bool changed = false;
        bool changesNamed = true; // every faulted track of the pair named in the notes
        // Measured on the prepared stems; otherwise judged from the session's polarity
        // and offset columns against the answer key's preparation.
        bool measured = false;
        double correlation = 0.0; // when measured, -1..1
        double lagMs = 0.0; // when measured: lag of b behind a, ms
        QString unmeasuredWhy; // when not measured: the analysis's note, or "not compared"
        bool inverted = false; // polarity differs from the relation the key expects
        double errorMs = 0.0; // |lag - the key's lag|, ms
        double keyToleranceMs = 0.25; // the answer key's toleranceMs for the pair
    };
    struct Facts
    {
        QVector<Pair> pairs; // in the answer key's order; empty: nothing to judge
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
