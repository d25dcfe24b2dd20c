#pragma once

#include "core/ProgressReporter.h"

namespace prepmark {

// One step of a longer task: reports its 0..100 as from..to of the whole, and passes
// cancellation through. Thread-safe as its target is.
class ProgressRange : public ProgressReporter
{
public:
    ProgressRange(ProgressReporter &target, int from, int to) : m_target(target), m_from(from), m_to(to) { }

    void setProgress(int percent) override { m_target.setProgress(m_from + (m_to - m_from) * percent / 100); }
    void setMessage(const QString &message) override { m_target.setMessage(message); }
    bool wasCancelled() const override { return m_target.wasCancelled(); }

private:
    ProgressReporter &m_target;
    int m_from;
    int m_to;
};

} // namespace prepmark
