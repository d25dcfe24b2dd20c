#include "StemWriter.h"

#include <QFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace prepmark {
namespace {

struct SndfileCloser
{
    void operator()(SNDFILE *file) const { sf_close(file); }
};

} // namespace

qint32 StemWriter::quantise(float sample, int bitDepth)
{
    const double scale = double(qint64(1) << (bitDepth - 1));
    const double code = std::nearbyint(double(sample) * scale);
    return qint32(std::clamp(code, -scale, scale - 1.0));
}

Status StemWriter::write(const AudioBuffer &buffer, int bitDepth, const QString &path, qint64 timeReference)
{
    if (bitDepth != 16 && bitDepth != 24)
        return makeError(QStringLiteral("%1: cannot write %2-bit PCM").arg(path).arg(bitDepth));
    SF_INFO info {};
    info.samplerate = buffer.sampleRate;
    info.channels = buffer.channelCount();
    info.format = SF_FORMAT_WAV | (bitDepth == 16 ? SF_FORMAT_PCM_16 : SF_FORMAT_PCM_24);
    QFile::remove(path);
    std::unique_ptr<SNDFILE, SndfileCloser> file(sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info));
    if (!file)
        return makeError(
            QStringLiteral("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(sf_strerror(nullptr))));
    SF_BROADCAST_INFO bext {};
    bext.version = 1;
    bext.time_reference_low = quint32(quint64(timeReference) & 0xffffffffu);
    bext.time_reference_high = quint32(quint64(timeReference) >> 32);
    std::memcpy(bext.originator, "PrepMark", 8);
    if (sf_command(file.get(), SFC_SET_BROADCAST_INFO, &bext, sizeof(bext)) != SF_TRUE)
        return makeError(QStringLiteral("%1: cannot write the broadcast WAV header").arg(path));
    const int shift = 32 - bitDepth;
    constexpr qint64 kBlock = 8192;
    std::vector<int> interleaved(std::size_t(kBlock) * std::size_t(info.channels));
    for (qint64 start = 0; start < buffer.frames(); start += kBlock) {
        const qint64 count = std::min(kBlock, buffer.frames() - start);
        for (qint64 i = 0; i < count; ++i) {
            for (int c = 0; c < info.channels; ++c) {
                const qint32 code = quantise(buffer.channels[std::size_t(c)][std::size_t(start + i)], bitDepth);
                // libsndfile keeps the top bitDepth bits of a 32-bit int
                interleaved[std::size_t(i * info.channels + c)] = int(quint32(code) << shift);
            }
        }
        if (sf_writef_int(file.get(), interleaved.data(), count) != count)
            return makeError(
                QStringLiteral("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(sf_strerror(file.get()))));
    }
    if (sf_close(file.release()) != 0)
        return makeError(QStringLiteral("%1: cannot finish the file").arg(path));
    return {};
}

Result<AudioBuffer> StemWriter::read(const QString &path)
{
    SF_INFO info {};
    std::unique_ptr<SNDFILE, SndfileCloser> file(sf_open(path.toLocal8Bit().constData(), SFM_READ, &info));
    if (!file)
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(sf_strerror(nullptr))));
    AudioBuffer buffer(info.channels, info.frames, info.samplerate);
    std::vector<float> interleaved(std::size_t(info.frames) * std::size_t(info.channels));
    const sf_count_t read = sf_readf_float(file.get(), interleaved.data(), info.frames);
    if (read != info.frames)
        return makeError(
            QStringLiteral("%1: the file ends early (%2 of %3 frames)").arg(path).arg(read).arg(info.frames));
    for (sf_count_t i = 0; i < info.frames; ++i) {
        for (int c = 0; c < info.channels; ++c)
            buffer.channels[std::size_t(c)][std::size_t(i)] = interleaved[std::size_t(i * info.channels + c)];
    }
    return buffer;
}

} // namespace prepmark
