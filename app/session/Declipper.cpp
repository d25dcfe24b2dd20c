#include "Declipper.h"

#include <cmath>

namespace prepmark {
namespace {

// Rebuilds the runs of one channel; returns how many.
int rebuild(std::vector<float> &x)
{
    const qint64 size = qint64(x.size());
    int runs = 0;
    qint64 i = 0;
    while (i < size) {
        if (std::fabs(x[std::size_t(i)]) < Declipper::kClipLevel) {
            ++i;
            continue;
        }
        const bool positive = x[std::size_t(i)] > 0.0f;
        qint64 j = i;
        while (
            j < size && std::fabs(x[std::size_t(j)]) >= Declipper::kClipLevel && (x[std::size_t(j)] > 0.0f) == positive)
            ++j;
        // [i, j) is the run; p0 = i - 1 and p1 = j are the last good samples around it
        if (j - i >= Declipper::kMinRunSamples && i >= 2 && j + 1 < size) {
            const qint64 p0 = i - 1;
            const qint64 p1 = j;
            const double y0 = x[std::size_t(p0)];
            const double y1 = x[std::size_t(p1)];
            // slopes per sample at the run's edges, from the unclipped side
            const double m0 = y0 - x[std::size_t(p0 - 1)];
            const double m1 = x[std::size_t(p1 + 1)] - y1;
            const double span = double(p1 - p0);
            for (qint64 n = i; n < j; ++n) {
                const double t = double(n - p0) / span;
                const double t2 = t * t;
                const double t3 = t2 * t;
                const double h00 = 2 * t3 - 3 * t2 + 1;
                const double h10 = t3 - 2 * t2 + t;
                const double h01 = -2 * t3 + 3 * t2;
                const double h11 = t3 - t2;
                double value = h00 * y0 + h10 * span * m0 + h01 * y1 + h11 * span * m1;
                // a rebuilt peak never falls back inside the clip level on the run's side
                value = positive ? std::max(value, double(x[std::size_t(n)]))
                                 : std::min(value, double(x[std::size_t(n)]));
                x[std::size_t(n)] = float(value);
            }
            ++runs;
        }
        i = j;
    }
    return runs;
}

} // namespace

Declipper::Repairs Declipper::process(AudioBuffer &buffer)
{
    Repairs repairs;
    const float before = buffer.peak();
    for (std::vector<float> &channel : buffer.channels)
        repairs.runs += rebuild(channel);
    const float after = buffer.peak();
    if (repairs.runs > 0 && after > before && after > 0.0f) {
        const float scale = std::min(1.0f, before) / after;
        buffer.scale(scale);
        repairs.gainDb = 20.0 * std::log10(double(scale));
    }
    return repairs;
}

} // namespace prepmark
