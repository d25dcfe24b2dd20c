#include "StereoImageMeter.h"

#include "Decibels.h"
#include "SampleMath.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

StereoImageMeter::StereoImageMeter(const AnalysisThresholds &thresholds) : m_thresholds(thresholds) { }

void StereoImageMeter::initialize(const AudioFormat &format)
{
    m_active = format.channels == 2;
    m_ll = m_rr = m_lr = m_difference = 0.0;
    m_frames = 0;
}

void StereoImageMeter::process(const AudioBlock &block)
{
    if (!m_active)
        return;
    m_ll += sumOfSquares(block.channels[0], block.frames);
    m_rr += sumOfSquares(block.channels[1], block.frames);
    m_lr += sumOfProducts(block.channels[0], block.channels[1], block.frames);
    m_difference += sumOfSquaredDifferences(block.channels[0], block.channels[1], block.frames);
    m_frames += block.frames;
}

void StereoImageMeter::finish(TrackAnalysis &result)
{
    StereoResult &stereo = result.stereo;
    stereo = StereoResult {};
    if (!m_active || m_frames == 0)
        return;
    stereo.measured = true;
    if (m_ll > 0.0 && m_rr > 0.0)
        stereo.correlation = std::clamp(m_lr / std::sqrt(m_ll * m_rr), -1.0, 1.0);
    const double channels = 0.5 * (m_ll + m_rr);
    stereo.dualMono = channels > 0.0 && m_difference <= channels * dbToPower(m_thresholds.dualMonoResidualDb);

    const double leftDb = powerToDb(m_ll / double(m_frames));
    const double rightDb = powerToDb(m_rr / double(m_frames));
    const double silent = m_thresholds.oneSidedSilenceDbfs;
    constexpr double kOtherSideAboveDb = 20.0;
    if (leftDb <= silent && rightDb > silent + kOtherSideAboveDb)
        stereo.silentChannel = 0;
    else if (rightDb <= silent && leftDb > silent + kOtherSideAboveDb)
        stereo.silentChannel = 1;
}

} // namespace prepmark
