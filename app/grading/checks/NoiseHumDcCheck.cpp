#include "NoiseHumDcCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {
namespace {

using Problem = NoiseHumDcCheck::Problem;

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

const PlantedFault *toFix(const GradingContext &context, const QString &trackId, FaultKind kind)
{
    const PlantedFault *fault = context.fault(trackId, kind);
    return fault && fault->intent == FaultIntent::Fix ? fault : nullptr;
}

// The problems of one track to fix, with whether a fitting step treats them.
QVector<Problem> problemsOf(const GradingContext &context, const SessionTrack &track)
{
    const QString &id = track.id;
    const bool hasDenoise = track.processing.contains(QStringLiteral("denoise"));
    const bool hasNotch = track.processing.contains(QStringLiteral("notch_hum"));
    const PlantedFault *phrase = toFix(context, id, FaultKind::PhraseNoise);
    const PlantedFault *buzz = phrase && phrase->variant == QLatin1String("buzz") ? phrase : nullptr;
    QVector<Problem> list;
    auto add = [&](bool dc, bool treated, const QString &what) {
        Problem problem;
        problem.dc = dc;
        problem.treated = treated;
        problem.what = what;
        list << problem;
    };
    if (const PlantedFault *dc = toFix(context, id, FaultKind::DcOffset))
        add(true, track.processing.contains(QStringLiteral("remove_dc")), describeFault(*dc));
    if (const PlantedFault *hum = toFix(context, id, FaultKind::Hum))
        add(false, hasNotch || hasDenoise, describeFault(*hum));
    if (const PlantedFault *noise = toFix(context, id, FaultKind::Noise))
        add(false, hasDenoise, describeFault(*noise));
    if (buzz)
        add(false, !track.cuts.isEmpty() || hasDenoise || hasNotch, describeFault(*buzz));
    const bool flaggedNoise = !context.issuesOf(id, IssueKind::Noise).isEmpty();
    if (list.isEmpty() && !keepsNoise(context, id) && flaggedNoise)
        add(false, hasDenoise || hasNotch, QStringLiteral("noise the analysis flags"));
    return list;
}

// denoise without noise, buzz or hum; notch_hum without hum or buzz
QStringList mismatchedSteps(const GradingContext &context, const SessionTrack &track)
{
    const QString &id = track.id;
    if (keepsNoise(context, id))
        return {};
    const PlantedFault *phrase = context.fault(id, FaultKind::PhraseNoise);
    const bool buzz = phrase && phrase->intent == FaultIntent::Fix && phrase->variant == QLatin1String("buzz");
    const bool hum = context.fault(id, FaultKind::Hum);
    const bool noise = context.fault(id, FaultKind::Noise);
    const QString name = context.displayName(id);
    QStringList mismatched;
    if (track.processing.contains(QStringLiteral("denoise")) && !(noise || buzz || hum))
        mismatched << QStringLiteral("denoise on %1").arg(name);
    if (track.processing.contains(QStringLiteral("notch_hum")) && !(hum || buzz))
        mismatched << QStringLiteral("notch_hum on %1").arg(name);
    return mismatched;
}

bool fixed(const Problem &problem)
{
    return problem.dc ? problem.dcPercent <= NoiseHumDcCheck::kMaxDcPercent
                      : !problem.noiseFlagged && (problem.treated || problem.cut);
}

QString state(const Problem &problem)
{
    return fixed(problem) ? QStringLiteral("fixed")
        : problem.treated ? QStringLiteral("treated but still flagged")
        : problem.named   ? QStringLiteral("named in the notes but not treated")
                          : QStringLiteral("neither treated nor named");
}

} // namespace

NoiseHumDcCheck::Facts NoiseHumDcCheck::collect(const GradingContext &context)
{
    const FaultAssessor assessor(context);
    Facts facts;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString &id = track->id;
        const QString name = context.displayName(id);
        const double dcPercent = assessor.dcPercent(id);
        // DC counts where it is a problem: a planted offset must come down to 0.1 % of
        // full scale; elsewhere only an offset the analysis flags (TrackChecks) counts,
        // so the asymmetric waveform of a kick or a distorted synth is not "offset"
        const bool dcPlanted = toFix(context, id, FaultKind::DcOffset);
        const bool dcFlagged = !context.issuesOf(id, IssueKind::DcOffset).isEmpty();
        if (dcPlanted || dcFlagged)
            facts.dc << DcReading {name, dcPercent, dcPlanted, dcFlagged};
        facts.mismatched << mismatchedSteps(context, *track);
        for (Problem problem : problemsOf(context, *track)) {
            problem.track = name;
            problem.named = context.notesMention(id);
            problem.dcPercent = dcPercent;
            problem.noiseFlagged = !context.issuesOf(id, IssueKind::Noise).isEmpty();
            problem.cut = !track->cuts.isEmpty();
            facts.problems << problem;
        }
    }
    return facts;
}

CheckOutcome NoiseHumDcCheck::levelFor(const Facts &facts, Variant variant)
{
    QStringList evidence, dcLeft, unnamedTreatments;
    int treatedOrNamed = 0, fixedCount = 0;
    for (const Problem &problem : facts.problems) {
        treatedOrNamed += problem.treated || problem.named ? 1 : 0;
        fixedCount += fixed(problem) ? 1 : 0;
        if (problem.treated && !problem.named)
            unnamedTreatments << problem.track;
        evidence << QStringLiteral("%1: %2 %3.").arg(problem.track, problem.what, state(problem));
    }
    for (const DcReading &reading : facts.dc) {
        if ((reading.planted && reading.percent > kMaxDcPercent) || reading.flagged)
            dcLeft << QStringLiteral("%1 (%2 %)").arg(reading.track).arg(reading.percent, 0, 'f', 2);
    }
    const int problems = int(facts.problems.size());
    const int untouched = problems - treatedOrNamed;
    if (!dcLeft.isEmpty())
        evidence << QStringLiteral(
            "DC offset left (above 0.1 % of full scale where one was planted, or flagged by the analysis): %1.")
                        .arg(GradingContext::listNames(dcLeft));
    if (!facts.mismatched.isEmpty())
        evidence << QStringLiteral("Treatment without the problem it is for: %1.")
                        .arg(GradingContext::listNames(facts.mismatched));
    if (problems == 0)
        evidence.prepend(QStringLiteral("No DC offset, hum or noise to fix in this session."));

    int level = 5;
    const bool matched = facts.mismatched.isEmpty() && unnamedTreatments.isEmpty();
    const bool foundation = variant == Variant::Foundation;
    if (problems > 0 && treatedOrNamed == 0)
        level = 1;
    else if (untouched > 0 || (!foundation && !dcLeft.isEmpty()))
        level = 2;
    else if (fixedCount < problems || !dcLeft.isEmpty())
        level = 3;
    else if (!matched)
        level = 4;
    if (level == 4 && !unnamedTreatments.isEmpty())
        evidence << QStringLiteral("Treated but not listed in the notes: %1.")
                        .arg(GradingContext::listNames(unnamedTreatments));
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: listen to treated tracks for artefacts.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
