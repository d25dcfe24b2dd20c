#include "ProgressReporter.h"

namespace prepmark {
namespace {

// No state at all: nothing to race on, nothing that a caller could change.
class NoProgress final : public ProgressReporter
{
public:
    void setProgress(int) override { }
    void setMessage(const QString &) override { }
    bool wasCancelled() const override { return false; }
};

} // namespace

ProgressReporter &ProgressReporter::none()
{
    // Initialised once, thread-safely, on first use, and never destroyed, so work still
    // running on a pool while the process exits can go on calling it.
    static NoProgress *const instance = new NoProgress;
    return *instance;
}

} // namespace prepmark
