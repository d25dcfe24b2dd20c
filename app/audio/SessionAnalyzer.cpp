#include "SessionAnalyzer.h"

#include "PairAnalyzer.h"
#include "SessionChecks.h"
#include "TrackAnalyzer.h"
#include "TrackChecks.h"

#include "core/ProgressRange.h"

#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

namespace prepmark {
namespace {

// The share of the progress bar that reading the files takes; pairs take the rest.
constexpr int kTrackPercent = 95;

// Counts work finished on many threads at once (weighted: bytes of a file, or one per
// pair) and reports it as 0..100 of its reporter, each percentage once and never going
// back, however the workers' calls interleave. ProgressRange maps a step onto part of a
// bar; this adds up the step's work, so the two are used together. Thread-safe.
class ProgressCounter
{
public:
    ProgressCounter(ProgressReporter &reporter, qint64 total)
        : m_reporter(reporter), m_total(std::max<qint64>(1, total))
    {
    }

    void add(qint64 work)
    {
        const qint64 done = m_done.fetch_add(work) + work;
        report(int(100 * std::min(done, m_total) / m_total));
    }

private:
    void report(int percent)
    {
        int last = m_lastPercent.load();
        while (percent > last) {
            if (m_lastPercent.compare_exchange_weak(last, percent)) {
                m_reporter.setProgress(percent);
                return;
            }
        }
    }

