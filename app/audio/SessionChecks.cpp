#include "SessionChecks.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>

namespace prepmark {
namespace {

// The most common value among the readable tracks (ties: the larger value), and the
// tracks that differ from it by more than `tolerance`.
struct Majority
{
    double value = 0.0;
    int count = 0;
    QList<const TrackAnalysis *> others;
};

Majority majorityOf(const QList<const TrackAnalysis *> &tracks, const std::function<double(const TrackAnalysis &)> &key,
    double tolerance)
{
    QMap<double, int> counts;
    for (const TrackAnalysis *track : tracks) {
        const double value = key(*track);
        auto it = counts.end();
        for (auto c = counts.begin(); c != counts.end(); ++c) {
            if (std::fabs(c.key() - value) <= tolerance) {
                it = c;
                break;
            }
        }
        if (it == counts.end())
            counts.insert(value, 1);
        else
            ++it.value();
    }
    Majority majority;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() >= majority.count) {
            majority.value = it.key();
            majority.count = it.value();
        }
    }
    for (const TrackAnalysis *track : tracks) {
        if (std::fabs(key(*track) - majority.value) > tolerance)
            majority.others << track;
    }
    return majority;
}

QStringList namesOf(const QList<const TrackAnalysis *> &tracks)
{
    QStringList names;
    for (const TrackAnalysis *track : tracks)
        names << track->fileName;
    return names;
}

QString describe(const QList<const TrackAnalysis *> &tracks, const std::function<QString(const TrackAnalysis &)> &what)
{
    QStringList parts;
    for (const TrackAnalysis *track : tracks)
        parts << QStringLiteral("%1 (%2)").arg(track->fileName, what(*track));
    return parts.join(QStringLiteral(", "));
}

QString bitDepthText(const TrackAnalysis &track)
{
    if (track.format.lossy)
        return track.format.encoding;
    return QStringLiteral("%1-bit%2")
        .arg(track.format.bitDepth)
        .arg(track.format.floatingPoint ? QStringLiteral(" float") : QString());
}

AnalysisIssue sessionIssue(
    IssueKind kind, IssueSeverity severity, const QList<const TrackAnalysis *> &files, QString message)
{
    return AnalysisIssue {kind, severity, namesOf(files), std::nan(""), std::nan(""), std::move(message)};
}

} // namespace

