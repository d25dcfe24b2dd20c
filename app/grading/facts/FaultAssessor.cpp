#include "FaultAssessor.h"

#include "session/ReferencePreparation.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace prepmark {
namespace {

// Frames of [start, end) covered by a set of ranges.
qint64 overlap(const QVector<SampleRange> &ranges, qint64 start, qint64 end)
{
    qint64 covered = 0;
    for (const SampleRange &range : ranges)
        covered += std::max<qint64>(0, std::min(end, range.end) - std::max(start, range.start));
    return covered;
}

// Ranges merged so that none overlaps another.
QVector<SampleRange> merged(QVector<SampleRange> ranges)
{
    std::sort(
        ranges.begin(), ranges.end(), [](const SampleRange &a, const SampleRange &b) { return a.start < b.start; });
    QVector<SampleRange> result;
    for (const SampleRange &range : ranges) {
        if (range.end <= range.start)
            continue;
        if (!result.isEmpty() && range.start <= result.last().end)
            result.last().end = std::max(result.last().end, range.end);
        else
            result << range;
    }
    return result;
}

QString db(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("-inf");
}

// What a fix on one track is judged on; every pointer set (the track is in the session).
struct TrackView
{
    QString id;
    QString name; // display name
    const SessionTrack *track = nullptr;
    const SessionTrack *reference = nullptr; // the answer key's preparation of it
    const TrackAnalysis *analysis = nullptr;
    const PreparedStem *stem = nullptr;
};

FixStatus settled(FixStatus status, bool fixed, const QString &yes, const QString &no)
{
    status.fixed = fixed;
    status.evidence = fixed ? yes : no;
    return status;
}

// Polarity, placement and level faults; nullopt for other kinds.
std::optional<FixStatus> signalFix(const FaultAssessor &assessor, const GradingContext &context, const TrackView &view,
    const PlantedFault &fault, const FixStatus &status)
{
    const QString &name = view.name;
    const TrackAnalysis &analysis = *view.analysis;
    const double toleranceMs = 0.25;
    switch (fault.kind) {
    case FaultKind::Polarity:
        return settled(status, view.track->polarityInverted == view.reference->polarityInverted,
            QStringLiteral("%1's polarity is flipped back.").arg(name),
            QStringLiteral("%1 is still polarity-inverted.").arg(name));
    case FaultKind::Delay:
    case FaultKind::Unconsolidated: {
        const double errorMs = context.framesToMs(view.track->offsetSamples - view.reference->offsetSamples);
        const double limit = fault.kind == FaultKind::Delay ? toleranceMs : 1.0;
        return settled(status, std::fabs(errorMs) <= limit,
            QStringLiteral("%1 is placed where it belongs (within %2 ms).").arg(name).arg(limit),
            QStringLiteral("%1 is %2 ms from where it belongs (%3).")
                .arg(name)
                .arg(errorMs, 0, 'f', 2)
                .arg(describeFault(fault)));
    }
    case FaultKind::Clipping:
        return settled(status, analysis.clipping.runCount == 0,
            QStringLiteral("%1 has no clipped runs left.").arg(name),
            QStringLiteral("%1 still has %2 clipped runs.").arg(name).arg(analysis.clipping.runCount));
    case FaultKind::Hot:
        return settled(status, analysis.truePeakDbtp <= -1.0,
            QStringLiteral("%1 now peaks at %2 dBTP.").arg(name, db(analysis.truePeakDbtp)),
            QStringLiteral("%1 still peaks at %2 dBTP, above -1 dBTP.").arg(name, db(analysis.truePeakDbtp)));
    case FaultKind::DcOffset: {
        const double percent = assessor.dcPercent(view.id);
        return settled(status, percent <= 0.1,
            QStringLiteral("%1's DC offset is %2 % of full scale.").arg(name).arg(percent, 0, 'f', 3),
            QStringLiteral("%1 still has a DC offset of %2 % of full scale.").arg(name).arg(percent, 0, 'f', 2));
    }
    default:
        return std::nullopt;
    }
}

// Noise, hum, noise between phrases, clicks and crackle; nullopt for other kinds.
std::optional<FixStatus> cleaningFix(const FaultAssessor &assessor, const GradingContext &context,
    const TrackView &view, const PlantedFault &fault, const FixStatus &status)
{
    const QString &name = view.name;
    const TrackAnalysis &analysis = *view.analysis;
    switch (fault.kind) {
    case FaultKind::Hum:
    case FaultKind::Noise: {
        const bool flagged = !context.issuesOf(view.id, IssueKind::Noise).isEmpty();
        return settled(status, !flagged,
            QStringLiteral("%1's %2 is no longer flagged (noise floor %3 dBFS).")
                .arg(name, describeFault(fault), db(analysis.noiseFloorDbfs)),
            QStringLiteral("%1's %2 is still there (noise floor %3 dBFS).")
                .arg(name, describeFault(fault), db(analysis.noiseFloorDbfs)));
    }
    case FaultKind::PhraseNoise: {
        const double coverage = assessor.phraseCoverage(view.id);
        const bool quiet = fault.variant == QLatin1String("buzz")
            && context.issuesOf(view.id, IssueKind::Noise).isEmpty() && !view.track->processing.isEmpty();
        return settled(status, coverage >= 0.8 || quiet,
            QStringLiteral("%1: %2 % of the gaps between phrases cleaned.").arg(name).arg(qRound(coverage * 100)),
            QStringLiteral("%1: only %2 % of the gaps between phrases cleaned (%3 left).")
                .arg(name)
                .arg(qRound(coverage * 100))
                .arg(describeFault(fault)));
    }
    case FaultKind::Clicks:
    case FaultKind::Crackle:
        return settled(status, analysis.clickCount == 0, QStringLiteral("%1 has no clicks left.").arg(name),
            QStringLiteral("%1 still has %2 clicks.").arg(name).arg(analysis.clickCount));
    default:
        return std::nullopt;
    }
}

// Sample rate, bit depth and channel faults; nullopt for other kinds.
std::optional<FixStatus> formatFix(const FaultAssessor &, const GradingContext &context, const TrackView &view,
    const PlantedFault &fault, const FixStatus &status)
{
    const QString &name = view.name;
    const PreparedStem &stem = *view.stem;
    const Session &session = context.prepared();
    switch (fault.kind) {
    case FaultKind::SampleRate:
        return settled(status, stem.sampleRate == session.sampleRate,
            QStringLiteral("%1 is converted to %2 Hz.").arg(name).arg(session.sampleRate),
            QStringLiteral("%1 is still at %2 Hz in a %3 Hz session.")
                .arg(name)
                .arg(stem.sampleRate)
                .arg(session.sampleRate));
    case FaultKind::BitDepth:
        return settled(status, stem.bitDepth >= session.bitDepth,
            QStringLiteral("%1 is delivered at %2 bits.").arg(name).arg(stem.bitDepth),
            QStringLiteral("%1 is still %2-bit in a %3-bit session.")
                .arg(name)
                .arg(stem.bitDepth)
                .arg(session.bitDepth));
    case FaultKind::DualMono:
        return settled(status, stem.channels == 1, QStringLiteral("%1 is a mono file now.").arg(name),
            QStringLiteral("%1 is still a dual-mono stereo file.").arg(name));
    case FaultKind::OneSideSilent:
        return settled(status, stem.channels == 1 && !view.analysis->silent,
            QStringLiteral("%1 is a mono file from its live side.").arg(name),
            QStringLiteral("%1 still has a silent side (or became silent).").arg(name));
    default:
        return std::nullopt;
    }
}

// What the student's session did to a kept track against the answer key's: its level
// (the largest change over the fault's tracks goes to status), steps that would remove
// the kept sound, gating between phrases. One line per change.
QStringList changesToKept(const PlantedFault &fault, const QString &name, const SessionTrack &track,
    const SessionTrack &reference, KeepStatus &status)
{
    QStringList problems;
    const double change = track.gainDb - reference.gainDb;
    if (std::fabs(change) > std::fabs(status.levelChangeDb))
        status.levelChangeDb = change;
    if (std::fabs(change) > 1.0)
        problems
            << QStringLiteral("%1's level changed by %2 dB against the answer key").arg(name).arg(change, 0, 'f', 1);
    for (const QString &step : FaultAssessor::cleaningSteps(fault.kind)) {
        if (track.processing.contains(step) && !reference.processing.contains(step)) {
            status.cleaned = true;
            problems << QStringLiteral("\"%1\" applied to %2").arg(step, name);
        }
    }
    const bool gatable
        = fault.kind == FaultKind::Noise || fault.kind == FaultKind::Hum || fault.kind == FaultKind::PhraseNoise;
    if (gatable && !track.cuts.isEmpty() && reference.cuts.isEmpty()) {
        status.cleaned = true;
        problems << QStringLiteral("%1 is gated between phrases").arg(name);
    }
    return problems;
}

// Why the prepared stem no longer holds a kept track fault, or "" while it does: a
// steady noise measuring 10 dB under its planted level (plus the gain), deliberate
// clipping or crackle gone.
QString keptSoundGone(
    const PlantedFault &fault, const QString &name, const SessionTrack &track, const TrackAnalysis &analysis)
{
    const bool steady = fault.kind == FaultKind::Noise || fault.kind == FaultKind::Hum
        || (fault.kind == FaultKind::PhraseNoise && fault.variant == QLatin1String("buzz"));
    if (steady) {
        const double expected = fault.levelDbfs + track.gainDb;
        if (!std::isfinite(analysis.noiseFloorDbfs) || analysis.noiseFloorDbfs < expected - 10.0)
            return QStringLiteral("%1's noise floor measures %2 dBFS, the kept %3 was about %4 dBFS")
                .arg(name, db(analysis.noiseFloorDbfs), describeFault(fault), db(expected));
    } else if (fault.kind == FaultKind::Clipping && analysis.clipping.runCount == 0) {
        return QStringLiteral("%1's deliberate clipping is gone").arg(name);
    } else if (fault.kind == FaultKind::Crackle && analysis.clickCount == 0) {
        return QStringLiteral("%1's crackle is gone").arg(name);
    }
    return {};
}

} // namespace