    ProgressReporter &m_reporter;
    const qint64 m_total;
    std::atomic<qint64> m_done {0};
    std::atomic<int> m_lastPercent {-1};
};

// Finds a requested pair's file among the paths: by path, else by file name.
Result<int> findTrack(const QStringList &paths, const QString &name)
{
    const QString absolute = QFileInfo(name).absoluteFilePath();
    for (int i = 0; i < paths.size(); ++i) {
        if (QFileInfo(paths[i]).absoluteFilePath() == absolute)
            return i;
    }
    int found = -1;
    for (int i = 0; i < paths.size(); ++i) {
        if (QFileInfo(paths[i]).fileName() == name) {
            if (found >= 0)
                return makeError(QStringLiteral("pair: \"%1\" names two analysed files (%2, %3); give a path")
                                     .arg(name, paths[found], paths[i]));
            found = i;
        }
    }
    if (found < 0)
        return makeError(QStringLiteral("pair: \"%1\" is not among the analysed files").arg(name));
    return found;
}

struct PlannedPair
{
    int a = 0;
    int b = 0;
    QString source;
    bool checkTimeOffset = true;
};

// The pairs to compare: the caller's first, then those the name table finds, each
// once. Errors: a requested pair naming no analysed file, or one file twice.
Result<QList<PlannedPair>> planPairs(
    const QStringList &paths, const AnalysisOptions &options, const AnalysisConfig &config)
{
    QList<PlannedPair> planned;
    auto alreadyPlanned = [&](int a, int b) {
        return std::any_of(planned.begin(), planned.end(),
            [&](const PlannedPair &p) { return (p.a == a && p.b == b) || (p.a == b && p.b == a); });
    };
    for (const TrackPairRequest &request : options.pairs) {
        const Result<int> a = findTrack(paths, request.a);
        if (!a)
            return a.error();
        const Result<int> b = findTrack(paths, request.b);
        if (!b)
            return b.error();
        if (*a == *b)
            return makeError(QStringLiteral("pair: \"%1\" and \"%2\" are the same file").arg(request.a, request.b));
        if (!alreadyPlanned(*a, *b))
            planned.append({*a, *b, QStringLiteral("exercise"), request.checkTimeOffset});
    }
    if (options.pairsByName) {
        QStringList names;
        for (const QString &path : paths)
            names << QFileInfo(path).fileName();
        for (const NamedPair &pair : PairNameTable(config.pairNames).findPairs(names)) {
            if (!alreadyPlanned(pair.reference, pair.other))
                planned.append({pair.reference, pair.other, pair.source, pair.checkTimeOffset});
        }
    }
    return planned;
}

// Runs job(i) for i in [0, count) on a pool of `threads` and waits for all. With
// `weights` (one per job), the heaviest jobs start first, so that no long file is
// left to run alone at the end.
void runOnPool(
    int threads, qsizetype count, const std::function<void(qsizetype)> &job, const std::vector<qint64> &weights = {})
{
    std::vector<qsizetype> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    if (qsizetype(weights.size()) == count) {
        std::stable_sort(order.begin(), order.end(),
            [&](qsizetype a, qsizetype b) { return weights[size_t(a)] > weights[size_t(b)]; });
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (const qsizetype i : order)
        pool.start([&job, i] { job(i); });
    pool.waitForDone();
}

} // namespace

Result<SessionAnalysis> SessionAnalyzer::analyse(
    const QStringList &paths, const AnalysisOptions &options, ProgressReporter &progress) const
{
    // Check the requested pairs before minutes of reading, not after.
    const Result<QList<PlannedPair>> planned = planPairs(paths, options, m_config);
    if (!planned)
        return planned.error();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    progress.setMessage(QStringLiteral("analysing %1 files on %2 threads").arg(paths.size()).arg(threads));
    progress.setProgress(0);

    // Weigh each file by its size, so that progress moves evenly.
    std::vector<qint64> weights;
    qint64 totalWeight = 0;
    for (const QString &path : paths) {
        weights.push_back(std::max<qint64>(1, QFileInfo(path).size()));
        totalWeight += weights.back();
    }
    ProgressRange reading(progress, 0, kTrackPercent);
    ProgressCounter counter(reading, totalWeight);
    std::atomic<bool> cancelled {false};
    auto stopping = [&] {
        if (progress.wasCancelled())
            cancelled.store(true);
        return cancelled.load();
    };

    std::vector<TrackAnalysis> tracks(size_t(paths.size()));
    const TrackAnalyzer analyzer(m_config.thresholds);
    const auto analyseTrack = [&](qsizetype i) {
        if (stopping())
            return;
        const qint64 weight = weights[size_t(i)];
        qint64 reported = 0;
        const Result<TrackAnalysis> track = analyzer.analyse(paths[i], [&](qint64 read, qint64 total) {
            const qint64 now
                = total > 0 ? qint64(double(weight) * double(std::min(read, total)) / double(total)) : weight;
            counter.add(now - reported);
            reported = now;
            return !stopping();
        });
        counter.add(weight - reported);
        if (track)
            tracks[size_t(i)] = *track;
        else
            cancelled.store(true);
    };
    runOnPool(threads, paths.size(), analyseTrack, weights);
    if (cancelled.load())
        return makeError(QStringLiteral("analysis cancelled"));

    SessionAnalysis session;
    session.tracks = QList<TrackAnalysis>(tracks.begin(), tracks.end());
    if (!planned->isEmpty()) {
        progress.setMessage(QStringLiteral("comparing %1 related pairs").arg(planned->size()));
        std::vector<PairAnalysis> pairs(size_t(planned->size()));
        ProgressRange comparing(progress, kTrackPercent, 100);
        ProgressCounter pairCounter(comparing, planned->size());
        const PairAnalyzer pairAnalyzer(m_config.thresholds);
        runOnPool(threads, planned->size(), [&](qsizetype i) {
            if (stopping())
                return;
            const PlannedPair &p = (*planned)[i];
            pairs[size_t(i)]
                = pairAnalyzer.analyse(session.tracks[p.a], session.tracks[p.b], p.source, p.checkTimeOffset);
            pairCounter.add(1);
        });
        if (cancelled.load())
            return makeError(QStringLiteral("analysis cancelled"));
        session.pairs = QList<PairAnalysis>(pairs.begin(), pairs.end());
    }

    for (const TrackAnalysis &track : session.tracks)
        session.issues << trackIssues(track, m_config.thresholds);
    for (const PairAnalysis &pair : session.pairs)
        session.issues << pairIssues(pair);
    session.issues << sessionIssues(session.tracks, m_config.thresholds);
    progress.setProgress(100);
    return session;
}

} // namespace prepmark
