#include "PairAnalyzer.h"

#include "AudioFileReader.h"
#include "core/Result.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <mutex>
#include <numeric>

namespace prepmark {
namespace {

// FFTW's planner is not thread-safe; fftwf_execute on distinct plans is.
std::mutex &plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

// A forward real FFT of one size, with its buffers.
class RealFft
{
public:
    explicit RealFft(size_t size)
        : m_size(size), m_real(fftwf_alloc_real(size)), m_complex(fftwf_alloc_complex(size / 2 + 1))
    {
        const std::lock_guard lock(plannerMutex());
        m_forward = fftwf_plan_dft_r2c_1d(int(size), m_real, m_complex, FFTW_ESTIMATE);
        m_inverse = fftwf_plan_dft_c2r_1d(int(size), m_complex, m_real, FFTW_ESTIMATE);
    }
    ~RealFft()
    {
        {
            const std::lock_guard lock(plannerMutex());
            fftwf_destroy_plan(m_forward);
            fftwf_destroy_plan(m_inverse);
        }
        fftwf_free(m_real);
        fftwf_free(m_complex);
    }
    RealFft(const RealFft &) = delete;
    RealFft &operator=(const RealFft &) = delete;

    // Spectrum of `signal`, zero-padded to the FFT size.
    std::vector<std::complex<float>> forward(const std::vector<float> &signal)
    {
        std::fill(m_real, m_real + m_size, 0.0f);
        std::copy(signal.begin(), signal.begin() + qsizetype(std::min(signal.size(), m_size)), m_real);
        fftwf_execute(m_forward);
        std::vector<std::complex<float>> spectrum(m_size / 2 + 1);
        for (size_t i = 0; i < spectrum.size(); ++i)
            spectrum[i] = {m_complex[i][0], m_complex[i][1]};
        return spectrum;
    }

