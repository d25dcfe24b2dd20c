#pragma once

#include "ProgressReporter.h"

#include <algorithm>

namespace prepmark {

// One step of a longer task: reports the step's own 0..100 as from..to of the parent's
// (percent is clamped to 0..100 first; from + (to - from) * percent / 100, rounded towards
// zero), and passes messages and cancellation through unchanged. It holds no state of its
// own, so it is thread-safe as its parent is; the parent must outlive it.
class ProgressRange : public ProgressReporter
{
public:
    ProgressRange(ProgressReporter &parent, int from, int to) : m_parent(parent), m_from(from), m_to(to) { }

    void setProgress(int percent) override
    {
        m_parent.setProgress(m_from + (m_to - m_from) * std::clamp(percent, 0, 100) / 100);
    }
    void setMessage(const QString &message) override { m_parent.setMessage(message); }
    bool wasCancelled() const override { return m_parent.wasCancelled(); }

private:
    ProgressReporter &m_parent;
    const int m_from;
    const int m_to;
};

} // namespace prepmark
