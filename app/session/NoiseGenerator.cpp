#include "NoiseGenerator.h"

#include "Biquad.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {
constexpr double kTwoPi = 6.283185307179586;
}

NoiseGenerator::NoiseGenerator(int sampleRate, DeterministicRandom &random) : m_sampleRate(sampleRate), m_random(random)
{
}

void NoiseGenerator::setRms(std::vector<float> &signal, float gain)
{
    double sum = 0.0;
    for (float s : signal)
        sum += double(s) * s;
    const double rms = signal.empty() ? 0.0 : std::sqrt(sum / double(signal.size()));
    if (rms <= 0.0)
        return;
    const float factor = float(gain / rms);
    for (float &s : signal)
        s *= factor;
}

void NoiseGenerator::setPeak(std::vector<float> &signal, float gain)
{
    float peak = 0.0f;
    for (float s : signal)
        peak = std::max(peak, std::abs(s));
    if (peak <= 0.0f)
        return;
    for (float &s : signal)
        s *= gain / peak;
}

std::vector<float> NoiseGenerator::hum(qint64 frames, double frequencyHz, int harmonics)
{
    // One period of the hum, tiled: mains frequencies divide every session rate.
    const int period = int(std::lround(m_sampleRate / frequencyHz));
    std::vector<double> cycle(std::size_t(period), 0.0);
    for (int h = 1; h <= harmonics; ++h) {
        const double phase = m_random.uniform() * kTwoPi;
        for (int i = 0; i < period; ++i)
            cycle[std::size_t(i)] += std::sin(phase + kTwoPi * h * double(i) / period) / h;
    }
    std::vector<float> signal(std::size_t(frames), 0.0f);
    for (qint64 i = 0; i < frames; ++i)
        signal[std::size_t(i)] = float(cycle[std::size_t(i % period)]);
    setRms(signal, 1.0f);
    return signal;
}

std::vector<float> NoiseGenerator::noise(qint64 frames, const QString &colour)
{
    std::vector<float> signal {std::vector<float>(std::size_t(frames))};
    for (float &s : signal)
        s = float(m_random.bipolar());
    if (colour == QLatin1String("pink")) {
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        for (float &s : signal) {
            const double white = s;
            b0 = 0.99886 * b0 + white * 0.0555179;
            b1 = 0.99332 * b1 + white * 0.0750759;
            b2 = 0.96900 * b2 + white * 0.1538520;
            b3 = 0.86650 * b3 + white * 0.3104856;
            b4 = 0.55000 * b4 + white * 0.5329522;
            b5 = -0.7616 * b5 - white * 0.0168980;
            s = float(b0 + b1 + b2 + b3 + b4 + b5 + b6 + white * 0.5362);
            b6 = white * 0.115926;
        }
    } else if (colour == QLatin1String("hiss")) {
        Biquad::highPass(3000.0, m_sampleRate).filter(signal);
        Biquad::lowPass(std::min(14000.0, 0.45 * m_sampleRate), m_sampleRate).filter(signal);
    }
    setRms(signal, 1.0f);
    return signal;
}

std::vector<float> NoiseGenerator::buzz(qint64 frames)
{
    // one period of the band-limited sawtooth, repeated (100 Hz divides every session rate)
    const int period = m_sampleRate / 100;
    std::vector<double> cycle(std::size_t(period), 0.0);
    for (int i = 0; i < period; ++i) {
        for (int h = 1; h <= 24; ++h)
            cycle[std::size_t(i)] += std::sin(kTwoPi * h * double(i) / period) / h;
    }
    std::vector<float> signal(std::size_t(frames), 0.0f);
    for (qint64 i = 0; i < frames; ++i)
        signal[std::size_t(i)] = float(cycle[std::size_t(i % period)] + 0.25 * m_random.bipolar());
    setRms(signal, 1.0f);
    return signal;
}

std::vector<float> NoiseGenerator::breath(qint64 frames)
{
    std::vector<float> signal {std::vector<float>(std::size_t(frames))};
    for (float &s : signal)
        s = float(m_random.bipolar());
    Biquad::bandPass(1500.0, m_sampleRate, 0.7).filter(signal);
    Biquad::highPass(400.0, m_sampleRate).filter(signal);
    for (qint64 i = 0; i < frames; ++i) {
        // inhale: a quick rise to 60 % of the breath, then a softer fall
        const double x = double(i) / double(std::max<qint64>(1, frames - 1));
        const double envelope = x < 0.6 ? std::sin(x / 0.6 * kTwoPi / 4.0) : std::cos((x - 0.6) / 0.4 * kTwoPi / 4.0);
        signal[std::size_t(i)] *= float(envelope * envelope);
    }
    setPeak(signal, 1.0f);
    return signal;
}

std::vector<float> NoiseGenerator::headphoneClick()
{
    const qint64 frames = m_sampleRate * 30 / 1000;
    std::vector<float> signal {std::vector<float>(std::size_t(frames))};
    for (qint64 i = 0; i < frames; ++i) {
        const double t = double(i) / m_sampleRate;
        signal[std::size_t(i)] = float(std::sin(kTwoPi * 1500.0 * t) * std::exp(-t / 0.006));
    }
    setPeak(signal, 1.0f);
    return signal;
}

std::vector<float> NoiseGenerator::crackle(qint64 frames, double ratePerSecond)
{
    std::vector<float> signal = noise(frames, QStringLiteral("pink"));
    for (float &s : signal)
        s *= 0.02f;
    double position = 0.0;
    while (true) {
        position += -std::log(std::max(m_random.uniform(), 1e-12)) / ratePerSecond * m_sampleRate;
        const qint64 at = qint64(position);
        if (at + 3 >= frames)
            break;
        const float amplitude = float(0.3 + 0.7 * m_random.uniform()) * (m_random.uniform() < 0.5 ? -1.0f : 1.0f);
        signal[std::size_t(at)] += amplitude;
        signal[std::size_t(at + 1)] -= 0.6f * amplitude;
        signal[std::size_t(at + 2)] += 0.3f * amplitude;
    }
    setPeak(signal, 1.0f);
    return signal;
}

} // namespace prepmark
