#include "FaultPlanter.h"

#include "MicChain.h"
#include "NoiseGenerator.h"
#include "Resampler.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

const PlantedFault *findFault(const DeliveredTrack &track, FaultKind kind)
{
    for (const PlantedFault &fault : track.faults) {
        if (fault.kind == kind)
            return &fault;
    }
    return nullptr;
}

// Adds signal * gain into every channel over [start, start + signal.size()), with
// short linear ramps at both ends so the added sound itself makes no click.
void addWithRamps(AudioBuffer &buffer, const std::vector<float> &signal, qint64 start, float gain, qint64 rampFrames)
{
    const qint64 length = qint64(signal.size());
    for (std::vector<float> &channel : buffer.channels) {
        for (qint64 i = 0; i < length && start + i < qint64(channel.size()); ++i) {
            if (start + i < 0)
                continue;
            float ramp = 1.0f;
            if (rampFrames > 0)
                ramp = float(std::min<qint64>({i, length - 1 - i, rampFrames})) / float(rampFrames);
            channel[std::size_t(start + i)] += gain * ramp * signal[std::size_t(i)];
        }
    }
}

DeterministicRandom randomFor(
    const FaultPlanter::Context &context, const DeliveredTrack &track, const PlantedFault &fault)
{
    return DeterministicRandom(DeterministicRandom::seedFor(
        QStringLiteral("%1/%2/%3").arg(context.exercise.key, track.id, faultKindKey(fault.kind))));
}

} // namespace

qint64 FaultPlanter::Context::frameAt(const BarPosition &position) const
{
    const double seconds = exercise.secondsAtTick(double(exercise.tickAt(position)));
    return std::clamp<qint64>(std::llround(seconds * sampleRate), 0, frames);
}

QVector<QPair<qint64, qint64>> FaultPlanter::findGaps(const AudioBuffer &buffer, double minimumMs)
{
    const qint64 block = std::max(1, buffer.sampleRate / 100); // 10 ms
    const float threshold = buffer.peak() * dbToGain(-45.0);
    const qint64 minimumBlocks = std::max<qint64>(1, std::llround(minimumMs / 10.0));
    QVector<QPair<qint64, qint64>> gaps;
    qint64 runStart = -1;
    const qint64 blocks = buffer.frames() / block;
    for (qint64 b = 0; b <= blocks; ++b) {
        bool quiet = false;
        if (b < blocks) {
            float level = 0.0f;
            for (const std::vector<float> &channel : buffer.channels) {
                for (qint64 i = b * block; i < (b + 1) * block; ++i)
                    level = std::max(level, std::abs(channel[std::size_t(i)]));
            }
            quiet = level < threshold;
        }
        if (quiet && runStart < 0)
            runStart = b;
        if (!quiet && runStart >= 0) {
            if (b - runStart >= minimumBlocks)
                gaps << qMakePair(runStart * block, b * block);
            runStart = -1;
        }
    }
    return gaps;
}

void FaultPlanter::plantPhraseNoise(AudioBuffer &buffer, const PlantedFault &fault,
    const QVector<QPair<qint64, qint64>> &gaps, const Context &context, DeterministicRandom &random)
{
    NoiseGenerator generator(context.sampleRate, random);
    const float gain = dbToGain(fault.levelDbfs);
    const qint64 ramp = context.sampleRate / 50; // 20 ms
    for (const auto &[start, end] : gaps) {
        const qint64 length = end - start;
        if (fault.variant == QLatin1String("buzz")) {
            addWithRamps(buffer, generator.buzz(length), start, gain, ramp);
        } else if (fault.variant == QLatin1String("breaths")) {
            // an inhale just before the next phrase; none after the last one
            if (end >= buffer.frames() - context.sampleRate / 10 || length < context.sampleRate * 2 / 5)
                continue;
            const qint64 breathFrames
                = std::min<qint64>(context.sampleRate * 45 / 100, length - context.sampleRate / 10);
            const qint64 breathStart = end - context.sampleRate * 8 / 100 - breathFrames;
            addWithRamps(buffer, generator.breath(breathFrames), breathStart, gain, 0);
        } else {
            const std::vector<float> click = generator.headphoneClick();
            const double beatFrames
                = context.exercise.secondsAtTick(double(context.exercise.meter.beatTicks())) * context.sampleRate;
            const qint64 firstBeat = qint64(std::ceil(double(start + ramp) / beatFrames));
            for (qint64 beat = firstBeat; double(beat) * beatFrames + double(click.size()) < double(end - ramp); ++beat)
                addWithRamps(buffer, click, std::llround(double(beat) * beatFrames), gain, 0);
        }
    }
}

