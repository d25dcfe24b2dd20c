#pragma once

#include <QtGlobal>

#include <vector>

namespace prepmark {

// The loudness of gating blocks (BS.1770-4: 400 ms) or short-term windows (EBU Tech
// 3342: 3 s) as a histogram, so that memory is constant whatever the length of the
// file: 10,000 bins of 0.01 LU from the absolute gate, -70 LUFS, up to +30 LUFS
// (120 KB); louder blocks count in the top bin. Each bin keeps its count and the
// exact sum of its blocks' energies.
//
// A block's energy is its channel-weighted mean square after K-weighting; its
// loudness is -0.691 + 10 log10(energy) LUFS.
//
// Error bound against a list of every block (what libebur128 keeps when it is not in
// its own 0.1 LU histogram mode):
//  - the mean energy of the blocks above the absolute gate, hence the relative gate,
//    is exact;
//  - the blocks of the one bin that holds the relative gate are kept or dropped
//    together, by their mean energy: only blocks within 0.01 LU of the gate can be
//    classed differently;
//  - gatedLoudness() is otherwise exact; a percentile is the centre of its bin,
//    within 0.005 LU, so loudnessRange() is within 0.01 LU.
//
// Thread-safety: none; one instance per track.
class LoudnessHistogram
{
public:
    static constexpr double kAbsoluteGateLufs = -70.0;
    static constexpr double kTopLufs = 30.0;
    static constexpr double kBinWidthLu = 0.01;

    LoudnessHistogram();

    void clear();
    // Counts a block of the given energy (mean square, > = 0) unless it is below the
    // absolute gate.
    void add(double energy);
    // Blocks counted so far (at or above the absolute gate).
    qint64 count() const { return m_count; }

    // BS.1770-4 integrated loudness, LUFS: the loudness of the mean energy of the
    // blocks at most `relativeGateLu` (10) below the loudness of the mean energy of all
    // counted blocks. -infinity when no block was counted.
    double gatedLoudness(double relativeGateLu) const;

    // EBU Tech 3342 loudness range, LU: the difference between the `high` and `low`
    // percentiles (fractions, 0.95 and 0.10) of the loudness of the blocks at most
    // `relativeGateLu` (20) below the mean energy of all counted blocks. Percentiles
    // are nearest-rank: the value of rank round((n - 1) p) of the n gated blocks, as
    // in libebur128. NaN when no block was counted.
    double loudnessRange(double relativeGateLu, double low, double high) const;

    static double energyToLufs(double energy);
    static double lufsToEnergy(double lufs);

private:
    // The first bin whose blocks pass the relative gate.
    int firstGatedBin(double relativeGateLu) const;
    double binCentreLufs(int bin) const;

    std::vector<quint32> m_counts;
    std::vector<double> m_energies; // sum of the energies of each bin's blocks
    qint64 m_count = 0;
    double m_energySum = 0.0;
    double m_gateEnergy = 0.0; // energy of a block at the absolute gate
};

} // namespace prepmark
