#include "WaveformPeaks.h"

#include "AudioFileReader.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <vector>

namespace prepmark {

namespace {
constexpr quint32 kMagic = 0x504d504b; // "PMPK"
constexpr quint32 kVersion = 1;
constexpr qint64 kBlockBuckets = 64;
} // namespace

std::pair<float, float> WaveformPeaks::range(qint64 startFrame, qint64 endFrame) const
{
    if (framesPerBucket <= 0 || minimum.isEmpty())
        return {0.0f, 0.0f};
    const qint64 first = std::max<qint64>(0, startFrame / framesPerBucket);
    const qint64 last = std::min<qint64>(bucketCount(), (endFrame + framesPerBucket - 1) / framesPerBucket);
    if (first >= last)
        return {0.0f, 0.0f};
    float low = minimum[first];
    float high = maximum[first];
    for (qint64 i = first + 1; i < last; ++i) {
        low = std::min(low, minimum[i]);
        high = std::max(high, maximum[i]);
    }
    return {low, high};
}

float WaveformPeaks::peak() const
{
    float result = 0.0f;
    for (qint64 i = 0; i < bucketCount(); ++i)
        result = std::max({result, std::abs(minimum[i]), std::abs(maximum[i])});
    return result;
}

Result<WaveformPeaks> WaveformPeaks::compute(const QString &path, int framesPerBucket, ProgressReporter &progress)
{
    Q_ASSERT(framesPerBucket > 0);
    Result<AudioFileReader> opened = AudioFileReader::open(path);
    if (!opened)
        return opened.error();
    AudioFileReader reader = std::move(opened).value();
    WaveformPeaks peaks;
    peaks.framesPerBucket = framesPerBucket;
    peaks.sampleRate = reader.format().sampleRate;
    peaks.channels = reader.format().channels;
    const int channels = std::max(1, peaks.channels);
    const qint64 declared = reader.format().frames;
    if (declared > 0) {
        peaks.minimum.reserve((declared + framesPerBucket - 1) / framesPerBucket);
        peaks.maximum.reserve((declared + framesPerBucket - 1) / framesPerBucket);
    }
    const qint64 blockFrames = kBlockBuckets * framesPerBucket;
    std::vector<float> buffer(size_t(blockFrames * channels));
    for (;;) {
        if (progress.wasCancelled())
            return makeError(QStringLiteral("%1: waveform cancelled").arg(path));
        const Result<qint64> read = reader.read(buffer.data(), blockFrames);
        if (!read)
            return read.error();
        if (*read == 0)
            break;
        for (qint64 start = 0; start < *read; start += framesPerBucket) {
            const qint64 end = std::min<qint64>(*read, start + framesPerBucket);
            float low = buffer[size_t(start * channels)];
            float high = low;
            for (qint64 i = start * channels; i < end * channels; ++i) {
                low = std::min(low, buffer[size_t(i)]);
                high = std::max(high, buffer[size_t(i)]);
            }
            peaks.minimum << low;
            peaks.maximum << high;
        }
        peaks.frames += *read;
    }
    return peaks;
}

QByteArray WaveformPeaks::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kMagic << kVersion << qint32(framesPerBucket) << qint32(sampleRate) << qint32(channels) << frames
        << qint64(bucketCount());
    for (qint64 i = 0; i < bucketCount(); ++i)
        out << minimum[i] << maximum[i];
    return bytes;
}

Result<WaveformPeaks> WaveformPeaks::fromBytes(const QByteArray &bytes, const QString &sourceName)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 framesPerBucket = 0;
    qint32 sampleRate = 0;
    qint32 channels = 0;
    qint64 frames = 0;
    qint64 buckets = 0;
    in >> magic >> version >> framesPerBucket >> sampleRate >> channels >> frames >> buckets;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return makeError(QStringLiteral("%1: not a PrepMark waveform file").arg(sourceName));
    if (version != kVersion)
        return makeError(
            QStringLiteral("%1: waveform version %2 is not %3").arg(sourceName).arg(version).arg(kVersion));
    if (framesPerBucket <= 0 || buckets < 0 || frames < 0 || buckets != (frames + framesPerBucket - 1) / framesPerBucket
        || qint64(bytes.size()) < buckets * 8)
        return makeError(QStringLiteral("%1: waveform header does not match its data").arg(sourceName));
    WaveformPeaks peaks;
    peaks.framesPerBucket = framesPerBucket;
    peaks.sampleRate = sampleRate;
    peaks.channels = channels;
    peaks.frames = frames;
    peaks.minimum.resize(buckets);
    peaks.maximum.resize(buckets);
    for (qint64 i = 0; i < buckets; ++i)
        in >> peaks.minimum[i] >> peaks.maximum[i];
    if (in.status() != QDataStream::Ok)
        return makeError(QStringLiteral("%1: waveform data is truncated").arg(sourceName));
    return peaks;
}

} // namespace prepmark
