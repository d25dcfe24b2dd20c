#include "TrackAnalyzer.h"

#include "AudioFileReader.h"
#include "audio/measure/ClickDetector.h"
#include "audio/measure/ClippingDetector.h"
#include "audio/measure/LevelMeter.h"
#include "audio/measure/LoudestStretchFinder.h"
#include "audio/measure/LoudnessMeter.h"
#include "audio/measure/NoiseFloorMeter.h"
#include "audio/measure/SampleMath.h"
#include "audio/measure/SilenceDetector.h"
#include "audio/measure/StereoImageMeter.h"
#include "audio/measure/TruePeakMeter.h"

#include <QFileInfo>

namespace prepmark {

std::vector<std::unique_ptr<TrackMeasurement>> TrackAnalyzer::createMeasurements() const
{
    std::vector<std::unique_ptr<TrackMeasurement>> measurements;
    measurements.push_back(std::make_unique<LevelMeter>());
    measurements.push_back(std::make_unique<TruePeakMeter>());
    measurements.push_back(std::make_unique<LoudnessMeter>());
    measurements.push_back(std::make_unique<ClippingDetector>(m_thresholds));
    measurements.push_back(std::make_unique<SilenceDetector>(m_thresholds));
    measurements.push_back(std::make_unique<NoiseFloorMeter>(m_thresholds));
    measurements.push_back(std::make_unique<ClickDetector>(m_thresholds));
    measurements.push_back(std::make_unique<StereoImageMeter>(m_thresholds));
    measurements.push_back(std::make_unique<LoudestStretchFinder>(m_thresholds));
    return measurements;
}

Result<TrackAnalysis> TrackAnalyzer::analyse(const QString &path, const BlockObserver &observer) const
{
    TrackAnalysis analysis;
    analysis.path = path;
    analysis.fileName = QFileInfo(path).fileName();

    Result<AudioFileReader> opened = AudioFileReader::open(path);
    if (!opened) {
        analysis.error = opened.errorMessage();
        return analysis;
    }
    AudioFileReader reader = std::move(opened).value();
    const AudioFormat &format = reader.format();
    analysis.format = format;

    const auto measurements = createMeasurements();
    for (const auto &measurement : measurements)
        measurement->initialize(format);

    const int channels = format.channels;
    std::vector<float> interleaved(size_t(kBlockFrames * channels));
    std::vector<float> planar(channels > 1 ? size_t(kBlockFrames * channels) : 0);
    std::vector<const float *> channelPointers(static_cast<size_t>(channels));
    for (int c = 0; c < channels; ++c)
        channelPointers[size_t(c)] = channels > 1 ? planar.data() + c * kBlockFrames : interleaved.data();

    qint64 position = 0;
    while (true) {
        clearUpperVectorState();
        const Result<qint64> read = reader.read(interleaved.data(), kBlockFrames);
        if (!read) {
            analysis.error = read.errorMessage();
            return analysis;
        }
        const qint64 frames = *read;
        if (frames == 0)
            break;
        if (channels > 1) {
            for (qint64 i = 0; i < frames; ++i)
                for (int c = 0; c < channels; ++c)
                    planar[size_t(c * kBlockFrames + i)] = interleaved[size_t(i * channels + c)];
        }
        const AudioBlock block {interleaved.data(), channelPointers, frames, position};
        for (const auto &measurement : measurements)
            measurement->process(block);
        position += frames;
        if (observer && !observer(position, format.frames))
            return makeError(QStringLiteral("%1: analysis cancelled").arg(path));
    }
    analysis.format = reader.format(); // a lossy file's length is known only now
    for (const auto &measurement : measurements)
        measurement->finish(analysis);
    return analysis;
}

} // namespace prepmark
