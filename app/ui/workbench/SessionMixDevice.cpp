#include "SessionMixDevice.h"

#include <QDir>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace prepmark {

struct SessionMixDevice::Stem
{
    SessionTrack track;
    AudioFileReader reader;
    qint64 nextFrame = 0; // the reader's position in the file
    float gain = 1.0f;
};

SessionMixDevice::SessionMixDevice(QString folder, QObject *parent) : QIODevice(parent), m_folder(std::move(folder)) { }

SessionMixDevice::~SessionMixDevice() = default;

QStringList SessionMixDevice::setSession(const Session &session)
{
    QStringList errors;
    std::vector<std::unique_ptr<Stem>> stems;
    for (const SessionTrack &track : session.tracks) {
        if (track.removed)
            continue;
        Result<AudioFileReader> reader = AudioFileReader::open(QDir(m_folder).filePath(track.file));
        if (!reader) {
            errors << reader.errorMessage();
            continue;
        }
        const float gain = float(std::pow(10.0, track.gainDb / 20.0)) * (track.polarityInverted ? -1.0f : 1.0f);
        stems.push_back(std::make_unique<Stem>(Stem {track, std::move(reader).value(), 0, gain}));
    }
    QMutexLocker lock(&m_mutex);
    m_stems = std::move(stems);
    m_sampleRate = session.sampleRate;
    m_length = session.lengthSamples;
    return errors;
}

void SessionMixDevice::setAudible(std::function<bool(const QString &)> audible)
{
    QMutexLocker lock(&m_mutex);
    m_audible = std::move(audible);
}

void SessionMixDevice::seekFrame(qint64 frame)
{
    QMutexLocker lock(&m_mutex);
    m_position = std::clamp<qint64>(frame, 0, m_length);
}

qint64 SessionMixDevice::positionFrames() const
{
    QMutexLocker lock(&m_mutex);
    return m_position;
}

qint64 SessionMixDevice::bytesAvailable() const
{
    QMutexLocker lock(&m_mutex);
    return (m_length - m_position) * 2 * qint64(sizeof(float)) + QIODevice::bytesAvailable();
}

qint64 SessionMixDevice::readData(char *data, qint64 maxSize)
{
    QMutexLocker lock(&m_mutex);
    const qint64 frames = std::min<qint64>(maxSize / qint64(2 * sizeof(float)), m_length - m_position);
    if (frames <= 0)
        return 0;
    auto *out = reinterpret_cast<float *>(data);
    std::fill(out, out + frames * 2, 0.0f);
    for (const std::unique_ptr<Stem> &stem : m_stems) {
        const SessionTrack &track = stem->track;
        if (m_audible && !m_audible(track.id))
            continue;
        const qint64 fileFrames = stem->reader.format().frames;
        const int channels = std::max(1, stem->reader.format().channels);
        // The file frames this block covers.
        const qint64 first = std::max<qint64>(0, m_position - track.offsetSamples);
        const qint64 last = std::min<qint64>(fileFrames, m_position + frames - track.offsetSamples);
        if (first >= last)
            continue;
        if (stem->nextFrame != first) {
            if (!stem->reader.seek(first))
                continue;
            stem->nextFrame = first;
        }
        m_scratch.resize(size_t((last - first) * channels));
        const Result<qint64> read = stem->reader.read(m_scratch.data(), last - first);
        if (!read)
            continue;
        stem->nextFrame = first + *read;
        const float centre = channels == 1 ? float(M_SQRT1_2) : 1.0f;
        for (qint64 i = 0; i < *read; ++i) {
            const qint64 fileFrame = first + i;
            float gain = stem->gain * centre;
            if (track.fadeInSamples > 0 && fileFrame < track.fadeInSamples)
                gain *= float(fileFrame) / float(track.fadeInSamples);
            if (track.fadeOutSamples > 0 && fileFrames - fileFrame < track.fadeOutSamples)
                gain *= float(fileFrames - fileFrame) / float(track.fadeOutSamples);
            for (const SampleRange &cut : track.cuts) {
                if (fileFrame >= cut.start && fileFrame < cut.end)
                    gain = 0.0f;
            }
            const qint64 o = (fileFrame + track.offsetSamples - m_position) * 2;
            const float left = m_scratch[size_t(i * channels)];
            const float right = channels > 1 ? m_scratch[size_t(i * channels + 1)] : left;
            out[o] += left * gain;
            out[o + 1] += right * gain;
        }
    }
    m_position += frames;
    return frames * qint64(2 * sizeof(float));
}

} // namespace prepmark
