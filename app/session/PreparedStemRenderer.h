#pragma once

#include "Session.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include <QString>
#include <QVector>

#include <limits>

namespace prepmark {

// One rendered prepared stem: a consolidated file for one active track.
struct PreparedStem
{
    QString trackId;
    QString path; // absolute path of the written file
    QString fileName; // base name, as SessionAnalyzer names the file in its issues
    int sampleRate = 0; // Hz: the session's rate, or the delivered file's when it was not converted
    int bitDepth = 0; // 16 or 24: the session's, or the delivered file's when it was not converted
    int channels = 0;
    qint64 frames = 0; // the session length at this file's rate: every stem starts at the session start
    // The audio's level where the track's region starts and ends on the timeline (peak of
    // the first and last millisecond after processing, before the fades), dBFS; -inf for
    // digital silence. A region edge above about -60 dBFS with no fade is a hard edit.
    double startEdgeDbfs = -std::numeric_limits<double>::infinity();
    double endEdgeDbfs = -std::numeric_limits<double>::infinity();
    double fadeInMs = 0.0; // the fades applied at those edges, ms
    double fadeOutMs = 0.0;
};

// The stems of a prepared session, in session order (removed tracks have none).
struct PreparedStems
{
    QString directory; // where the stems were written
    QVector<PreparedStem> stems;

    const PreparedStem *forTrack(const QString &trackId) const;
    QStringList paths() const;
};

struct PreparedStemOptions
{
    int threads = 0; // tracks rendered in parallel; 0 = one per core
};

// Renders the prepared stems of a session: the non-destructive edits in session.json
// applied to the delivered files, written as new files that the analysis engine can
// check ("render prepared stems" in the workbench, `prepmark-cli grade`).
//
// Per active (not removed) track, in this order:
//   1. read the delivered file (track.file, relative to audioDirectory);
//   2. channel steps: to_mono (mean of the channels), mono_from_left, mono_from_right;
//   3. convert_rate: band-limited conversion to the session rate (Resampler). Without
//      it, a file at another rate stays at its own rate, and every position below
//      (given at the session rate) is scaled to the file's rate;
//   4. remove_dc (subtracts each channel's mean), notch_hum (HumRemover), declip
//      (Declipper), declick (Declicker), denoise (SpectralDenoiser), in that order,
//      whatever order the track lists them in;
//   5. cuts: each [start, end) stretch silenced, with a 2 ms fade inside each edge
//      of the cut so a cut never clicks;
//   6. polarity, then clip gain (gainDb);
//   7. fades at the edges of the audio (fadeInSamples, fadeOutSamples, raised cosine);
//   8. placement on the timeline at offsetSamples, trimmed and padded to the session
//      length, so every stem starts at the session start and has the same length;
//   9. written as Broadcast WAV (time reference 0) at the session's bit depth when
//      the track lists convert_bit_depth or already has it, else at the delivered
//      file's bit depth. Samples beyond full scale clip, as in any DAW bounce.
// Files are named after their tracks ("Kick In.wav"; characters a file system forbids
// become "_", duplicates get " (2)"), so the delivery's file names match its tracks.
//
// Deterministic: the same session and files give the same bytes, whatever the number
// of threads. Progress goes to the reporter (0..100), which must accept calls from
// any thread; cancellation is checked between steps and returns an Error. Errors name
// the file or track: a missing or unreadable delivered file, a file whose length or
// rate disagrees with session.json, an output folder that cannot be written.
// Thread-safety: render() is const and may run on any thread.
class PreparedStemRenderer
{
public:
    explicit PreparedStemRenderer(PreparedStemOptions options = {});

    Result<PreparedStems> render(const Session &prepared, const QString &audioDirectory, const QString &outputDirectory,
        ProgressReporter &progress = ProgressReporter::none()) const;

    // The file name a track's stem gets, given the names already used (case-insensitive).
    static QString stemFileName(const QString &trackName, const QStringList &used);

    static constexpr double kCutFadeMs = 2.0;

private:
    PreparedStemOptions m_options;
};

} // namespace prepmark