QStringList FaultAssessor::cleaningSteps(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Noise:
        return {QStringLiteral("denoise")};
    case FaultKind::Hum:
        return {QStringLiteral("notch_hum"), QStringLiteral("denoise")};
    case FaultKind::PhraseNoise:
        return {QStringLiteral("denoise"), QStringLiteral("notch_hum")};
    case FaultKind::Crackle:
    case FaultKind::Clicks:
        return {QStringLiteral("declick"), QStringLiteral("denoise")};
    case FaultKind::Clipping:
    case FaultKind::Distortion:
        return {QStringLiteral("declip")};
    case FaultKind::Lofi:
        return {QStringLiteral("denoise"), QStringLiteral("declick")};
    default:
        return {};
    }
}

double FaultAssessor::phraseCoverage(const QString &trackId) const
{
    const DeliveredTrack *delivered = m_context.deliveredTrack(trackId);
    const SessionTrack *track = m_context.preparedTrack(trackId);
    if (!delivered || !track)
        return 0.0;
    const QVector<SampleRange> gaps
        = ReferencePreparation::phraseGaps(m_context.exercise(), *delivered, m_context.prepared().sampleRate);
    const QVector<SampleRange> cuts = merged(track->cuts);
    qint64 total = 0;
    qint64 covered = 0;
    for (const SampleRange &gap : gaps) {
        total += gap.end - gap.start;
        covered += overlap(cuts, gap.start, gap.end);
    }
    return total > 0 ? double(covered) / double(total) : 1.0;
}

