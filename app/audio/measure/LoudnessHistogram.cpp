#include "LoudnessHistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace prepmark {

namespace {

// (kTopLufs - kAbsoluteGateLufs) / kBinWidthLu
constexpr int kBins = 10000;
// BS.1770-4: loudness = -0.691 + 10 log10(weighted mean square).
constexpr double kLoudnessOffsetDb = -0.691;

int binOf(double lufs)
{
    const int bin = int(std::floor((lufs - LoudnessHistogram::kAbsoluteGateLufs) / LoudnessHistogram::kBinWidthLu));
    return std::clamp(bin, 0, kBins - 1);
}

} // namespace

LoudnessHistogram::LoudnessHistogram()
    : m_counts(kBins, 0), m_energies(kBins, 0.0), m_gateEnergy(lufsToEnergy(kAbsoluteGateLufs))
{
}

double LoudnessHistogram::energyToLufs(double energy)
{
    return energy > 0.0 ? kLoudnessOffsetDb + 10.0 * std::log10(energy) : -std::numeric_limits<double>::infinity();
}

double LoudnessHistogram::lufsToEnergy(double lufs)
{
    return std::pow(10.0, (lufs - kLoudnessOffsetDb) / 10.0);
}

void LoudnessHistogram::clear()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    std::fill(m_energies.begin(), m_energies.end(), 0.0);
    m_count = 0;
    m_energySum = 0.0;
}

void LoudnessHistogram::add(double energy)
{
    if (!(energy >= m_gateEnergy)) // also drops NaN
        return;
    const int bin = binOf(energyToLufs(energy));
    ++m_counts[size_t(bin)];
    m_energies[size_t(bin)] += energy;
    ++m_count;
    m_energySum += energy;
}

double LoudnessHistogram::binCentreLufs(int bin) const
{
    return kAbsoluteGateLufs + (bin + 0.5) * kBinWidthLu;
}

int LoudnessHistogram::firstGatedBin(double relativeGateLu) const
{
    const double gateEnergy = m_energySum / double(m_count) * std::pow(10.0, -relativeGateLu / 10.0);
    if (gateEnergy < m_gateEnergy)
        return 0;
    const int bin = binOf(energyToLufs(gateEnergy));
    const quint32 count = m_counts[size_t(bin)];
    // The bin holding the gate: kept when its blocks' mean energy passes.
    return count == 0 || m_energies[size_t(bin)] / count >= gateEnergy ? bin : bin + 1;
}

double LoudnessHistogram::gatedLoudness(double relativeGateLu) const
{
    if (m_count == 0)
        return -std::numeric_limits<double>::infinity();
    double energy = 0.0;
    qint64 count = 0;
    for (int bin = firstGatedBin(relativeGateLu); bin < kBins; ++bin) {
        energy += m_energies[size_t(bin)];
        count += m_counts[size_t(bin)];
    }
    // count > 0: the loudest block is always at or above the mean minus the gate.
    return count > 0 ? energyToLufs(energy / double(count)) : -std::numeric_limits<double>::infinity();
}

double LoudnessHistogram::loudnessRange(double relativeGateLu, double low, double high) const
{
    if (m_count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const int first = firstGatedBin(relativeGateLu);
    qint64 gated = 0;
    for (int bin = first; bin < kBins; ++bin)
        gated += m_counts[size_t(bin)];
    if (gated == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // The bin holding rank r (0-based) of the gated blocks in increasing loudness.
    const auto binOfRank = [&](qint64 rank) {
        qint64 seen = 0;
        for (int bin = first; bin < kBins; ++bin) {
            seen += m_counts[size_t(bin)];
            if (seen > rank)
                return bin;
        }
        return kBins - 1;
    };
    const auto rank = [&](double fraction) { return qint64(std::llround(double(gated - 1) * fraction)); };
    return binCentreLufs(binOfRank(rank(high))) - binCentreLufs(binOfRank(rank(low)));
}

} // namespace prepmark
