#pragma once

#include "GradingInput.h"

#include "audio/AnalysisIssue.h"
#include "audio/PairAnalysis.h"
#include "audio/measure/TrackAnalysis.h"

#include "exercise/AnswerKey.h"
#include "exercise/Exercise.h"
#include "exercise/PlantedFault.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepmark {

// What the checks read: the grading input, the answer key's own preparation of the
// delivered session, and lookups between tracks, stems, analysis and notes. Built once
// per grade (GradingContext::build validates the input); read-only afterwards.
class GradingContext
{
public:
    static Result<GradingContext> build(const GradingInput &input);

    const Exercise &exercise() const { return m_input->exercise; }
    const AnswerKey &key() const { return m_input->exercise.answerKey; }
    const Session &delivered() const { return m_input->delivered; }
    const Session &prepared() const { return m_input->prepared; }
    const Session &reference() const { return m_reference; } // ReferencePreparation of delivered
    const SessionAnalysis &analysis() const { return m_input->analysis; }
    const PreparedStems &stems() const { return m_input->stems; }

    // Tracks that stay in the prepared session (not removed), in its order.
    QVector<const SessionTrack *> activeTracks() const;
    const SessionTrack *preparedTrack(const QString &trackId) const { return prepared().track(trackId); }
    bool isActive(const QString &trackId) const;
    const ExpectedTrack *expected(const QString &trackId) const { return key().forTrack(trackId); }
    const DeliveredTrack *deliveredTrack(const QString &trackId) const { return exercise().track(trackId); }

    // The analysis of a track's prepared stem; nullptr for removed tracks.
    const TrackAnalysis *analysisOf(const QString &trackId) const;
    const PreparedStem *stemOf(const QString &trackId) const { return stems().forTrack(trackId); }
    // The analysis of an answer-key pair between the stems of its tracks; nullptr when
    // a track of the pair was removed.
    const PairAnalysis *pairAnalysis(const ExpectedPair &pair) const;
    // Issues of one kind that name the track's stem.
    QList<AnalysisIssue> issuesOf(const QString &trackId, IssueKind kind) const;

    // The name to show for a track: its prepared name, else the answer key's, else its id.
    QString displayName(const QString &trackId) const;

    // Planted track faults of a track, and those of one intent.
    QVector<PlantedFault> faultsOf(const QString &trackId) const;
    const PlantedFault *fault(const QString &trackId, FaultKind kind) const;
    // Track faults of every track, with their location (performance faults excluded).
    QVector<FaultLocation> trackFaults(std::optional<FaultIntent> intent = std::nullopt) const;

    // --- notes ---------------------------------------------------------------------
    // Every section of the notes with its heading (SessionNotes::allText()).
    const QString &notesText() const { return m_notes; }
    // Notes cover a topic when, for every inner list of its keywords, they contain one
    // of its words at the start of a word (case-insensitive; "consolidat" matches
    // "consolidated", "ms" does not match "drums").
    bool covers(const NoteTopic &topic, const QString &text) const;
    bool notesCover(const NoteTopic &topic) const { return covers(topic, m_notes); }
    // Whether the notes name the track: its prepared, answer-key or delivered name (at
    // least 3 characters) as whole words, or one line holding every source word of its
    // prepared or answer-key name (TrackWords: "the lead guitar" names "Lead Gtr"),
    // case-insensitive.
    bool notesMention(const QString &trackId) const;
    static bool containsWord(const QString &text, const QString &word);

    // --- units -----------------------------------------------------------------------
    double framesToMs(qint64 frames) const { return 1000.0 * double(frames) / prepared().sampleRate; }
    qint64 msToFrames(double ms) const;
    // Frames of one beat of the exercise's meter at the session rate.
    double beatFrames() const;

    // "Audio 07, Track 3, Kick" with at most `shown` names, then "and N more".
    static QString listNames(const QStringList &names, int shown = 5);

private:
    const GradingInput *m_input = nullptr;
    Session m_reference;
    QString m_notes;
    QHash<QString, const TrackAnalysis *> m_analysisByTrack;
};

} // namespace prepmark
