#pragma once

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

namespace prepmark {

// The waveform overview of one audio file: the lowest and highest sample of every
// bucket of framesPerBucket frames, over all channels (full scale = 1.0).
//
// compute() reads the file once, block by block, so its memory does not grow with the
// file (the result is frames / framesPerBucket pairs: 45,000 for four minutes at
// 48 kHz with the default 256). The bytes of toBytes() are what WaveformPeakCache
// stores beside a render, so a stem's peaks are computed once.
struct WaveformPeaks
{
    static constexpr int kDefaultFramesPerBucket = 256;

    int framesPerBucket = kDefaultFramesPerBucket;
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    QVector<float> minimum; // one per bucket
    QVector<float> maximum;

    qint64 bucketCount() const { return minimum.size(); }
    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
    // Lowest and highest sample over the file frames [startFrame, endFrame), at
    // bucket resolution; {0, 0} outside the file.
    std::pair<float, float> range(qint64 startFrame, qint64 endFrame) const;
    float peak() const; // highest |sample| of the file

    // Errors name the file and libsndfile's reason. progress is only polled for
    // cancellation, between blocks; a cancelled run is an Error.
    static Result<WaveformPeaks> compute(const QString &path, int framesPerBucket = kDefaultFramesPerBucket,
        ProgressReporter &progress = ProgressReporter::none());

    QByteArray toBytes() const;
    // Errors name sourceName and what is wrong with the bytes.
    static Result<WaveformPeaks> fromBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace prepmark
