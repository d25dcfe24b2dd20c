#include "TrackChecks.h"

#include "audio/measure/Decibels.h"

#include <cmath>

namespace prepmark {
namespace {

QString db(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("-inf");
}

QString channelName(const TrackAnalysis &track, int channel)
{
    if (track.format.channels == 2)
        return channel == 0 ? QStringLiteral("left") : QStringLiteral("right");
    return QStringLiteral("channel %1").arg(channel + 1);
}

AnalysisIssue issue(const TrackAnalysis &track, IssueKind kind, IssueSeverity severity, QString message,
    double start = std::nan(""), double end = std::nan(""))
{
    return AnalysisIssue {kind, severity, {track.fileName}, start, end, std::move(message)};
}

void checkClipping(const TrackAnalysis &track, const AnalysisThresholds &t, QList<AnalysisIssue> &issues)
{
    const ClippingResult &clipping = track.clipping;
    if (clipping.runCount == 0)
        return;
    QStringList parts;
    if (clipping.fullScaleSamples > 0)
        parts << QStringLiteral("%1 samples at full scale (runs of %2 or more)")
                     .arg(clipping.fullScaleSamples)
                     .arg(t.clipMinRunSamples);
    if (clipping.flatTopSamples > 0) {
        double level = 0.0;
        for (const ClippedRun &run : clipping.runs) {
            if (run.belowFullScale)
                level = run.levelDbfs;
        }
        parts << QStringLiteral("%1 samples in flat tops at %2 dBFS (clipped before it was turned down)")
                     .arg(clipping.flatTopSamples)
                     .arg(db(level));
    }
    QStringList where;
    for (qsizetype i = 0; i < clipping.runs.size() && i < 5; ++i)
        where << formatTimestamp(track.format.framesToSeconds(clipping.runs[i].startFrame));
    const QString more = clipping.runCount > where.size() ? QStringLiteral(", ...") : QString();
    issues << issue(track, IssueKind::Clipping, IssueSeverity::Error,
        QStringLiteral("%1 clipped runs: %2; first at %3%4")
            .arg(clipping.runCount)
            .arg(parts.join(QStringLiteral(" and ")), where.join(QStringLiteral(", ")), more),
        track.format.framesToSeconds(clipping.firstFrame), track.format.framesToSeconds(clipping.lastFrame));
}

void checkLevels(const TrackAnalysis &track, const AnalysisThresholds &t, QList<AnalysisIssue> &issues)
{
    if (track.truePeakDbtp > t.truePeakMaxDbtp)
        issues << issue(track, IssueKind::TruePeakOver, IssueSeverity::Warning,
            QStringLiteral("true peak %1 dBTP is above %2 dBTP: no headroom for inter-sample peaks")
                .arg(db(track.truePeakDbtp), db(t.truePeakMaxDbtp)));
    for (qsizetype c = 0; c < track.channels.size(); ++c) {
        const double offset = track.channels[c].dcOffset;
        const double level = amplitudeToDb(std::fabs(offset));
        if (level > t.dcOffsetMaxDbfs)
            issues << issue(track, IssueKind::DcOffset, IssueSeverity::Warning,
                QStringLiteral("DC offset of %1 dBFS (%2 % of full scale) in the %3")
                    .arg(db(level))
                    .arg(offset * 100.0, 0, 'f', 2)
                    .arg(channelName(track, int(c))));
    }
}

void checkSilenceAndNoise(const TrackAnalysis &track, const AnalysisThresholds &t, QList<AnalysisIssue> &issues)
{
    const double leading = track.format.framesToSeconds(track.leadingSilenceFrames);
    if (leading >= t.leadingSilenceMinSeconds)
        issues << issue(track, IssueKind::LeadingSilence, IssueSeverity::Info,
            QStringLiteral("starts with %1 s of digital silence").arg(leading, 0, 'f', 2), 0.0, leading);
    if (std::isfinite(track.noiseFloorDbfs) && track.noiseFloorDbfs > t.noiseFloorMaxDbfs
        && track.loudestStretchRmsDbfs - track.noiseFloorDbfs >= t.noiseMinContrastDb) {
        const double start = track.format.framesToSeconds(track.noiseFloorStartFrame);
        const double end = track.format.framesToSeconds(track.noiseFloorStartFrame + track.noiseFloorFrames);
        issues << issue(track, IssueKind::Noise, IssueSeverity::Warning,
            QStringLiteral("noise floor of %1 dBFS RMS between phrases (above %2 dBFS), e.g. %3-%4")
                .arg(db(track.noiseFloorDbfs), db(t.noiseFloorMaxDbfs), formatTimestamp(start), formatTimestamp(end)),
            start, end);
    }
}

void checkClicks(const TrackAnalysis &track, QList<AnalysisIssue> &issues)
{
    for (const Click &click : track.clicks) {
        const double at = track.format.framesToSeconds(click.frame);
        issues << issue(track, IssueKind::Click, IssueSeverity::Warning,
            QStringLiteral("click (a %1 dBFS discontinuity) at %2 in the %3")
                .arg(db(click.jumpDbfs), formatTimestamp(at), channelName(track, click.channel)),
            at, at);
    }
    if (track.clickCount > track.clicks.size())
        issues << issue(track, IssueKind::Click, IssueSeverity::Warning,
            QStringLiteral("%1 clicks in all; the first %2 are listed").arg(track.clickCount).arg(track.clicks.size()));
}

void checkStereo(const TrackAnalysis &track, const AnalysisThresholds &t, QList<AnalysisIssue> &issues)
{
    const StereoResult &stereo = track.stereo;
    if (!stereo.measured)
        return;
    if (stereo.silentChannel >= 0) {
        issues << issue(track, IssueKind::OneSidedSilence, IssueSeverity::Warning,
            QStringLiteral("the %1 channel is silent while the other carries the signal: "
                           "deliver a mono file or fix the routing")
                .arg(channelName(track, stereo.silentChannel)));
        return;
    }
    if (stereo.dualMono) {
        issues << issue(track, IssueKind::DualMono, IssueSeverity::Warning,
            QStringLiteral("left and right are identical (dual mono): deliver it as a mono file"));
        return;
    }
    if (std::isfinite(stereo.correlation) && stereo.correlation <= t.stereoInvertedCorrelation)
        issues << issue(track, IssueKind::PolarityInverted, IssueSeverity::Error,
            QStringLiteral("left and right are in opposite polarity (correlation %1): "
                           "the sides cancel when summed to mono")
                .arg(stereo.correlation, 0, 'f', 2));
}

} // namespace

QString formatTimestamp(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("?");
    const qint64 millis = qRound64(seconds * 1000.0);
    return QStringLiteral("%1:%2.%3")
        .arg(millis / 60000)
        .arg((millis / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(millis % 1000, 3, 10, QLatin1Char('0'));
}

QList<AnalysisIssue> trackIssues(const TrackAnalysis &track, const AnalysisThresholds &thresholds)
{
    QList<AnalysisIssue> issues;
    if (!track.readable()) {
        issues << issue(track, IssueKind::Unreadable, IssueSeverity::Error, track.error);
        return issues;
    }
    if (track.silent) {
        issues << issue(track, IssueKind::Silent, IssueSeverity::Warning,
            QStringLiteral("contains only digital silence: remove the empty track"));
        return issues;
    }
    checkClipping(track, thresholds, issues);
    checkLevels(track, thresholds, issues);
    checkSilenceAndNoise(track, thresholds, issues);
    checkClicks(track, issues);
    checkStereo(track, thresholds, issues);
    return issues;
}

} // namespace prepmark
