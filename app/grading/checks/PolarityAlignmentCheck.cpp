#include "PolarityAlignmentCheck.h"

#include <cmath>

namespace prepmark {
namespace {

using Pair = PolarityAlignmentCheck::Pair;

bool faulted(const GradingContext &context, const QString &trackId)
{
    return context.fault(trackId, FaultKind::Polarity) || context.fault(trackId, FaultKind::Delay);
}

// Polarity and offset of the pair in the session against the answer key's preparation.
void compareColumns(const GradingContext &context, const ExpectedPair &expected, Pair &pair)
{
    const SessionTrack *pa = context.preparedTrack(expected.a);
    const SessionTrack *pb = context.preparedTrack(expected.b);
    const SessionTrack *ra = context.reference().track(expected.a);
    const SessionTrack *rb = context.reference().track(expected.b);
    pair.inverted = (pa->polarityInverted != pb->polarityInverted) != (ra->polarityInverted != rb->polarityInverted);
    pair.errorMs = std::fabs(
        context.framesToMs((pb->offsetSamples - pa->offsetSamples) - (rb->offsetSamples - ra->offsetSamples)));
}

struct Tolerances
{
    double coherentMs; // in polarity and within this: coherent
    double goodMs; // level 4
    double bestMs; // level 5
};

Tolerances tolerancesOf(PolarityAlignmentCheck::Variant variant)
{
    if (variant == PolarityAlignmentCheck::Variant::Foundation)
        return {2.0, 1.0, 0.25};
    return {1.0, 0.25, 0.1};
}

struct Tally
{
    int incoherent = 0;
    int broken = 0; // coherent as delivered, made worse by the student
    int inverted = 0;
    bool allGood = true; // every pair within goodMs (or the key's wider tolerance)
    bool allBest = true; // ... within bestMs
    bool allNamed = true;
};

// What the pair shows, as evidence lines, counted into the tally.
void judgePair(const Pair &pair, const Tolerances &limits, Tally &tally, QStringList &evidence)
{
    tally.allNamed = tally.allNamed && pair.changesNamed;
    if (pair.removed) {
        ++tally.incoherent;
        evidence
            << QStringLiteral("%1 / %2: a track of the pair was removed instead of being aligned.").arg(pair.a, pair.b);
        return;
    }
    if (pair.measured && pair.inverted)
        evidence << QStringLiteral("%1 is still inverted against %2: r = %3.")
                        .arg(pair.b, pair.a)
                        .arg(pair.correlation, 0, 'f', 2);
    else if (pair.measured)
        evidence << QStringLiteral("%1 / %2: in polarity (r = %3), %4 ms apart.")
                        .arg(pair.a, pair.b)
                        .arg(pair.correlation, 0, 'f', 2)
                        .arg(std::fabs(pair.lagMs), 0, 'f', 2);
    else
        evidence << QStringLiteral(
            "%1 / %2: too little in common to measure (%3); judged from the polarity and offset columns: %4.")
                        .arg(pair.a, pair.b, pair.unmeasuredWhy,
                            pair.inverted ? QStringLiteral("inverted")
                                          : QStringLiteral("%1 ms from the answer key").arg(pair.errorMs, 0, 'f', 2));
    const double tolerance = std::max(limits.coherentMs, pair.keyToleranceMs);
    const bool coherent = !pair.inverted && pair.errorMs <= tolerance;
    if (!coherent) {
        ++tally.incoherent;
        if (!pair.changed)
            ++tally.broken;
        if (!pair.inverted)
            evidence << QStringLiteral("%1 is %2 ms away from %3 (more than %4 ms).")
                            .arg(pair.b)
                            .arg(pair.errorMs, 0, 'f', 2)
                            .arg(pair.a)
                            .arg(tolerance);
    }
    if (pair.inverted) {
        ++tally.inverted;
        if (!pair.changed)
            evidence << QStringLiteral("%1 / %2 were in polarity as delivered: the preparation inverted them.")
                            .arg(pair.a, pair.b);
    }
    const bool wide = pair.keyToleranceMs > limits.goodMs; // the key allows more for this pair (e.g. a room mic)
    tally.allGood = tally.allGood && coherent && pair.errorMs <= (wide ? pair.keyToleranceMs : limits.goodMs);
    tally.allBest = tally.allBest && coherent && pair.errorMs <= (wide ? pair.keyToleranceMs : limits.bestMs);
}

} // namespace

PolarityAlignmentCheck::Facts PolarityAlignmentCheck::collect(const GradingContext &context)
{
    Facts facts;
    for (const ExpectedPair &expected : context.key().pairs) {
        Pair pair;
        pair.a = context.displayName(expected.a);
        pair.b = context.displayName(expected.b);
        const bool faultedA = faulted(context, expected.a);
        const bool faultedB = faulted(context, expected.b);
        pair.changed = faultedA || faultedB;
        pair.changesNamed
            = (!faultedA || context.notesMention(expected.a)) && (!faultedB || context.notesMention(expected.b));
        pair.keyToleranceMs = expected.toleranceMs;
        pair.removed = !context.isActive(expected.a) || !context.isActive(expected.b);
        if (!pair.removed) {
            const PairAnalysis *measured = context.pairAnalysis(expected);
            pair.measured = measured && measured->measured;
            if (pair.measured) {
                pair.correlation = measured->correlation;
                pair.lagMs = measured->lagMs;
                pair.inverted = measured->polarityInverted != expected.inverted;
                pair.errorMs = std::fabs(measured->lagMs - expected.lagMs);
            } else {
                pair.unmeasuredWhy = measured ? measured->note : QStringLiteral("not compared");
                compareColumns(context, expected, pair);
            }
        }
        facts.pairs << pair;
    }
    return facts;
}

CheckOutcome PolarityAlignmentCheck::levelFor(const Facts &facts, Variant variant)
{
    if (facts.pairs.isEmpty())
        return CheckOutcome::nothingToJudge(
            QStringLiteral("The answer key lists no related pairs (multi-mic sources) to compare."));
    const Tolerances limits = tolerancesOf(variant);
    QStringList evidence;
    Tally tally;
    for (const Pair &pair : facts.pairs)
        judgePair(pair, limits, tally, evidence);

    int level = 5;
    if (variant == Variant::Default) {
        if (tally.incoherent >= 2 || tally.broken >= 1)
            level = 1;
        else if (tally.incoherent == 1)
            level = 2;
        else if (!tally.allGood)
            level = 3;
        else if (!tally.allBest || !tally.allNamed)
            level = 4;
    } else {
        if (tally.inverted >= 2 || (tally.broken >= 1 && tally.inverted >= 1))
            level = 1;
        else if (tally.incoherent >= 1)
            level = 2;
        else if (!tally.allGood)
            level = 3;
        else if (!tally.allBest || !tally.allNamed)
            level = 4;
    }
    if (level == 4 && !tally.allNamed && tally.allBest)
        evidence << QStringLiteral("Not every polarity flip or move is named in the notes.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
