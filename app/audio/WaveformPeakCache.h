#pragma once

#include "WaveformPeaks.h"

#include <QString>

namespace prepmark {

// Waveform peaks stored on disk, one file per stem, keyed by the stem's absolute path,
// size and modification time: a stem's peaks are computed once, and recomputed only
// when the file changes. A damaged cache file is recomputed, never trusted.
//
// Thread-safety: distinct stems may be asked for from distinct threads.
class WaveformPeakCache
{
public:
    explicit WaveformPeakCache(QString directory);

    const QString &directory() const { return m_directory; }
    // The cached peaks, or computed now (and stored) when there are none; progress is
    // only polled for cancellation while computing.
    Result<WaveformPeaks> peaks(const QString &stemPath, ProgressReporter &progress = ProgressReporter::none()) const;
    // Where the peaks of a stem are stored.
    QString cachePath(const QString &stemPath) const;

private:
    QString m_directory;
};

} // namespace prepmark
