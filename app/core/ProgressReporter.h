#pragma once

#include <QString>

#include <atomic>

namespace prepmark {

// How long-running work in audio/, session/ and reports/ tells its caller how far it
// has got, and learns that the caller wants it to stop. The GUI implements it with a
// progress dialog, the CLI with a line printer (docs/CONVENTIONS.md, "Progress and cancellation").
//
// Thread-safety: implementations must accept calls from any thread; work running on
// a thread pool calls setProgress() and wasCancelled() from its workers.
class ProgressReporter
{
public:
    virtual ~ProgressReporter() = default;

    // percent in 0..100
    virtual void setProgress(int percent) = 0;
    virtual void setMessage(const QString &message) = 0;
    // Work polls this between blocks and stops early, returning a cancelled result.
    virtual bool wasCancelled() const = 0;
};

// Reports nowhere; can still be cancelled (by tests, or by an owner that has no UI).
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
