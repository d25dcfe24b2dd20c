#include "AudioFileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sndfile.h>

#include <algorithm>
#include <utility>

namespace prepmark {
namespace {

struct Encoding
{
    int bitDepth = 0;
    bool floatingPoint = false;
    bool lossy = false;
    QString name;
};

Encoding encodingOf(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
        return {8, false, false, QStringLiteral("PCM 8-bit")};
    case SF_FORMAT_PCM_16:
        return {16, false, false, QStringLiteral("PCM 16-bit")};
    case SF_FORMAT_PCM_24:
        return {24, false, false, QStringLiteral("PCM 24-bit")};
    case SF_FORMAT_PCM_32:
        return {32, false, false, QStringLiteral("PCM 32-bit")};
    case SF_FORMAT_FLOAT:
        return {32, true, false, QStringLiteral("float 32-bit")};
    case SF_FORMAT_DOUBLE:
        return {64, true, false, QStringLiteral("float 64-bit")};
    case SF_FORMAT_ULAW:
        return {8, false, false, QStringLiteral("u-law 8-bit")};
    case SF_FORMAT_ALAW:
        return {8, false, false, QStringLiteral("A-law 8-bit")};
    case SF_FORMAT_DWVW_12:
        return {12, false, false, QStringLiteral("DWVW 12-bit")};
    case SF_FORMAT_DWVW_16:
        return {16, false, false, QStringLiteral("DWVW 16-bit")};
    case SF_FORMAT_DWVW_24:
        return {24, false, false, QStringLiteral("DWVW 24-bit")};
    case SF_FORMAT_ALAC_16:
        return {16, false, false, QStringLiteral("ALAC 16-bit")};
    case SF_FORMAT_ALAC_20:
        return {20, false, false, QStringLiteral("ALAC 20-bit")};
    case SF_FORMAT_ALAC_24:
        return {24, false, false, QStringLiteral("ALAC 24-bit")};
    case SF_FORMAT_ALAC_32:
        return {32, false, false, QStringLiteral("ALAC 32-bit")};
    case SF_FORMAT_VORBIS:
        return {0, false, true, QStringLiteral("Vorbis")};
    case SF_FORMAT_OPUS:
        return {0, false, true, QStringLiteral("Opus")};
    case SF_FORMAT_MPEG_LAYER_I:
    case SF_FORMAT_MPEG_LAYER_II:
    case SF_FORMAT_MPEG_LAYER_III:
        return {0, false, true, QStringLiteral("MPEG audio")};
    default:
        break;
    }
    // ADPCM variants and other compressed-but-not-perceptual codecs: 4-bit-ish.
    return {4, false, false, QStringLiteral("ADPCM")};
}

QString containerName(int format)
{
    SF_FORMAT_INFO info {};
    info.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof(info)) == 0 && info.name)
        return QString::fromUtf8(info.name).section(QLatin1Char(' '), 0, 0);
    return QStringLiteral("audio");
}

