#pragma once

#include <QString>

#include <optional>

namespace prepmark {

// What a file holds, as libsndfile reports it.
struct AudioFormat
{
    int sampleRate = 0; // Hz
    int channels = 0;
    qint64 frames = 0; // samples per channel, as the header declares them
    // Bits per stored sample: 8/16/24/32 for PCM, 32/64 for floating point, 0 for
    // lossy codecs (MP3, Vorbis, Opus), which have no bit depth.
    int bitDepth = 0;
    bool floatingPoint = false;
    bool lossy = false;
    QString container; // "WAV", "AIFF", "FLAC", ...
    QString encoding; // "PCM 24-bit", "float 32-bit", "Vorbis", ...
    // Broadcast WAV (bext) time reference: the position of the first sample, in
    // samples since midnight. Absent when the file has no bext chunk.
    std::optional<qint64> timeReference;

    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
    double framesToSeconds(qint64 frame) const { return sampleRate > 0 ? double(frame) / sampleRate : 0.0; }
};

} // namespace prepmark
