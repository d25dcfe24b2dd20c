#include "PreparedTrackRenderer.h"

#include "AudioBuffer.h"
#include "Declicker.h"
#include "Declipper.h"
#include "HumRemover.h"
#include "Resampler.h"
#include "SpectralDenoiser.h"
#include "StemWriter.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;

bool has(const SessionTrack &track, const char *step)
{
    return track.processing.contains(QLatin1String(step));
}

double peakDbfs(const AudioBuffer &buffer, qint64 from, qint64 to)
{
    from = std::clamp<qint64>(from, 0, buffer.frames());
    to = std::clamp<qint64>(to, from, buffer.frames());
    float peak = 0.0f;
    for (const std::vector<float> &channel : buffer.channels) {
        for (qint64 i = from; i < to; ++i)
            peak = std::max(peak, std::abs(channel[std::size_t(i)]));
    }
    return peak > 0.0f ? 20.0 * std::log10(double(peak)) : -std::numeric_limits<double>::infinity();
}

// Raised-cosine gain for position i of a ramp of `length` frames rising from 0 to 1.
float rise(qint64 i, qint64 length)
{
    return float(0.5 - 0.5 * std::cos(kPi * (double(i) + 0.5) / double(length)));
}

void applyChannelSteps(AudioBuffer &buffer, const SessionTrack &track)
{
    if (buffer.channelCount() < 2)
        return;
    std::vector<float> mono;
    if (has(track, "mono_from_left")) {
        mono = buffer.channels[0];
    } else if (has(track, "mono_from_right")) {
        mono = buffer.channels[1];
    } else if (has(track, "to_mono")) {
        mono.assign(std::size_t(buffer.frames()), 0.0f);
        const float share = 1.0f / float(buffer.channelCount());
        for (const std::vector<float> &channel : buffer.channels) {
            for (std::size_t i = 0; i < mono.size(); ++i)
                mono[i] += share * channel[i];
        }
    } else {
        return;
    }
    buffer.channels.assign(1, std::move(mono));
}

void applyCuts(AudioBuffer &buffer, const QVector<SampleRange> &cuts, double scale)
{
    const qint64 ramp
        = std::max<qint64>(1, std::llround(PreparedStemRenderer::kCutFadeMs * buffer.sampleRate / 1000.0));
    for (const SampleRange &cut : cuts) {
        const qint64 start = std::clamp<qint64>(std::llround(double(cut.start) * scale), 0, buffer.frames());
        const qint64 end = std::clamp<qint64>(std::llround(double(cut.end) * scale), start, buffer.frames());
        const qint64 length = end - start;
        const qint64 edge = std::min(ramp, length / 2);
        for (std::vector<float> &channel : buffer.channels) {
            for (qint64 i = start; i < end; ++i) {
                float gain = 0.0f;
                if (i - start < edge)
                    gain = 1.0f - rise(i - start, edge);
                else if (end - 1 - i < edge)
                    gain = 1.0f - rise(end - 1 - i, edge);
                channel[std::size_t(i)] *= gain;
            }
        }
    }
}

void applyFades(AudioBuffer &buffer, qint64 fadeIn, qint64 fadeOut)
{
    const qint64 frames = buffer.frames();
    fadeIn = std::clamp<qint64>(fadeIn, 0, frames);
    fadeOut = std::clamp<qint64>(fadeOut, 0, frames);
    for (std::vector<float> &channel : buffer.channels) {
        for (qint64 i = 0; i < fadeIn; ++i)
            channel[std::size_t(i)] *= rise(i, fadeIn);
        for (qint64 i = 0; i < fadeOut; ++i)
            channel[std::size_t(frames - 1 - i)] *= rise(i, fadeOut);
    }
}

// The delivered file of a track, checked against what session.json says of it.
Result<AudioBuffer> readDelivered(const SessionTrack &track, const QString &source, const QString &where)
{
    if (!QFileInfo::exists(source))
        return makeError(QStringLiteral("%1: the delivered file is missing").arg(where));
    Result<AudioBuffer> read = StemWriter::read(source);
    if (!read)
        return makeError(QStringLiteral("track \"%1\": %2").arg(track.id, read.errorMessage()));
    if (track.fileSampleRate > 0 && read->sampleRate != track.fileSampleRate)
        return makeError(QStringLiteral("%1: the file is at %2 Hz, session.json says %3 Hz (delivered.sampleRate)")
                             .arg(where)
                             .arg(read->sampleRate)
                             .arg(track.fileSampleRate));
    if (track.fileFrames > 0 && read->frames() != track.fileFrames)
        return makeError(QStringLiteral("%1: the file has %2 frames, session.json says %3 (delivered.frames)")
                             .arg(where)
                             .arg(read->frames())
                             .arg(track.fileFrames));
    if (read->isEmpty() || read->channelCount() < 1)
        return makeError(QStringLiteral("%1: the file holds no audio").arg(where));
    return read;
}

void convertRate(AudioBuffer &buffer, int sampleRate)
{
    const Resampler resampler(buffer.sampleRate, sampleRate);
    const qint64 frames = std::llround(double(buffer.frames()) * sampleRate / buffer.sampleRate);
    for (std::vector<float> &channel : buffer.channels)
        channel = resampler.process(channel, frames);
    buffer.sampleRate = sampleRate;
}

void removeDc(AudioBuffer &buffer)
{
    for (std::vector<float> &channel : buffer.channels) {
        double mean = 0.0;
        for (float sample : channel)
            mean += sample;
        mean /= double(std::max<std::size_t>(1, channel.size()));
        for (float &sample : channel)
            sample = float(sample - mean);
    }
}