// libsndfile opens a file whose header declares more audio than the file holds and
// shortens it silently; its log then has a line such as "data : 288000 (should be
// 149920)". Returns that line, or an empty string.
QString truncationLogLine(SNDFILE *file)
{
    QByteArray log(4096, '\0');
    sf_command(file, SFC_GET_LOG_INFO, log.data(), int(log.size()));
    static const QRegularExpression chunk(QStringLiteral("^\\s*(data|SSND)\\s*:\\s*(\\d+)\\s*\\(should be (\\d+)\\)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = chunk.match(QString::fromUtf8(log.constData()));
    if (match.hasMatch() && match.captured(2).toLongLong() > match.captured(3).toLongLong())
        return match.captured(0).trimmed();
    return {};
}

} // namespace

Result<AudioFileReader> AudioFileReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(QStringLiteral("%1: is a folder, not an audio file").arg(path));
    SF_INFO sfInfo {};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &sfInfo);
    if (!file)
        return makeError(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sf_strerror(nullptr))));

    AudioFileReader reader;
    reader.m_file = file;
    reader.m_path = path;
    if (sfInfo.channels <= 0 || sfInfo.samplerate <= 0)
        return makeError(QStringLiteral("%1: the header declares %2 channels at %3 Hz")
                             .arg(path)
                             .arg(sfInfo.channels)
                             .arg(sfInfo.samplerate));
    const QString truncation = truncationLogLine(file);
    if (!truncation.isEmpty())
        return makeError(QStringLiteral("%1: truncated: the header declares more audio than the file holds "
                                        "(libsndfile: \"%2\")")
                             .arg(path, truncation));

    AudioFormat &format = reader.m_format;
    format.sampleRate = sfInfo.samplerate;
    format.channels = sfInfo.channels;
    format.frames = sfInfo.frames;
    const Encoding encoding = encodingOf(sfInfo.format);
    format.bitDepth = encoding.bitDepth;
    format.floatingPoint = encoding.floatingPoint;
    format.lossy = encoding.lossy;
    format.encoding = encoding.name;
    format.container = containerName(sfInfo.format);
    SF_BROADCAST_INFO bext {};
    if (sf_command(file, SFC_GET_BROADCAST_INFO, &bext, sizeof(bext)) == SF_TRUE)
        format.timeReference = (qint64(bext.time_reference_high) << 32) | qint64(bext.time_reference_low);
    return reader;
}

AudioFileReader::AudioFileReader(AudioFileReader &&other) noexcept
    : m_file(std::exchange(other.m_file, nullptr)),
      m_format(std::move(other.m_format)),
      m_path(std::move(other.m_path)),
      m_position(other.m_position)
{
}

AudioFileReader &AudioFileReader::operator=(AudioFileReader &&other) noexcept
{
    if (this != &other) {
        close();
        m_file = std::exchange(other.m_file, nullptr);
        m_format = std::move(other.m_format);
        m_path = std::move(other.m_path);
        m_position = other.m_position;
    }
    return *this;
}

AudioFileReader::~AudioFileReader()
{
    close();
}

void AudioFileReader::close()
{
    if (m_file)
        sf_close(m_file);
    m_file = nullptr;
}

Result<qint64> AudioFileReader::read(float *buffer, qint64 maxFrames)
{
    Q_ASSERT(m_file);
    const sf_count_t wanted = qMin<qint64>(maxFrames, qMax<qint64>(0, m_format.frames - m_position));
    if (wanted == 0)
        return qint64(0);
    const sf_count_t got = sf_readf_float(m_file, buffer, wanted);
    if (got > 0)
        m_position += got;
    if (got == wanted)
        return qint64(got);
    const int code = sf_error(m_file);
    // Lossy decoders may only estimate the length in their header: an early, clean
    // end is the end of the file, not a truncation.
    if (code == SF_ERR_NO_ERROR && m_format.lossy) {
        m_format.frames = m_position;
        return qint64(std::max<sf_count_t>(got, 0));
    }
    const QString reason
        = code != SF_ERR_NO_ERROR ? QString::fromUtf8(sf_strerror(m_file)) : QStringLiteral("unexpected end of file");
    return makeError(QStringLiteral("%1: truncated or corrupt: the header declares %2 frames, reading stopped "
                                    "at frame %3 (libsndfile: %4)")
                         .arg(m_path)
                         .arg(m_format.frames)
                         .arg(m_position)
                         .arg(reason));
}

Status AudioFileReader::seek(qint64 frame)
{
    Q_ASSERT(m_file);
    if (frame < 0 || frame > m_format.frames || sf_seek(m_file, frame, SEEK_SET) < 0)
        return makeError(QStringLiteral("%1: cannot seek to frame %2 (libsndfile: %3)")
                             .arg(m_path)
                             .arg(frame)
                             .arg(QString::fromUtf8(sf_strerror(m_file))));
    m_position = frame;
    return {};
}

} // namespace prepmark
