#pragma once

#include "audio/measure/AudioFormat.h"

#include "core/Result.h"

#include <QString>

struct sf_private_tag;

namespace prepmark {

// A file opened with libsndfile for reading float samples (full scale = 1.0).
// Errors name the file and libsndfile's reason (sf_strerror), or the line of
// libsndfile's log that shows the file is truncated.
//
// Move-only; closes the file when destroyed. Not thread-safe; distinct readers may
// be used on distinct threads.
class AudioFileReader
{
public:
    // Opens the file and reads its header. A header that declares more audio than
    // the file holds is reported here as truncated.
    static Result<AudioFileReader> open(const QString &path);

    AudioFileReader(AudioFileReader &&other) noexcept;
    AudioFileReader &operator=(AudioFileReader &&other) noexcept;
    AudioFileReader(const AudioFileReader &) = delete;
    AudioFileReader &operator=(const AudioFileReader &) = delete;
    ~AudioFileReader();

    const AudioFormat &format() const { return m_format; }
    const QString &path() const { return m_path; }

    // Reads up to maxFrames frames, interleaved, into buffer (room for maxFrames *
    // channels floats). Returns the frames read: fewer than asked only at the end of
    // the file, 0 after it. A decoding error, or an end before the frames the header
    // declares, is an Error (except for lossy files, whose header may only estimate
    // the length: format().frames is then corrected).
    Result<qint64> read(float *buffer, qint64 maxFrames);

    // Moves to a frame (0..frames) for the next read().
    Status seek(qint64 frame);

private:
    AudioFileReader() = default;
    void close();

    sf_private_tag *m_file = nullptr;
    AudioFormat m_format;
    QString m_path;
    qint64 m_position = 0;
};

} // namespace prepmark