// The track's channel and repair steps, in the order PreparedStemRenderer.h lists them;
// progress is polled for cancellation between the costly ones.
Status applyRepairs(AudioBuffer &buffer, const Session &session, const SessionTrack &track, ProgressReporter &progress)
{
    auto cancelled = [] { return makeError(QStringLiteral("cancelled")); };
    applyChannelSteps(buffer, track);
    if (has(track, "declip"))
        Declipper::process(buffer);
    if (has(track, "declick")) {
        for (std::vector<float> &channel : buffer.channels)
            Declicker::process(channel, buffer.sampleRate);
    }
    if (progress.wasCancelled())
        return cancelled();
    if (has(track, "convert_rate") && buffer.sampleRate != session.sampleRate)
        convertRate(buffer, session.sampleRate);
    if (has(track, "remove_dc"))
        removeDc(buffer);
    if (has(track, "notch_hum"))
        HumRemover::process(buffer);
    if (progress.wasCancelled())
        return cancelled();
    if (has(track, "denoise")) {
        for (std::vector<float> &channel : buffer.channels)
            SpectralDenoiser::process(channel);
    }
    if (progress.wasCancelled())
        return cancelled();
    return {};
}

// Measures the edit edges and fades into stem, applies the fades, and places the
// audible region of buffer on the session's timeline at the track's offset. scale
// converts session-rate positions to the buffer's rate.
AudioBuffer placeOnTimeline(
    AudioBuffer &buffer, const Session &session, const SessionTrack &track, double scale, PreparedStem &stem)
{
    const qint64 offset = std::llround(double(track.offsetSamples) * scale);
    const qint64 length = std::llround(double(session.lengthSamples) * scale);
    const qint64 millisecond = std::max<qint64>(1, buffer.sampleRate / 1000);
    // The audible region on the timeline: file frames [first, last).
    const qint64 first = std::max<qint64>(0, -offset);
    const qint64 last = std::min(buffer.frames(), length - offset);
    // Only edges inside the timeline are edits; the session's own start and end are not.
    if (first < last && offset > 0)
        stem.startEdgeDbfs = peakDbfs(buffer, first, first + millisecond);
    if (first < last && last + offset < length)
        stem.endEdgeDbfs = peakDbfs(buffer, last - millisecond, last);
    const qint64 fadeIn = std::llround(double(track.fadeInSamples) * scale);
    const qint64 fadeOut = std::llround(double(track.fadeOutSamples) * scale);
    stem.fadeInMs = first == 0 ? 1000.0 * double(fadeIn) / buffer.sampleRate : 0.0;
    stem.fadeOutMs = last == buffer.frames() ? 1000.0 * double(fadeOut) / buffer.sampleRate : 0.0;
    applyFades(buffer, fadeIn, fadeOut);

    AudioBuffer placed(buffer.channelCount(), length, buffer.sampleRate);
    for (int c = 0; c < buffer.channelCount(); ++c) {
        const std::vector<float> &from = buffer.channels[std::size_t(c)];
        std::vector<float> &to = placed.channels[std::size_t(c)];
        for (qint64 i = first; i < last; ++i)
            to[std::size_t(i + offset)] = from[std::size_t(i)];
    }
    return placed;
}

// The session's depth when the track converts or already has it, else the file's;
// anything but 16 or 24 bits is written as 24.
int outputBitDepth(const Session &session, const SessionTrack &track)
{
    const int fileBitDepth = track.fileBitDepth > 0 ? track.fileBitDepth : session.bitDepth;
    const bool convertDepth = has(track, "convert_bit_depth") || fileBitDepth == session.bitDepth;
    const int depth = convertDepth ? session.bitDepth : fileBitDepth;
    return depth == 16 || depth == 24 ? depth : 24;
}

} // namespace

Result<PreparedStem> PreparedTrackRenderer::render(const Session &session, const SessionTrack &track,
    const QString &audioDirectory, const QString &outputPath, ProgressReporter &progress)
{
    const QString source = QDir(audioDirectory).filePath(track.file);
    const QString where = QStringLiteral("track \"%1\" (%2)").arg(track.id, source);
    Result<AudioBuffer> read = readDelivered(track, source, where);
    if (!read)
        return read.error();
    AudioBuffer buffer = std::move(read).value();
    if (const Status repaired = applyRepairs(buffer, session, track, progress); !repaired)
        return repaired.error();

    // Positions in session.json are at the session rate; a file left at another rate
    // plays at its own rate, so they are scaled to it.
    const double scale = double(buffer.sampleRate) / session.sampleRate;
    applyCuts(buffer, track.cuts, scale);
    buffer.scale((track.polarityInverted ? -1.0f : 1.0f) * dbToGain(track.gainDb));

    PreparedStem stem;
    stem.trackId = track.id;
    const AudioBuffer placed = placeOnTimeline(buffer, session, track, scale, stem);
    buffer = {};

    stem.bitDepth = outputBitDepth(session, track);
    if (progress.wasCancelled())
        return makeError(QStringLiteral("cancelled"));
    const Status written = StemWriter::write(placed, stem.bitDepth, outputPath, 0);
    if (!written)
        return makeError(QStringLiteral("track \"%1\": %2").arg(track.id, written.errorMessage()));
    stem.path = QFileInfo(outputPath).absoluteFilePath();
    stem.fileName = QFileInfo(outputPath).fileName();
    stem.sampleRate = placed.sampleRate;
    stem.channels = placed.channelCount();
    stem.frames = placed.frames();
    return stem;
}

} // namespace prepmark