qint64 FaultAssessor::framesCutFromMusic(const QString &trackId) const
{
    const DeliveredTrack *delivered = m_context.deliveredTrack(trackId);
    const SessionTrack *track = m_context.preparedTrack(trackId);
    if (!delivered || !track || track->cuts.isEmpty())
        return 0;
    const QVector<SampleRange> gaps
        = merged(ReferencePreparation::phraseGaps(m_context.exercise(), *delivered, m_context.prepared().sampleRate));
    qint64 outside = 0;
    for (const SampleRange &cut : merged(track->cuts))
        outside += (cut.end - cut.start) - overlap(gaps, cut.start, cut.end);
    return outside;
}

double FaultAssessor::dcPercent(const QString &trackId) const
{
    const TrackAnalysis *analysis = m_context.analysisOf(trackId);
    if (!analysis)
        return 0.0;
    double largest = 0.0;
    for (const ChannelLevels &channel : analysis->channels)
        largest = std::max(largest, std::fabs(channel.dcOffset) * 100.0);
    return largest;
}

FixStatus FaultAssessor::assessFix(const FaultLocation &location) const
{
    const PlantedFault &fault = location.fault;
    if (!location.trackId.isEmpty())
        return assessTrackFix(location.trackId, fault);

    // A performance fault reaches every track fed by its source.
    FixStatus status;
    QStringList names;
    for (const QString &id : location.affectedTracks) {
        names << m_context.displayName(id);
        status.mentioned = status.mentioned || m_context.notesMention(id);
    }
    QStringList words {QString(location.sourceId).replace(QLatin1Char('_'), QLatin1Char(' '))};
    if (!fault.lane.isEmpty())
        words << fault.lane;
    for (const QString &word : words)
        status.mentioned = status.mentioned || GradingContext::containsWord(m_context.notesText(), word);
    const QString what = describeFault(fault);
    // A faulty take is fixed by choosing another: the answer key removes its tracks.
    bool keyRemoves = !location.affectedTracks.isEmpty();
    for (const QString &id : location.affectedTracks) {
        const ExpectedTrack *expected = m_context.expected(id);
        keyRemoves = keyRemoves && expected && expected->remove;
    }
    if (keyRemoves) {
        status.fixed = std::none_of(location.affectedTracks.begin(), location.affectedTracks.end(),
            [&](const QString &id) { return m_context.isActive(id); });
        status.evidence = status.fixed ? QStringLiteral("The take with the %1 (%2) is out of the session.")
                                             .arg(what, GradingContext::listNames(names))
                                       : QStringLiteral("The take with the %1 (%2) is still in the session.")
                                             .arg(what, GradingContext::listNames(names));
        return status;
    }
    status.fixable = false;
    status.evidence = status.mentioned
        ? QStringLiteral(
            "The %1 on %2 is noted for the mix engineer (PrepMark's session cannot move hits or retune takes).")
              .arg(what, GradingContext::listNames(names, 3))
        : QStringLiteral("The %1 on %2 is not mentioned in the notes.").arg(what, GradingContext::listNames(names, 3));
    return status;
}