QList<AnalysisIssue> sessionIssues(const QList<TrackAnalysis> &tracks, const AnalysisThresholds &t)
{
    QList<const TrackAnalysis *> readable;
    for (const TrackAnalysis &track : tracks) {
        if (track.readable())
            readable << &track;
    }
    QList<AnalysisIssue> issues;
    if (readable.isEmpty())
        return issues;
    const auto filesOf = [&](int count) { return QStringLiteral("%1 of %2 files").arg(count).arg(readable.size()); };
    const auto differ = [](qsizetype count) {
        return count == 1 ? QStringLiteral("1 file differs") : QStringLiteral("%1 files differ").arg(count);
    };

    const Majority rate = majorityOf(
        readable, [](const TrackAnalysis &x) { return double(x.format.sampleRate); }, 0.0);
    if (!rate.others.isEmpty())
        issues << sessionIssue(IssueKind::SampleRateMismatch, IssueSeverity::Error, rate.others,
            QStringLiteral("%1 from the session's %2 Hz (%3): %4; convert to %2 Hz")
                .arg(differ(rate.others.size()))
                .arg(rate.value)
                .arg(filesOf(rate.count))
                .arg(describe(rate.others,
                    [](const TrackAnalysis &x) { return QStringLiteral("%1 Hz").arg(x.format.sampleRate); })));

    QList<const TrackAnalysis *> low;
    for (const TrackAnalysis *track : readable) {
        if (track->format.lossy || (!track->format.floatingPoint && track->format.bitDepth < t.minBitDepth))
            low << track;
    }
    if (!low.isEmpty())
        issues << sessionIssue(IssueKind::LowBitDepth, IssueSeverity::Warning, low,
            QStringLiteral("below %1-bit or lossy: %2; deliver %1-bit PCM or float, never lossy files")
                .arg(t.minBitDepth)
                .arg(describe(low, bitDepthText)));

    const Majority depth = majorityOf(
        readable,
        [](const TrackAnalysis &x) {
            return x.format.lossy ? -1.0 : double(x.format.bitDepth) + (x.format.floatingPoint ? 0.5 : 0.0);
        },
        0.0);
    if (!depth.others.isEmpty())
        issues << sessionIssue(IssueKind::BitDepthMismatch, IssueSeverity::Warning, depth.others,
            QStringLiteral("%1 from the format of the others (%2): %3; deliver one bit depth")
                .arg(differ(depth.others.size()), filesOf(depth.count), describe(depth.others, bitDepthText)));

    const Majority length = majorityOf(
        readable, [](const TrackAnalysis &x) { return x.format.durationSeconds(); }, t.lengthToleranceSeconds);
    if (!length.others.isEmpty())
        issues << sessionIssue(IssueKind::LengthMismatch, IssueSeverity::Warning, length.others,
            QStringLiteral("%1 from the session length of %2 s (%3): %4; consolidate every track "
                           "from the session start to the same end")
                .arg(differ(length.others.size()))
                .arg(length.value, 0, 'f', 3)
                .arg(filesOf(length.count))
                .arg(describe(length.others, [](const TrackAnalysis &x) {
                    return QStringLiteral("%1 s").arg(x.format.durationSeconds(), 0, 'f', 3);
                })));

    QList<const TrackAnalysis *> stamped;
    for (const TrackAnalysis *track : readable) {
        if (track->format.timeReference)
            stamped << track;
    }
    auto startOf = [](const TrackAnalysis &x) { return double(*x.format.timeReference) / x.format.sampleRate; };
    const Majority start = majorityOf(stamped, startOf, t.startToleranceSeconds);
    if (!start.others.isEmpty())
        issues << sessionIssue(IssueKind::StartMismatch, IssueSeverity::Warning, start.others,
            QStringLiteral("%1 from the start of the others, %2 s in Broadcast WAV time (%3 of %4 "
                           "time-stamped files): %5; export every track from the same start")
                .arg(differ(start.others.size()))
                .arg(start.value, 0, 'f', 3)
                .arg(start.count)
                .arg(stamped.size())
                .arg(describe(start.others,
                    [&](const TrackAnalysis &x) { return QStringLiteral("%1 s").arg(startOf(x), 0, 'f', 3); })));
    return issues;
}

QList<AnalysisIssue> pairIssues(const PairAnalysis &pair)
{
    QList<AnalysisIssue> issues;
    if (!pair.measured)
        return issues;
    const QString lag = QStringLiteral("%1 samples (%2 ms)").arg(pair.lagSamples).arg(pair.lagMs, 0, 'f', 2);
    if (pair.polarityInverted)
        issues << AnalysisIssue {IssueKind::PolarityInverted, IssueSeverity::Error, {pair.a, pair.b}, pair.startSeconds,
            pair.endSeconds,
            QStringLiteral("%1 is polarity-inverted relative to %2 (%3: peak correlation %4 at a lag of %5): "
                           "flip its polarity")
                .arg(pair.b, pair.a, pair.source)
                .arg(pair.correlation, 0, 'f', 2)
                .arg(lag)};
    if (pair.timeOffset)
        issues << AnalysisIssue {IssueKind::TimeOffset, IssueSeverity::Warning, {pair.a, pair.b}, pair.startSeconds,
            pair.endSeconds,
            QStringLiteral("%1 %2 %3 by %4 (%5, peak correlation %6): align them")
                .arg(pair.b, pair.lagSamples > 0 ? QStringLiteral("lags") : QStringLiteral("leads"), pair.a)
                .arg(QStringLiteral("%1 samples (%2 ms)")
                         .arg(std::abs(pair.lagSamples))
                         .arg(std::fabs(pair.lagMs), 0, 'f', 2))
                .arg(pair.source)
                .arg(pair.correlation, 0, 'f', 2)};
    return issues;
}

} // namespace prepmark