void FaultPlanter::plantClicks(AudioBuffer &buffer, const PlantedFault &fault, const Context &context)
{
    const float loud = buffer.peak() * 0.3f;
    const qint64 barFrames
        = std::llround(context.exercise.secondsAtTick(double(context.exercise.meter.barTicks())) * context.sampleRate);
    const qint64 gap = std::max<qint64>(1, std::llround(fault.gapMs * context.sampleRate / 1000.0));
    const qint64 window = context.sampleRate / 400; // 2.5 ms
    const std::vector<float> &first = buffer.channels[0];
    // A hard edit clicks where the track is loud and smooth (a sustained, tonal
    // moment): in silence it makes no sound, and inside a drum hit or a consonant it
    // is masked. Smooth: the mean |second difference| around it is small against it.
    auto suitable = [&](qint64 frame) {
        if (frame < window + 1 || frame + window + 1 >= qint64(first.size())
            || std::abs(first[std::size_t(frame)]) < loud)
            return false;
        double roughness = 0.0;
        for (qint64 i = frame - window; i <= frame + window; ++i)
            roughness += std::abs(first[std::size_t(i + 1)] - 2.0f * first[std::size_t(i)] + first[std::size_t(i - 1)]);
        return roughness / double(2 * window + 1) < std::abs(first[std::size_t(frame)]) / 16.0;
    };
    for (const BarPosition &position : fault.at) {
        const qint64 last = buffer.frames() - gap - window - 2;
        const qint64 wanted = std::min(context.frameAt(position), last);
        qint64 at = -1;
        for (qint64 f = wanted; f < std::min(last, wanted + barFrames) && at < 0; ++f) {
            if (suitable(f))
                at = f;
        }
        for (qint64 f = wanted; f >= std::max<qint64>(0, wanted - barFrames) && at < 0; --f) {
            if (suitable(f))
                at = f;
        }
        for (qint64 f = wanted; f < std::min(last, wanted + barFrames) && at < 0; ++f) {
            if (std::abs(first[std::size_t(f)]) >= loud)
                at = f;
        }
        if (at < 0)
            at = std::max<qint64>(0, wanted);
        for (std::vector<float> &channel : buffer.channels)
            std::fill(channel.begin() + std::ptrdiff_t(at), channel.begin() + std::ptrdiff_t(at + gap), 0.0f);
    }
}

