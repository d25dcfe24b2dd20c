#pragma once

#include <QString>

#include <optional>
#include <vector>

// Test signals with planted faults, and files written with libsndfile. Every
// generator is deterministic (fixed seeds), so a failing test fails every time.
namespace prepmark::testsignals {

// Interleaved samples, full scale = 1.0.
using Samples = std::vector<float>;

double dbToAmplitude(double db);

// A mono sine: amplitude in dBFS (peak), phase in radians.
Samples sine(double frequency, double amplitudeDbfs, double seconds, int rate, double phase = 0.0);
// Gaussian white noise of the given RMS level.
Samples noise(double rmsDbfs, double seconds, int rate, unsigned seed = 1);
Samples silence(double seconds, int rate);
// Linear fades over the first and last seconds.
void fade(Samples &mono, int rate, double fadeInSeconds, double fadeOutSeconds);
// A synthetic kick drum: a sine sweeping from 150 Hz to 45 Hz with an exponential
// decay, starting at phase 0 from silence, plus a 1 ms beater click of noise; 0.4 s
// long, ending with a 20 ms fade like any drum sample.
Samples kick(double peakDbfs, int rate, unsigned seed = 7);
// A Karplus-Strong plucked string, ending with a 20 ms fade.
Samples pluck(double frequency, double peakDbfs, double seconds, int rate, unsigned seed = 11);
// Repeats `hit` every `interval` seconds for `seconds`, from `offset` seconds on.
Samples pattern(const Samples &hit, double interval, double seconds, int rate, double offset = 0.0);

// a + b (b may be shorter; it is added from `at` frames on)
Samples mix(const Samples &a, const Samples &b, qint64 at = 0);
Samples scaled(const Samples &mono, double gain);
// Delays a mono signal by `frames` (zeros in front, same length).
Samples delayed(const Samples &mono, qint64 frames);
// Interleaves two mono signals of equal length.
Samples stereo(const Samples &left, const Samples &right);
Samples concat(const Samples &a, const Samples &b);

struct FileFormat
{
    int rate = 48000;
    int channels = 1;
    int format = 0; // libsndfile SF_FORMAT_*; 0 = WAV, PCM 24-bit
    std::optional<qint64> timeReference; // writes a bext chunk when set
};

// Writes the samples; aborts the test run (qFatal) when libsndfile fails, since no
// test can go on without its input.
void writeFile(const QString &path, const Samples &samples, const FileFormat &format = {});

// Cuts a file to `bytes` bytes (a truncated download, a disk that filled up).
void truncateFile(const QString &path, qint64 bytes);
// Writes bytes that no audio library recognises.
void writeGarbage(const QString &path, qint64 bytes);

} // namespace prepmark::testsignals
