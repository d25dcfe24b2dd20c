#include "Commands.h"
#include "OptionParser.h"

#include "audio/AudioFileFinder.h"
#include "audio/SessionAnalysisJson.h"
#include "audio/SessionAnalyzer.h"
#include "audio/TrackChecks.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace prepmark::cli {
namespace {

// Prints "analyse: 42%" on one line of a terminal; prints nothing when stderr is
// a file, a pipe or a string (tests), so that logs stay clean.
class CliProgress : public ProgressReporter
{
public:
    explicit CliProgress(QTextStream &err) : m_err(err)
    {
        auto *file = qobject_cast<QFile *>(err.device());
        m_terminal = file && file->handle() >= 0 && ::isatty(file->handle());
    }
    ~CliProgress() override
    {
        if (m_terminal && m_shown)
            m_err << "\r\033[K" << Qt::flush;
    }

    void setProgress(int percent) override
    {
        if (!m_terminal)
            return;
        const std::lock_guard lock(m_mutex);
        m_err << "\ranalyse: " << percent << "% " << m_message << "\033[K" << Qt::flush;
        m_shown = true;
    }
    void setMessage(const QString &message) override
    {
        const std::lock_guard lock(m_mutex);
        m_message = message;
    }
    bool wasCancelled() const override { return false; }

private:
    QTextStream &m_err;
    std::mutex m_mutex;
    QString m_message;
    bool m_terminal = false;
    bool m_shown = false;
};

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-inf");
}

QString timeRange(const AnalysisIssue &issue)
{
    if (!std::isfinite(issue.startSeconds))
        return {};
    if (!std::isfinite(issue.endSeconds) || issue.endSeconds == issue.startSeconds)
        return formatTimestamp(issue.startSeconds);
    return formatTimestamp(issue.startSeconds) + QLatin1Char('-') + formatTimestamp(issue.endSeconds);
}

void printTable(const SessionAnalysis &session, QTextStream &out)
{
    qsizetype width = 4;
    for (const TrackAnalysis &track : session.tracks)
        width = std::max(width, track.fileName.size());
    width = std::min<qsizetype>(width, 40);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12\n")
               .arg(QStringLiteral("file"), -int(width))
               .arg(QStringLiteral("rate"), 6)
               .arg(QStringLiteral("bits"), 4)
               .arg(QStringLiteral("ch"), 2)
               .arg(QStringLiteral("seconds"), 9)
               .arg(QStringLiteral("peak"), 6)
               .arg(QStringLiteral("TP"), 6)
               .arg(QStringLiteral("RMS"), 6)
               .arg(QStringLiteral("LUFS"), 6)
               .arg(QStringLiteral("LRA"), 5)
               .arg(QStringLiteral("DC"), 6)
               .arg(QStringLiteral("clipped"), 7);
    for (const TrackAnalysis &track : session.tracks) {
        const QString name = track.fileName.left(width);
        if (!track.readable()) {
            out << QStringLiteral("%1 unreadable\n").arg(name, -int(width));
            continue;
        }
        const AudioFormat &f = track.format;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12\n")
                   .arg(name, -int(width))
                   .arg(f.sampleRate, 6)
                   .arg(f.bitDepth > 0 ? QString::number(f.bitDepth) : QStringLiteral("-"), 4)
                   .arg(f.channels, 2)
                   .arg(f.durationSeconds(), 9, 'f', 3)
                   .arg(number(track.samplePeakDbfs, 1), 6)
                   .arg(number(track.truePeakDbtp, 1), 6)
                   .arg(number(track.rmsDbfs, 1), 6)
                   .arg(number(track.loudnessLufs, 1), 6)
                   .arg(std::isnan(track.loudnessRangeLu) ? QStringLiteral("-") : number(track.loudnessRangeLu, 1), 5)
                   .arg(number(track.dcOffsetDbfs(), 0), 6)
                   .arg(track.clipping.clippedSamples(), 7);
    }
    out << "\nlevels in dBFS (peak, RMS, DC), dBTP (true peak), LUFS and LU (loudness, loudness range)\n";
    if (!session.pairs.isEmpty()) {
        out << "\nrelated pairs\n";
        for (const PairAnalysis &pair : session.pairs) {
            out << "  " << pair.a << " / " << pair.b << " (" << pair.source << "): ";
            if (!pair.measured) {
                out << pair.note << '\n';
                continue;
            }
            out << "lag " << pair.lagSamples << " samples (" << QString::number(pair.lagMs, 'f', 2)
                << " ms), correlation " << QString::number(pair.correlation, 'f', 2);
            if (pair.polarityInverted)
                out << ", POLARITY INVERTED";
            if (pair.timeOffset)
                out << ", TIME OFFSET";
            out << '\n';
        }
    }
    out << "\nissues: " << session.issues.size() << '\n';
    for (const AnalysisIssue &issue : session.issues) {
        out << QStringLiteral("  %1 %2 %3 %4  %5\n")
                   .arg(issueSeverityName(issue.severity), -7)
                   .arg(issueKindName(issue.kind), -20)
                   .arg(issue.files.join(QStringLiteral(", ")), -int(width))
                   .arg(timeRange(issue), -17)
                   .arg(issue.message);
    }
}

int usage(CliStreams &streams, const QString &message)
{
    return usageError(streams, analyseCommand(), message);
}

int runAnalyse(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.valueOption(QStringLiteral("threads")).valueOption(QStringLiteral("config")).flag(QStringLiteral("json"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.positional().isEmpty())
        return usage(streams, QStringLiteral("give at least one audio file or folder"));

    AnalysisOptions analysisOptions;
    if (!options.readCount(QStringLiteral("threads"), analysisOptions.threads, QStringLiteral("threads"), 1024))
        return usage(streams, options.error());
    AnalysisConfig config;
    if (options.isSet(QStringLiteral("config"))) {
        Result<AnalysisConfig> loaded = AnalysisConfig::fromJsonFile(options.value(QStringLiteral("config")));
        if (!loaded)
            return usage(streams, QStringLiteral("--config: ") + loaded.errorMessage());
        config = std::move(loaded).value();
    }
    const Result<QStringList> files = AudioFileFinder::find(options.positional());
    if (!files)
        return usage(streams, files.errorMessage());
    if (files->isEmpty())
        return usage(
            streams, QStringLiteral("no audio files in %1").arg(options.positional().join(QStringLiteral(", "))));

    CliProgress progress(streams.err);
    const Result<SessionAnalysis> session = SessionAnalyzer(config).analyse(*files, analysisOptions, progress);
    if (!session) {
        streams.err << "prepmark-cli analyse: " << session.errorMessage() << '\n';
        return ExitFailure;
    }
    if (options.isSet(QStringLiteral("json")))
        streams.out << QJsonDocument(sessionAnalysisToJson(*session)).toJson(QJsonDocument::Indented);
    else
        printTable(*session, streams.out);
    for (const TrackAnalysis &track : session->tracks) {
        if (!track.readable())
            streams.err << "prepmark-cli analyse: unreadable: " << track.error << '\n';
    }
    return session->allReadable() ? ExitSuccess : ExitPartial;
}

} // namespace

CliCommand analyseCommand()
{
    return {QStringLiteral("analyse"), QStringLiteral("analyse PATH... [--json] [--threads N] [--config FILE]"),
        runAnalyse};
}

} // namespace prepmark::cli
