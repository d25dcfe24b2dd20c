#include "TestSignals.h"

#include "audio/measure/SampleMath.h"

#include <QFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

namespace prepmark::testsignals {

double dbToAmplitude(double db)
{
    return std::pow(10.0, db / 20.0);
}

Samples sine(double frequency, double amplitudeDbfs, double seconds, int rate, double phase)
{
    clearUpperVectorState(); // see SampleMath.h: QtTest leaves the AVX state dirty
    const double amplitude = dbToAmplitude(amplitudeDbfs);
    Samples out(size_t(std::llround(seconds * rate)));
    for (size_t i = 0; i < out.size(); ++i) {
        // Reduce to one cycle first: sin() of a huge argument is slow and less exact.
        double cycles = frequency * double(i) / rate;
        cycles -= std::floor(cycles);
        out[i] = float(amplitude * std::sin(2.0 * std::numbers::pi * cycles + phase));
    }
    return out;
}

Samples noise(double rmsDbfs, double seconds, int rate, unsigned seed)
{
    clearUpperVectorState(); // see SampleMath.h: QtTest leaves the AVX state dirty
    std::mt19937 generator(seed);
    std::normal_distribution<double> gaussian(0.0, dbToAmplitude(rmsDbfs));
    Samples out(size_t(std::llround(seconds * rate)));
    for (float &sample : out)
        sample = float(std::clamp(gaussian(generator), -1.0, 1.0));
    return out;
}

Samples silence(double seconds, int rate)
{
    return Samples(size_t(std::llround(seconds * rate)), 0.0f);
}

void fade(Samples &mono, int rate, double fadeInSeconds, double fadeOutSeconds)
{
    const size_t in = size_t(fadeInSeconds * rate);
    const size_t out = size_t(fadeOutSeconds * rate);
    for (size_t i = 0; i < in && i < mono.size(); ++i)
        mono[i] *= float(double(i) / double(in));
    for (size_t i = 0; i < out && i < mono.size(); ++i)
        mono[mono.size() - 1 - i] *= float(double(i) / double(out));
}

Samples kick(double peakDbfs, int rate, unsigned seed)
{
    clearUpperVectorState(); // see SampleMath.h: QtTest leaves the AVX state dirty
    const double amplitude = dbToAmplitude(peakDbfs);
    Samples out(size_t(0.4 * rate));
    double phase = 0.0;
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    const size_t clickLength = size_t(0.001 * rate);
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = double(i) / rate;
        const double frequency = 45.0 + 105.0 * std::exp(-t / 0.03);
        out[i] = float(amplitude * std::exp(-t / 0.12) * std::sin(phase));
        phase += 2.0 * std::numbers::pi * frequency / rate;
        if (i < clickLength)
            out[i] += float(0.2 * amplitude * uniform(generator) * (1.0 - double(i) / double(clickLength)));
    }
    fade(out, rate, 0.0, 0.02); // a sample ends with a short fade, not a cut
    return out;
}

Samples pluck(double frequency, double peakDbfs, double seconds, int rate, unsigned seed)
{
    clearUpperVectorState(); // see SampleMath.h: QtTest leaves the AVX state dirty
    const size_t period = size_t(std::lround(rate / frequency));
    std::vector<double> line(period);
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    double mean = 0.0;
    for (double &v : line) {
        v = uniform(generator);
        mean += v / double(period);
    }
    for (double &v : line)
        v -= mean; // a string at rest has no DC
    Samples out(size_t(seconds * rate));
    double largest = 0.0;
    std::vector<double> raw(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        const size_t at = i % period;
        const double next = line[(at + 1) % period];
        raw[i] = line[at];
        line[at] = 0.996 * 0.5 * (line[at] + next);
        largest = std::max(largest, std::fabs(raw[i]));
    }
    const double gain = dbToAmplitude(peakDbfs) / largest;
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = float(raw[i] * gain);
    fade(out, rate, 0.0, 0.02);
    return out;
}

Samples pattern(const Samples &hit, double interval, double seconds, int rate, double offset)
{
    Samples out(size_t(seconds * rate), 0.0f);
    for (int hitNumber = 0; offset + hitNumber * interval < seconds; ++hitNumber) {
        const size_t at = size_t((offset + hitNumber * interval) * rate);
        for (size_t i = 0; i < hit.size() && at + i < out.size(); ++i)
            out[at + i] += hit[i];
    }
    return out;
}

Samples mix(const Samples &a, const Samples &b, qint64 at)
{
    Samples out = a;
    for (size_t i = 0; i < b.size() && size_t(at) + i < out.size(); ++i)
        out[size_t(at) + i] += b[i];
    return out;
}

Samples scaled(const Samples &mono, double gain)
{
    Samples out = mono;
    for (float &sample : out)
        sample = float(sample * gain);
    return out;
}

Samples delayed(const Samples &mono, qint64 frames)
{
    Samples out(mono.size(), 0.0f);
    for (size_t i = size_t(frames); i < mono.size(); ++i)
        out[i] = mono[i - size_t(frames)];
    return out;
}

Samples stereo(const Samples &left, const Samples &right)
{
    Samples out(2 * std::min(left.size(), right.size()));
    for (size_t i = 0; i < out.size() / 2; ++i) {
        out[2 * i] = left[i];
        out[2 * i + 1] = right[i];
    }
    return out;
}

Samples concat(const Samples &a, const Samples &b)
{
    Samples out = a;
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

void writeFile(const QString &path, const Samples &samples, const FileFormat &format)
{
    SF_INFO info {};
    info.samplerate = format.rate;
    info.channels = format.channels;
    info.format = format.format ? format.format : (SF_FORMAT_WAV | SF_FORMAT_PCM_24);
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        qFatal("cannot write %s: %s", qPrintable(path), sf_strerror(nullptr));
    if (format.timeReference) {
        SF_BROADCAST_INFO bext {};
        std::strncpy(bext.description, "PrepMark test", sizeof(bext.description) - 1);
        bext.time_reference_low = quint32(*format.timeReference & 0xffffffff);
        bext.time_reference_high = quint32(quint64(*format.timeReference) >> 32);
        if (sf_command(file, SFC_SET_BROADCAST_INFO, &bext, sizeof(bext)) != SF_TRUE)
            qFatal("cannot write a bext chunk to %s", qPrintable(path));
    }
    // Samples planted at or beyond full scale become full scale, not wrapped around.
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t frames = sf_count_t(samples.size() / size_t(format.channels));
    if (sf_writef_float(file, samples.data(), frames) != frames)
        qFatal("cannot write %s: %s", qPrintable(path), sf_strerror(file));
    sf_close(file);
}

void truncateFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.resize(bytes))
        qFatal("cannot truncate %s", qPrintable(path));
}

void writeGarbage(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937 generator(3);
    QByteArray data(bytes, '\0');
    for (char &byte : data)
        byte = char(generator() & 0xff);
    file.write(data);
}

} // namespace prepmark::testsignals
