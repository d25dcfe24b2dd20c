#include "LoudnessMeter.h"

#include "TrackAnalysis.h"

#include <ebur128.h>

#include <cmath>

namespace prepmark {

struct LoudnessMeter::State
{
    explicit State(ebur128_state *state) : meter(state) { }
    ~State() { ebur128_destroy(&meter); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    ebur128_state *meter;
};

LoudnessMeter::LoudnessMeter() = default;
LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::initialize(const AudioFormat &format)
{
    // Returns null for rates or channel counts libebur128 does not support (above
    // 64 channels or 2.8 MHz); the track then has no loudness.
    m_state.reset();
    ebur128_state *meter = ebur128_init(unsigned(format.channels), unsigned(format.sampleRate),
        EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_HISTOGRAM);
    if (meter)
        m_state = std::make_unique<State>(meter);
}

void LoudnessMeter::process(const AudioBlock &block)
{
    if (m_state)
        ebur128_add_frames_float(m_state->meter, block.interleaved, size_t(block.frames));
}

void LoudnessMeter::finish(TrackAnalysis &result)
{
    if (!m_state)
        return;
    double loudness = kMinusInfinity;
    if (ebur128_loudness_global(m_state->meter, &loudness) == EBUR128_SUCCESS)
        result.loudnessLufs = std::isfinite(loudness) ? loudness : kMinusInfinity;
    double range = 0.0;
    if (ebur128_loudness_range(m_state->meter, &range) == EBUR128_SUCCESS && std::isfinite(range))
        result.loudnessRangeLu = range;
}

} // namespace prepmark
