#include "Declicker.h"

#include "GapInterpolator.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

struct Stretch
{
    qint64 start = 0;
    qint64 end = 0;
};

// RMS of x - centre over [from, to)
double rms(const std::vector<float> &x, qint64 from, qint64 to, double centre)
{
    from = std::max<qint64>(from, 0);
    to = std::min<qint64>(to, qint64(x.size()));
    if (to <= from)
        return 0.0;
    double sum = 0.0;
    for (qint64 i = from; i < to; ++i)
        sum += (x[std::size_t(i)] - centre) * (x[std::size_t(i)] - centre);
    return std::sqrt(sum / double(to - from));
}

double amplitude(double dbfs)
{
    return std::pow(10.0, dbfs / 20.0);
}

QList<Stretch> findDropouts(const std::vector<float> &x, int rate)
{
    const qint64 minimum = std::max<qint64>(2, std::llround(Declicker::kMinDropoutMs * rate / 1000.0));
    const qint64 maximum = std::llround(Declicker::kMaxDropoutMs * rate / 1000.0);
    const qint64 context = std::max<qint64>(8, std::llround(Declicker::kContextMs * rate / 1000.0));
    const qint64 margin = std::max<qint64>(2, std::llround(Declicker::kMarginMs * rate / 1000.0));
    const double contrast = amplitude(Declicker::kDropoutContrastDb);
    const double floor = amplitude(Declicker::kMinContextDbfs);
    QList<Stretch> found;
    const qint64 size = qint64(x.size());
    qint64 i = 0;
    while (i < size) {
        qint64 j = i + 1;
        float low = x[std::size_t(i)];
        float high = low;
        while (j < size) {
            low = std::min(low, x[std::size_t(j)]);
            high = std::max(high, x[std::size_t(j)]);
            if (high - low > Declicker::kFlatTolerance)
                break;
            ++j;
        }
        const qint64 length = j - i;
        if (length >= minimum && length <= maximum && i >= context && j + context <= size) {
            // a flat run holds one value (whatever DC offset the track has): the audio
            // on both sides, measured around that value, must be far louder than the
            // run's own ripple
            const double value = x[std::size_t(i)];
            const double edge = std::min(rms(x, i - context, i, value), rms(x, j, j + context, value));
            if (edge >= floor && edge >= contrast * Declicker::kFlatTolerance)
                found << Stretch {i - margin, j + margin};
        }
        i = j;
    }
    return found;
}

QList<Stretch> findImpulses(const std::vector<float> &x, int rate)
{
    const qint64 size = qint64(x.size());
    const qint64 context = std::max<qint64>(8, std::llround(Declicker::kContextMs * rate / 1000.0));
    const qint64 half = std::max<qint64>(2, std::llround(Declicker::kImpulseHalfWidthMs * rate / 1000.0));
    const float minimum = float(amplitude(Declicker::kImpulseMinDbfs));
    QList<Stretch> found;
    if (size < 2 * context + 8)
        return found;
    std::vector<float> e(std::size_t(size), 0.0f);
    for (qint64 n = 2; n < size; ++n)
        e[std::size_t(n)] = std::fabs(x[std::size_t(n)] - 2.0f * x[std::size_t(n - 1)] + x[std::size_t(n - 2)]);
    // prefix sums of e for the side means
    std::vector<double> prefix(std::size_t(size) + 1, 0.0);
    for (qint64 n = 0; n < size; ++n)
        prefix[std::size_t(n + 1)] = prefix[std::size_t(n)] + e[std::size_t(n)];
    auto mean = [&](qint64 from, qint64 to) {
        return (prefix[std::size_t(to)] - prefix[std::size_t(from)]) / double(to - from);
    };
    qint64 last = -context;
    for (qint64 n = context + 2; n + context + 3 < size; ++n) {
        const float v = e[std::size_t(n)];
        if (v < minimum || n - last < context)
            continue;
        if (v < e[std::size_t(n - 1)] || v < e[std::size_t(n - 2)] || v <= e[std::size_t(n + 1)]
            || v <= e[std::size_t(n + 2)])
            continue;
        const double left = mean(n - context - 2, n - 2);
        const double right = mean(n + 3, n + context + 3);
        if (v < Declicker::kImpulseRatio * std::max(left, right))
            continue;
        found << Stretch {n - half, n + half};
        last = n;
    }
    return found;
}

} // namespace

Declicker::Repairs Declicker::process(std::vector<float> &channel, int sampleRate)
{
    Repairs repairs;
    const GapInterpolator interpolator;
    const QList<Stretch> dropouts = findDropouts(channel, sampleRate);
    for (const Stretch &stretch : dropouts)
        interpolator.fill(channel, stretch.start, stretch.end);
    repairs.dropouts = int(dropouts.size());
    const QList<Stretch> impulses = findImpulses(channel, sampleRate);
    for (const Stretch &stretch : impulses)
        interpolator.fill(channel, stretch.start, stretch.end);
    repairs.impulses = int(impulses.size());
    return repairs;
}

} // namespace prepmark
