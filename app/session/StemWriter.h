#pragma once

#include "AudioBuffer.h"

#include "core/Result.h"

#include <QString>

namespace prepmark {

// Writes and reads stems with libsndfile. Writing quantises to integer PCM itself
// (round to nearest, clamp to the format's range: +1.0 becomes the largest positive
// code), so a clipped track has runs of full-scale samples and the file bytes are the
// same on every machine. WAV files carry no date or other changing metadata.
class StemWriter
{
public:
    // bitDepth 16 or 24 (integer PCM WAV). The file is replaced if it exists.
    static Status write(const AudioBuffer &buffer, int bitDepth, const QString &path);
    // Any file libsndfile reads, as float samples.
    static Result<AudioBuffer> read(const QString &path);
    // The integer code a sample becomes at bitDepth bits.
    static qint32 quantise(float sample, int bitDepth);
};

} // namespace prepmark
