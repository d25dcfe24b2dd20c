#include "NoiseHumDcCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {
namespace {

bool keepsNoise(const GradingContext &context, const QString &trackId)
{
    for (FaultKind kind :
        {FaultKind::Noise, FaultKind::Hum, FaultKind::PhraseNoise, FaultKind::Crackle, FaultKind::Lofi}) {
        const PlantedFault *fault = context.fault(trackId, kind);
        if (fault && fault->intent == FaultIntent::Keep)
            return true;
    }
    return false;
}

} // namespace

CheckOutcome NoiseHumDcCheck::judge(const GradingContext &context) const
{
    const FaultAssessor assessor(context);
    QStringList evidence;
    int problems = 0, treatedOrNamed = 0, fixed = 0, untouched = 0;
    QStringList unnamedTreatments, mismatched, dcLeft;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString &id = track->id;
        const QString name = context.displayName(id);
        const PlantedFault *dc = context.fault(id, FaultKind::DcOffset);
        const PlantedFault *hum = context.fault(id, FaultKind::Hum);
        const PlantedFault *noise = context.fault(id, FaultKind::Noise);
        const PlantedFault *phrase = context.fault(id, FaultKind::PhraseNoise);
        const bool buzz = phrase && phrase->intent == FaultIntent::Fix && phrase->variant == QLatin1String("buzz");
        // DC counts where it is a problem: a planted offset must come down to 0.1 % of
        // full scale; elsewhere only an offset the analysis flags (TrackChecks) counts,
        // so the asymmetric waveform of a kick or a distorted synth is not "offset"
        const bool dcFlagged = !context.issuesOf(id, IssueKind::DcOffset).isEmpty();
        if ((dc && dc->intent == FaultIntent::Fix && assessor.dcPercent(id) > 0.1) || dcFlagged)
            dcLeft << QStringLiteral("%1 (%2 %)").arg(name).arg(assessor.dcPercent(id), 0, 'f', 2);
        const bool kept = keepsNoise(context, id);
        const bool hasDenoise = track->processing.contains(QStringLiteral("denoise"));
        const bool hasNotch = track->processing.contains(QStringLiteral("notch_hum"));
        if (!kept) {
            if (hasDenoise && !(noise || buzz || hum))
                mismatched << QStringLiteral("denoise on %1").arg(name);
            if (hasNotch && !(hum || buzz))
                mismatched << QStringLiteral("notch_hum on %1").arg(name);
        }

        struct Problem
        {
            bool dc;
            bool treated;
            QString what;
        };
        QVector<Problem> list;
        if (dc && dc->intent == FaultIntent::Fix)
            list << Problem {true, track->processing.contains(QStringLiteral("remove_dc")), describeFault(*dc)};
        if (hum && hum->intent == FaultIntent::Fix)
            list << Problem {false, hasNotch || hasDenoise, describeFault(*hum)};
        if (noise && noise->intent == FaultIntent::Fix)
            list << Problem {false, hasDenoise, describeFault(*noise)};
        if (buzz)
            list << Problem {false, !track->cuts.isEmpty() || hasDenoise || hasNotch, describeFault(*phrase)};
        const bool flaggedNoise = !context.issuesOf(id, IssueKind::Noise).isEmpty();
        if (list.isEmpty() && !kept && flaggedNoise)
            list << Problem {false, hasDenoise || hasNotch, QStringLiteral("noise the analysis flags")};
        for (const Problem &problem : list) {
            ++problems;
            const bool named = context.notesMention(id);
            const bool nowFixed = problem.dc ? assessor.dcPercent(id) <= 0.1
                                             : !flaggedNoise && (problem.treated || !track->cuts.isEmpty());
            if (problem.treated || named)
                ++treatedOrNamed;
            else
                ++untouched;
            if (nowFixed)
                ++fixed;
            if (problem.treated && !named)
                unnamedTreatments << name;
            evidence << QStringLiteral("%1: %2 %3.")
                            .arg(name, problem.what,
                                nowFixed              ? QStringLiteral("fixed")
                                    : problem.treated ? QStringLiteral("treated but still flagged")
                                    : named           ? QStringLiteral("named in the notes but not treated")
                                                      : QStringLiteral("neither treated nor named"));
        }
    }
    if (!dcLeft.isEmpty())
        evidence << QStringLiteral(
            "DC offset left (above 0.1 % of full scale where one was planted, or flagged by the analysis): %1.")
                        .arg(GradingContext::listNames(dcLeft));
    if (!mismatched.isEmpty())
        evidence << QStringLiteral("Treatment without the problem it is for: %1.")
                        .arg(GradingContext::listNames(mismatched));
    if (problems == 0)
        evidence.prepend(QStringLiteral("No DC offset, hum or noise to fix in this session."));

    int level = 5;
    const bool matched = mismatched.isEmpty() && unnamedTreatments.isEmpty();
    if (m_variant == Variant::Default) {
        if (problems > 0 && treatedOrNamed == 0)
            level = 1;
        else if (untouched > 0 || !dcLeft.isEmpty())
            level = 2;
        else if (fixed < problems)
            level = 3;
        else if (!matched)
            level = 4;
    } else {
        if (problems > 0 && treatedOrNamed == 0)
            level = 1;
        else if (untouched > 0)
            level = 2;
        else if (fixed < problems || !dcLeft.isEmpty())
            level = 3;
        else if (!matched)
            level = 4;
    }
    if (level == 4 && !unnamedTreatments.isEmpty())
        evidence << QStringLiteral("Treated but not listed in the notes: %1.")
                        .arg(GradingContext::listNames(unnamedTreatments));
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: listen to treated tracks for artefacts.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
