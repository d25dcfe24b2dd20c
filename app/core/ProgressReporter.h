#pragma once

#include <QString>

#include <atomic>

namespace prepmark {

// How long-running work in audio/, session/, grading/ and reports/ tells its caller how
// far it has got, and learns that the caller wants it to stop. The GUI implements it with
// a progress dialog or panel, the CLI with a line printer (docs/CONVENTIONS.md, "Progress
// and cancellation").
//
// The contract, for work:
// - Long work takes a `ProgressReporter &` (non-const, also where it only polls
//   wasCancelled()), uses it only during the call and keeps no reference after it returns.
//   A caller that shows nothing and never cancels passes none(), which is also the
//   default argument where one is given.
// - setProgress() takes the percent of this task done, 0..100; work reports it as it goes
//   and need not repeat a value. To give a step of the work its own 0..100, wrap the
//   reporter in a ProgressRange (core/ProgressRange.h).
// - setMessage() takes a short line for a person saying what is happening now.
// - Work polls wasCancelled() between blocks; once it returns true it stays true. Work
//   that sees it stops early and returns an Error whose message says it was cancelled
//   (batch work that keeps what it finished says so in its result instead, as
//   FeedbackSheetBatch::cancelled does).
//
// Thread-safety: implementations must accept calls from any thread, at the same time;
// work running on a thread pool calls setProgress() and wasCancelled() from its workers.
class ProgressReporter
{
public:
    virtual ~ProgressReporter() = default;

    // percent in 0..100
    virtual void setProgress(int percent) = 0;
    virtual void setMessage(const QString &message) = 0;
    // Work polls this between blocks and stops early, returning a cancelled result.
    virtual bool wasCancelled() const = 0;

    // A process-wide reporter that reports nowhere and is never cancelled. It holds no
    // state, so every thread may use it at once; the reference stays valid for the life
    // of the process.
    static ProgressReporter &none();
};

// Reports nowhere but remembers the last percent; can be cancelled (by tests, or by an
// owner that has no UI). Thread-safe.
class SilentProgress : public ProgressReporter
{
public:
    void setProgress(int percent) override { m_percent.store(percent); }
    void setMessage(const QString &) override { }
    bool wasCancelled() const override { return m_cancelled.load(); }

    void cancel() { m_cancelled.store(true); }
    int lastProgress() const { return m_percent.load(); }

private:
    std::atomic<bool> m_cancelled {false};
    std::atomic<int> m_percent {0};
};

} // namespace prepmark