void FaultPlanter::plantSignalFaults(AudioBuffer &buffer, const DeliveredTrack &track, const Context &context)
{
    if (const PlantedFault *fault = findFault(track, FaultKind::Delay))
        delayBuffer(buffer, std::llround(fault->delayMs * context.sampleRate / 1000.0));
    if (findFault(track, FaultKind::Polarity))
        buffer.scale(-1.0f);
    if (const PlantedFault *fault = findFault(track, FaultKind::Distortion)) {
        const float peak = buffer.peak();
        const float drive = float(fault->drive) / peak;
        const float norm = softClip(float(fault->drive));
        for (std::vector<float> &channel : buffer.channels) {
            for (float &sample : channel)
                sample = softClip(drive * sample) / norm * peak;
        }
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::Lofi)) {
        const double step = 2.0 / double(1 << fault->bits);
        const double advance = double(fault->sampleRate) / context.sampleRate;
        for (std::vector<float> &channel : buffer.channels) {
            double phase = 1.0;
            float held = 0.0f;
            for (float &sample : channel) {
                phase += advance;
                if (phase >= 1.0) {
                    phase -= 1.0;
                    held = float(std::nearbyint(sample / step) * step);
                }
                sample = held;
            }
        }
    }
    // phrase noise goes where the clean track is quiet, before anything else is added
    const QVector<QPair<qint64, qint64>> gaps
        = findFault(track, FaultKind::PhraseNoise) ? findGaps(buffer, 300.0) : QVector<QPair<qint64, qint64>>();
    for (const PlantedFault &fault : track.faults) {
        DeterministicRandom random = randomFor(context, track, fault);
        NoiseGenerator generator(context.sampleRate, random);
        const float gain = dbToGain(fault.levelDbfs);
        switch (fault.kind) {
        case FaultKind::Hum:
            addWithRamps(buffer, generator.hum(buffer.frames(), fault.frequencyHz, fault.harmonics), 0, gain, 0);
            break;
        case FaultKind::Noise:
            for (int c = 0; c < buffer.channelCount(); ++c) {
                const std::vector<float> noise = generator.noise(buffer.frames(), fault.variant);
                std::vector<float> &channel = buffer.channels[std::size_t(c)];
                for (std::size_t i = 0; i < channel.size(); ++i)
                    channel[i] += gain * noise[i];
            }
            break;
        case FaultKind::PhraseNoise:
            plantPhraseNoise(buffer, fault, gaps, context, random);
            break;
        case FaultKind::Crackle:
            addWithRamps(buffer, generator.crackle(buffer.frames(), fault.ratePerSecond), 0, gain, 0);
            break;
        default:
            break;
        }
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::DcOffset)) {
        for (std::vector<float> &channel : buffer.channels) {
            for (float &sample : channel)
                sample += float(fault->percent / 100.0);
        }
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::Clicks))
        plantClicks(buffer, *fault, context);
}

DeliveredFile FaultPlanter::deliver(AudioBuffer buffer, const DeliveredTrack &track, const Context &context)
{
    qint64 start = 0;
    if (const PlantedFault *fault = findFault(track, FaultKind::Unconsolidated)) {
        start = context.frameAt(BarPosition {fault->startBar, 1.0});
        qint64 end = fault->endBar > 0 ? context.frameAt(BarPosition {fault->endBar + 1, 1.0}) : buffer.frames();
        end = std::clamp<qint64>(end, start + 1, buffer.frames());
        for (std::vector<float> &channel : buffer.channels)
            channel
                = std::vector<float>(channel.begin() + std::ptrdiff_t(start), channel.begin() + std::ptrdiff_t(end));
    }
    if (findFault(track, FaultKind::DualMono) && buffer.channelCount() == 2)
        buffer.channels[1] = buffer.channels[0];
    if (const PlantedFault *fault = findFault(track, FaultKind::OneSideSilent)) {
        std::vector<float> &side = buffer.channels[fault->variant == QLatin1String("left") ? 0 : 1];
        std::fill(side.begin(), side.end(), 0.0f);
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::SampleRate)) {
        const Resampler resampler(buffer.sampleRate, fault->sampleRate);
        const qint64 frames = std::llround(double(buffer.frames()) * fault->sampleRate / buffer.sampleRate);
        for (std::vector<float> &channel : buffer.channels)
            channel = resampler.process(channel, frames);
        buffer.sampleRate = fault->sampleRate;
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::Hot)) {
        const float peak = buffer.peak();
        if (peak > 0.0f)
            buffer.scale(dbToGain(fault->peakDbfs) / peak);
    }
    if (const PlantedFault *fault = findFault(track, FaultKind::Clipping)) {
        const float peak = buffer.peak();
        if (peak > 0.0f)
            buffer.scale(dbToGain(fault->driveDb) / peak);
        for (std::vector<float> &channel : buffer.channels) {
            for (float &sample : channel)
                sample = std::clamp(sample, -1.0f, 1.0f);
        }
    }
    const PlantedFault *depth = findFault(track, FaultKind::BitDepth);
    DeliveredFile file;
    file.bitDepth = depth ? depth->bits : context.exercise.bitDepth;
    file.timeReference = std::llround(double(start) * buffer.sampleRate / context.sampleRate);
    file.audio = std::move(buffer);
    return file;
}

} // namespace prepmark
