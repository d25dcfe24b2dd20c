#include "WindowedPower.h"

#include "SampleMath.h"

#include <algorithm>

namespace prepmark {

void WindowedPower::reset(qint64 windowFrames, Sink sink)
{
    m_windowFrames = std::max<qint64>(1, windowFrames);
    m_windowStart = 0;
    m_filled = 0;
    m_sum = 0.0;
    m_sink = std::move(sink);
}

void WindowedPower::add(const AudioBlock &block)
{
    m_channels = std::max(1, block.channelCount());
    qint64 offset = 0;
    while (offset < block.frames) {
        const qint64 take = std::min(block.frames - offset, m_windowFrames - m_filled);
        for (int c = 0; c < block.channelCount(); ++c)
            m_sum += sumOfSquares(block.channels[c] + offset, take);
        m_filled += take;
        offset += take;
        if (m_filled == m_windowFrames) {
            m_sink(m_windowStart, m_filled, m_sum / double(m_filled * m_channels));
            m_windowStart += m_filled;
            m_filled = 0;
            m_sum = 0.0;
        }
    }
}

void WindowedPower::flush()
{
    if (m_filled > 0)
        m_sink(m_windowStart, m_filled, m_sum / double(m_filled * m_channels));
    m_windowStart += m_filled;
    m_filled = 0;
    m_sum = 0.0;
}

} // namespace prepmark