FixStatus FaultAssessor::assessTrackFix(const QString &trackId, const PlantedFault &fault) const
{
    FixStatus status;
    status.mentioned = m_context.notesMention(trackId);
    TrackView view;
    view.id = trackId;
    view.name = m_context.displayName(trackId);
    view.track = m_context.preparedTrack(trackId);
    view.reference = m_context.reference().track(trackId);
    view.analysis = m_context.analysisOf(trackId);
    view.stem = m_context.isActive(trackId) ? m_context.stemOf(trackId) : nullptr;
    const bool active = m_context.isActive(trackId);
    const QString &name = view.name;
    if (fault.kind == FaultKind::Empty || fault.kind == FaultKind::Duplicate)
        return settled(status, !active,
            QStringLiteral("%1 (%2) is out of the session.").arg(name, describeFault(fault)),
            QStringLiteral("%1 (%2) is still in the session.").arg(name, describeFault(fault)));
    if (!active || !view.track || !view.reference || !view.analysis || !view.stem)
        return settled(status, false, QString(),
            QStringLiteral("%1 was removed, so its %2 was not fixed but thrown away.").arg(name, describeFault(fault)));
    for (const auto assess : {signalFix, cleaningFix, formatFix}) {
        if (const std::optional<FixStatus> assessed = assess(*this, m_context, view, fault, status))
            return *assessed;
    }
    status.fixable = false;
    status.evidence = status.mentioned
        ? QStringLiteral("%1's %2 is mentioned in the notes.").arg(name, describeFault(fault))
        : QStringLiteral("%1's %2 is not mentioned in the notes.").arg(name, describeFault(fault));
    return status;
}

KeepStatus FaultAssessor::assessKeep(const FaultLocation &location) const
{
    KeepStatus status;
    const PlantedFault &fault = location.fault;
    const QStringList tracks = location.trackId.isEmpty() ? location.affectedTracks : QStringList {location.trackId};
    QStringList names;
    QStringList problems;
    status.flagged = !tracks.isEmpty();
    for (const QString &id : tracks) {
        const QString name = m_context.displayName(id);
        names << name;
        const SessionTrack *track = m_context.preparedTrack(id);
        const SessionTrack *reference = m_context.reference().track(id);
        if (!track || track->removed || !reference) {
            status.removed = true;
            status.flagged = false;
            problems << QStringLiteral("%1 was removed").arg(name);
            continue;
        }
        status.flagged = status.flagged && track->keep && !track->keepReason.trimmed().isEmpty();
        problems << changesToKept(fault, name, *track, *reference, status);
        const TrackAnalysis *analysis = m_context.analysisOf(id);
        if (!analysis || location.trackId.isEmpty())
            continue;
        const QString gone = keptSoundGone(fault, name, *track, *analysis);
        if (!gone.isEmpty()) {
            status.cleaned = true;
            problems << gone;
        }
    }
    const QString what = QStringLiteral("%1 on %2").arg(describeFault(fault), GradingContext::listNames(names, 3));
    if (problems.isEmpty())
        status.evidence
            = QStringLiteral("Kept as the brief asks: %1%2.")
                  .arg(what, status.flagged ? QStringLiteral(", flagged \"keep\" with a reason") : QString());
    else
        status.evidence
            = QStringLiteral("The brief asks to keep the %1, but %2.").arg(what, problems.join(QStringLiteral("; ")));
    return status;
}

} // namespace prepmark