    // Inverse of a spectrum, unscaled (FFTW: times the size).
    const float *inverse(const std::vector<std::complex<float>> &spectrum)
    {
        for (size_t i = 0; i < spectrum.size(); ++i) {
            m_complex[i][0] = spectrum[i].real();
            m_complex[i][1] = spectrum[i].imag();
        }
        fftwf_execute(m_inverse);
        return m_real;
    }

private:
    size_t m_size;
    float *m_real;
    fftwf_complex *m_complex;
    fftwf_plan m_forward = nullptr;
    fftwf_plan m_inverse = nullptr;
};

// Reads frames [start, start + frames) of a file as mono (channel mean); frames
// outside the file are zeros.
Result<std::vector<float>> readMono(const QString &path, qint64 start, qint64 frames)
{
    Result<AudioFileReader> opened = AudioFileReader::open(path);
    if (!opened)
        return opened.error();
    AudioFileReader &reader = *opened;
    const int channels = reader.format().channels;
    std::vector<float> mono(size_t(frames), 0.0f);
    const qint64 from = std::max<qint64>(0, start);
    const qint64 to = std::min(start + frames, reader.format().frames);
    if (from >= to)
        return mono;
    if (const Status seek = reader.seek(from); !seek)
        return seek.error();
    std::vector<float> interleaved(size_t((to - from) * channels));
    const Result<qint64> read = reader.read(interleaved.data(), to - from);
    if (!read)
        return read.error();
    for (qint64 i = 0; i < *read; ++i) {
        float sum = 0.0f;
        for (int c = 0; c < channels; ++c)
            sum += interleaved[size_t(i * channels + c)];
        mono[size_t(from - start + i)] = sum / float(channels);
    }
    return mono;
}

// Correlation peaks closer than this are a tie.
constexpr double kTie = 1e-3;

void removeMean(std::vector<float> &x)
{
    if (x.empty())
        return;
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
    for (float &v : x)
        v = float(v - mean);
}

} // namespace

PairAnalyzer::Peak PairAnalyzer::correlationPeak(
    const std::vector<float> &a, const std::vector<float> &b, qint64 maxLag)
{
    const qint64 length = qint64(a.size());
    Q_ASSERT(qint64(b.size()) == length + 2 * maxLag);
    size_t size = 1;
    while (size < b.size())
        size *= 2;
    RealFft fft(size);
    const std::vector<std::complex<float>> spectrumA = fft.forward(a);
    std::vector<std::complex<float>> spectrum = fft.forward(b);
    for (size_t i = 0; i < spectrum.size(); ++i)
        spectrum[i] *= std::conj(spectrumA[i]);
    // c[k] = sum_n a[n] b[n + k] for k in [0, 2 maxLag]: no wrap-around, because
    // a is zero beyond `length` and size >= length + 2 maxLag.
    const float *c = fft.inverse(spectrum);

    double energyA = 0.0;
    for (float v : a)
        energyA += double(v) * v;
    std::vector<double> prefixB(b.size() + 1, 0.0);
    for (size_t i = 0; i < b.size(); ++i)
        prefixB[i + 1] = prefixB[i] + double(b[i]) * b[i];

    std::vector<double> r(size_t(2 * maxLag + 1), 0.0);
    for (qint64 k = 0; k <= 2 * maxLag; ++k) {
        const double energyB = prefixB[size_t(k + length)] - prefixB[size_t(k)];
        if (energyA > 0.0 && energyB > 0.0)
            r[size_t(k)] = std::clamp(double(c[k]) / double(size) / std::sqrt(energyA * energyB), -1.0, 1.0);
    }
    // The strongest local peak of |r|; near-ties between peaks (a periodic signal
    // matches itself one period later) go to the smallest lag.
    Peak best;
    double bestMagnitude = -1.0;
    for (qint64 k = 0; k <= 2 * maxLag; ++k) {
        const double magnitude = std::fabs(r[size_t(k)]);
        const bool localPeak = (k == 0 || magnitude >= std::fabs(r[size_t(k - 1)]))
            && (k == 2 * maxLag || magnitude >= std::fabs(r[size_t(k + 1)]));
        if (!localPeak || magnitude <= 0.0)
            continue;
        const bool closer = std::abs(k - maxLag) < std::abs(best.lag);
        if (magnitude > bestMagnitude + kTie || (magnitude > bestMagnitude - kTie && closer)) {
            bestMagnitude = std::max(bestMagnitude, magnitude);
            best = Peak {k - maxLag, r[size_t(k)]};
        }
    }
    return best;
}

PairAnalysis PairAnalyzer::analyse(
    const TrackAnalysis &a, const TrackAnalysis &b, const QString &source, bool checkTimeOffset) const
{
    PairAnalysis pair;
    pair.a = a.fileName;
    pair.b = b.fileName;
    pair.source = source;
    pair.checkTimeOffset = checkTimeOffset;
    if (!a.readable() || !b.readable()) {
        pair.note = QStringLiteral("not measured: a file is unreadable");
        return pair;
    }
    if (a.format.sampleRate != b.format.sampleRate) {
        pair.note = QStringLiteral("not measured: the sample rates differ (%1 Hz, %2 Hz)")
                        .arg(a.format.sampleRate)
                        .arg(b.format.sampleRate);
        return pair;
    }
    if (a.silent || b.silent) {
        pair.note = QStringLiteral("not measured: a track is silent");
        return pair;
    }
    const int rate = a.format.sampleRate;
    const qint64 maxLag = std::max<qint64>(1, qRound64(m_thresholds.pairMaxLagMs * rate / 1000.0));

    QList<QPair<qint64, qint64>> stretches = {{a.loudestStretchStartFrame, a.loudestStretchFrames}};
    if (b.loudestStretchStartFrame != a.loudestStretchStartFrame)
        stretches.append({b.loudestStretchStartFrame, b.loudestStretchFrames});
    double bestMagnitude = -1.0;
    for (const auto &[start, frames] : stretches) {
        if (frames <= 0)
            continue;
        Result<std::vector<float>> segmentA = readMono(a.path, start, frames);
        Result<std::vector<float>> segmentB = readMono(b.path, start - maxLag, frames + 2 * maxLag);
        if (!segmentA || !segmentB) {
            pair.note
                = QStringLiteral("not measured: %1").arg(segmentA ? segmentB.errorMessage() : segmentA.errorMessage());
            return pair;
        }
        removeMean(*segmentA);
        removeMean(*segmentB);
        const Peak peak = correlationPeak(*segmentA, *segmentB, maxLag);
        if (std::fabs(peak.correlation) > bestMagnitude) {
            bestMagnitude = std::fabs(peak.correlation);
            pair.lagSamples = peak.lag;
            pair.correlation = peak.correlation;
            pair.startSeconds = double(start) / rate;
            pair.endSeconds = double(start + frames) / rate;
        }
    }
    if (bestMagnitude < 0.0) {
        pair.note = QStringLiteral("not measured: no common signal");
        return pair;
    }
    pair.measured = true;
    pair.lagMs = 1000.0 * double(pair.lagSamples) / rate;
    pair.polarityInverted = pair.correlation <= -m_thresholds.polarityMinCorrelation;
    pair.timeOffset = checkTimeOffset && bestMagnitude >= m_thresholds.pairMinCorrelation
        && std::fabs(pair.lagMs) > m_thresholds.timeOffsetMinMs;
    return pair;
}

} // namespace prepmark
