#pragma once

#include "AnalysisConfig.h"
#include "SessionAnalysis.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include <QStringList>

namespace prepmark {

// Two tracks that an exercise says are one source (its answer key knows the
// session), to compare for polarity and time offset. a and b are paths or file
// names of analysed files; a is the reference.
struct TrackPairRequest
{
    QString a;
    QString b;
    bool checkTimeOffset = true;
};

struct AnalysisOptions
{
    int threads = 0; // worker threads; 0 = one per core
    bool pairsByName = true; // also find related pairs with the name table
    QList<TrackPairRequest> pairs; // pairs given by the caller, compared first
};

// Runs the analysis of a session: every file through TrackAnalyzer on a thread pool
// (files in parallel, each read once, in constant memory), then the related pairs
// through PairAnalyzer, then the session checks.
//
// Progress goes to the reporter (0..100; the pairs take the last 5 %), and the
// workers poll wasCancelled() after every block: a cancelled run returns an Error
// quickly. A file that cannot be read does not stop the run: it becomes an
// `unreadable` issue and every other file is still analysed.
//
// Thread-safety: analyse() is const; the reporter must accept calls from any thread
// (ProgressReporter's contract).
class SessionAnalyzer
{
public:
    explicit SessionAnalyzer(AnalysisConfig config = {}) : m_config(std::move(config)) { }

    const AnalysisConfig &config() const { return m_config; }

    // Errors: cancellation, and requested pairs that name no analysed file (or two
    // files); the pairs are checked before any file is read.
    Result<SessionAnalysis> analyse(
        const QStringList &paths, const AnalysisOptions &options, ProgressReporter &progress) const;

private:
    AnalysisConfig m_config;
};

} // namespace prepmark
