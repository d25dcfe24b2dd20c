#include "PolarityAlignmentCheck.h"

#include <cmath>

namespace prepmark {

CheckOutcome PolarityAlignmentCheck::judge(const GradingContext &context) const
{
    const QVector<ExpectedPair> &pairs = context.key().pairs;
    if (pairs.isEmpty())
        return CheckOutcome::nothingToJudge(
            QStringLiteral("The answer key lists no related pairs (multi-mic sources) to compare."));
    const bool foundation = m_variant == Variant::Foundation;
    const double coherentMs = foundation ? 2.0 : 1.0;
    const double goodMs = foundation ? 1.0 : 0.25;
    const double bestMs = foundation ? 0.25 : 0.1;

    QStringList evidence;
    int incoherent = 0;
    int broken = 0; // coherent as delivered, made worse by the student
    int inverted = 0;
    bool allGood = true; // every pair within goodMs (or the key's wider tolerance)
    bool allBest = true; // ... within bestMs
    bool allNamed = true;
    for (const ExpectedPair &pair : pairs) {
        const QString a = context.displayName(pair.a);
        const QString b = context.displayName(pair.b);
        const bool faultedA = context.fault(pair.a, FaultKind::Polarity) || context.fault(pair.a, FaultKind::Delay);
        const bool faultedB = context.fault(pair.b, FaultKind::Polarity) || context.fault(pair.b, FaultKind::Delay);
        const bool changed = faultedA || faultedB;
        if (faultedA && !context.notesMention(pair.a))
            allNamed = false;
        if (faultedB && !context.notesMention(pair.b))
            allNamed = false;
        if (!context.isActive(pair.a) || !context.isActive(pair.b)) {
            ++incoherent;
            evidence << QStringLiteral("%1 / %2: a track of the pair was removed instead of being aligned.").arg(a, b);
            continue;
        }
        const PairAnalysis *measured = context.pairAnalysis(pair);
        bool wrongPolarity = false;
        double errorMs = 0.0;
        if (measured && measured->measured) {
            wrongPolarity = measured->polarityInverted != pair.inverted;
            errorMs = std::fabs(measured->lagMs - pair.lagMs);
            if (wrongPolarity)
                evidence << QStringLiteral("%1 is still inverted against %2: r = %3.")
                                .arg(b, a)
                                .arg(measured->correlation, 0, 'f', 2);
            else
                evidence << QStringLiteral("%1 / %2: in polarity (r = %3), %4 ms apart.")
                                .arg(a, b)
                                .arg(measured->correlation, 0, 'f', 2)
                                .arg(std::fabs(measured->lagMs), 0, 'f', 2);
        } else {
            // not measurable: compare the session with the answer key's preparation
            const SessionTrack *pa = context.preparedTrack(pair.a);
            const SessionTrack *pb = context.preparedTrack(pair.b);
            const SessionTrack *ra = context.reference().track(pair.a);
            const SessionTrack *rb = context.reference().track(pair.b);
            wrongPolarity
                = (pa->polarityInverted != pb->polarityInverted) != (ra->polarityInverted != rb->polarityInverted);
            errorMs = std::fabs(
                context.framesToMs((pb->offsetSamples - pa->offsetSamples) - (rb->offsetSamples - ra->offsetSamples)));
            evidence << QStringLiteral(
                "%1 / %2: too little in common to measure (%3); judged from the polarity and offset columns: %4.")
                            .arg(a, b, measured ? measured->note : QStringLiteral("not compared"),
                                wrongPolarity ? QStringLiteral("inverted")
                                              : QStringLiteral("%1 ms from the answer key").arg(errorMs, 0, 'f', 2));
        }
        const double tolerance = std::max(coherentMs, pair.toleranceMs);
        const bool coherent = !wrongPolarity && errorMs <= tolerance;
        if (!coherent) {
            ++incoherent;
            if (!changed)
                ++broken;
            if (!wrongPolarity)
                evidence << QStringLiteral("%1 is %2 ms away from %3 (more than %4 ms).")
                                .arg(b)
                                .arg(errorMs, 0, 'f', 2)
                                .arg(a)
                                .arg(tolerance);
        }
        if (wrongPolarity) {
            ++inverted;
            if (!changed)
                evidence << QStringLiteral("%1 / %2 were in polarity as delivered: the preparation inverted them.")
                                .arg(a, b);
        }
        const bool wide = pair.toleranceMs > goodMs; // the key allows more for this pair (e.g. a room mic)
        allGood = allGood && coherent && errorMs <= (wide ? pair.toleranceMs : goodMs);
        allBest = allBest && coherent && errorMs <= (wide ? pair.toleranceMs : bestMs);
    }

    int level = 5;
    if (!foundation) {
        if (incoherent >= 2 || broken >= 1)
            level = 1;
        else if (incoherent == 1)
            level = 2;
        else if (!allGood)
            level = 3;
        else if (!allBest || !allNamed)
            level = 4;
    } else {
        if (inverted >= 2 || (broken >= 1 && inverted >= 1))
            level = 1;
        else if (incoherent >= 1)
            level = 2;
        else if (!allGood)
            level = 3;
        else if (!allBest || !allNamed)
            level = 4;
    }
    if (level == 4 && !allNamed && allBest)
        evidence << QStringLiteral("Not every polarity flip or move is named in the notes.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
