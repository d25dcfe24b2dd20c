#include "GapInterpolator.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

GapInterpolator::GapInterpolator(int order, qint64 contextFrames) : m_order(order), m_context(contextFrames) { }

std::vector<double> GapInterpolator::burg(const std::vector<double> &signal, int order)
{
    const std::size_t n = signal.size();
    if (order < 1 || n < std::size_t(2 * order))
        return {};
    std::vector<double> forward(signal), backward(signal);
    std::vector<double> a(std::size_t(order) + 1, 0.0);
    a[0] = 1.0;
    double denominator = 0.0;
    for (double x : signal)
        denominator += 2.0 * x * x;
    if (denominator <= 1e-20)
        return {};
    denominator -= signal.front() * signal.front() + signal.back() * signal.back();
    for (int m = 1; m <= order; ++m) {
        double numerator = 0.0;
        for (std::size_t i = std::size_t(m); i < n; ++i)
            numerator += forward[i] * backward[i - 1];
        if (denominator <= 1e-20)
            break;
        const double k = -2.0 * numerator / denominator;
        std::vector<double> previous(a);
        for (int i = 1; i <= m; ++i)
            a[std::size_t(i)] = previous[std::size_t(i)] + k * previous[std::size_t(m - i)];
        for (std::size_t i = n - 1; i >= std::size_t(m); --i) {
            const double f = forward[i];
            forward[i] = f + k * backward[i - 1];
            backward[i] = backward[i - 1] + k * f;
        }
        denominator = (1.0 - k * k) * denominator - forward[std::size_t(m)] * forward[std::size_t(m)]
            - backward[n - 1] * backward[n - 1];
    }
    return std::vector<double>(a.begin() + 1, a.end());
}

std::vector<double> GapInterpolator::predict(const std::vector<double> &history, qint64 count) const
{
    std::vector<double> out(std::size_t(std::max<qint64>(count, 0)), history.empty() ? 0.0 : history.back());
    const std::vector<double> a = burg(history, m_order);
    if (a.empty())
        return out;
    const int p = int(a.size());
    std::vector<double> buffer(history.end() - p, history.end());
    for (qint64 i = 0; i < count; ++i) {
        double value = 0.0;
        for (int k = 1; k <= p; ++k)
            value -= a[std::size_t(k - 1)] * buffer[buffer.size() - std::size_t(k)];
        if (!std::isfinite(value))
            value = 0.0;
        out[std::size_t(i)] = value;
        buffer.push_back(value);
    }
    return out;
}

void GapInterpolator::fill(std::vector<float> &channel, qint64 start, qint64 end) const
{
    const qint64 size = qint64(channel.size());
    start = std::clamp<qint64>(start, 0, size);
    end = std::clamp<qint64>(end, start, size);
    const qint64 length = end - start;
    if (length == 0)
        return;
    // Models are fitted around the local mean, so a DC offset does not bias them.
    const qint64 beforeFrom = std::max<qint64>(0, start - m_context);
    const qint64 afterTo = std::min(size, end + m_context);
    double mean = 0.0;
    qint64 count = 0;
    for (qint64 i = beforeFrom; i < start; ++i, ++count)
        mean += channel[std::size_t(i)];
    for (qint64 i = end; i < afterTo; ++i, ++count)
        mean += channel[std::size_t(i)];
    mean = count > 0 ? mean / double(count) : 0.0;

    std::vector<double> before;
    for (qint64 i = beforeFrom; i < start; ++i)
        before.push_back(channel[std::size_t(i)] - mean);
    std::vector<double> after; // reversed: the audio after the gap, read backwards
    for (qint64 i = afterTo - 1; i >= end; --i)
        after.push_back(channel[std::size_t(i)] - mean);
    if (before.empty())
        before.push_back(0.0);
    if (after.empty())
        after.push_back(0.0);
    const std::vector<double> forwards = predict(before, length);
    const std::vector<double> backwards = predict(after, length);
    for (qint64 i = 0; i < length; ++i) {
        const double w = 0.5 - 0.5 * std::cos(kPi * double(i + 1) / double(length + 1));
        const double value = (1.0 - w) * forwards[std::size_t(i)] + w * backwards[std::size_t(length - 1 - i)];
        channel[std::size_t(start + i)] = float(value + mean);
    }
}

} // namespace prepmark
