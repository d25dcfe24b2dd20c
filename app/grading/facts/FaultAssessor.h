#pragma once

#include "GradingContext.h"

#include <QString>
#include <QStringList>

namespace prepmark {

// How a planted fault to fix stands in the prepared session.
struct FixStatus
{
    bool fixed = false; // the prepared session and its stems show it fixed
    // false when PrepMark's session cannot make the edit (moving a late hit, undoing
    // distortion): then mentioning it in the notes is all a student can do
    bool fixable = true;
    bool mentioned = false; // the notes name one of its tracks
    QString evidence; // one line, for people
};

// How a planted fault the brief wants kept stands.
struct KeepStatus
{
    bool removed = false; // its track taken out of the session
    bool cleaned = false; // a step that removes it applied, or it is gated or measurably gone
    double levelChangeDb = 0.0; // clip gain against the answer key's
    bool flagged = false; // the track carries "keep" with a reason
    QString evidence;

    bool lost() const { return removed || cleaned || levelChangeDb < -3.0; }
    bool intact() const { return !lost() && std::abs(levelChangeDb) <= 1.0; }
};

// Judges planted faults against the prepared session, its stems' analysis and the
// answer key's preparation. Shared by the Signal Integrity, Workflow and Creative
// Intent checks so they agree on what "fixed" and "kept" mean.
class FaultAssessor
{
public:
    explicit FaultAssessor(const GradingContext &context) : m_context(context) { }

    FixStatus assessFix(const FaultLocation &fault) const;
    KeepStatus assessKeep(const FaultLocation &fault) const;

    // The processing steps that would remove a kept character of this kind.
    static QStringList cleaningSteps(FaultKind kind);
    // Share (0..1) of the answer key's cuts over a track's phrase gaps that the
    // student's cuts cover; 1 when the key has none.
    double phraseCoverage(const QString &trackId) const;
    // Frames the student's cuts silence outside the gaps between phrases (wanted
    // material cut), at the session rate.
    qint64 framesCutFromMusic(const QString &trackId) const;
    // The track's DC offset after preparation, largest over its channels, % of full scale.
    double dcPercent(const QString &trackId) const;

private:
    FixStatus assessTrackFix(const QString &trackId, const PlantedFault &fault) const;

    const GradingContext &m_context;
};

} // namespace prepmark
