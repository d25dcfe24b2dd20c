#pragma once

#include "AudioBuffer.h"

#include "core/Result.h"

#include <QString>

namespace prepmark {

// Writes and reads stems with libsndfile. Writing quantises to integer PCM itself
// (round to nearest, clamp to the format's range: +1.0 becomes the largest positive
// code), so a clipped track has runs of full-scale samples and the file bytes are the
// same on every machine.
class StemWriter
{
public:
    // bitDepth 16 or 24 (integer PCM WAV). The file is replaced if it exists. Every
    // file is a Broadcast WAV whose time reference is timeReference (frames at the
    // file's rate from the session start), as DAWs export regions; the bext chunk's
    // text and date fields stay empty so the bytes never change.
    static Status write(const AudioBuffer &buffer, int bitDepth, const QString &path, qint64 timeReference = 0);
    // Any file libsndfile reads, as float samples.
    static Result<AudioBuffer> read(const QString &path);
    // The integer code a sample becomes at bitDepth bits.
    static qint32 quantise(float sample, int bitDepth);
};

} // namespace prepmark
