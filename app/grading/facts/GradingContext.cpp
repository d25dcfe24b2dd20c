#include "GradingContext.h"

#include "TrackWords.h"

#include "session/ReferencePreparation.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace prepmark {
namespace {

QRegularExpression wordPattern(const QString &word, bool wholeWord)
{
    const QString boundary = QStringLiteral("[\\p{L}\\p{N}]");
    QString pattern = QStringLiteral("(?<!%1)").arg(boundary) + QRegularExpression::escape(word.trimmed());
    if (wholeWord)
        pattern += QStringLiteral("(?!%1)").arg(boundary);
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

Result<GradingContext> GradingContext::build(const GradingInput &input)
{
    const Session &prepared = input.prepared;
    const Session &delivered = input.delivered;
    const QString where = QStringLiteral("prepared session of %1").arg(input.exercise.key);
    if (prepared.sampleRate != delivered.sampleRate)
        return makeError(QStringLiteral("%1: sampleRate %2 differs from the delivered session's %3")
                             .arg(where)
                             .arg(prepared.sampleRate)
                             .arg(delivered.sampleRate));
    if (prepared.lengthSamples != delivered.lengthSamples)
        return makeError(QStringLiteral("%1: lengthSamples %2 differs from the delivered session's %3 "
                                        "(was it prepared from another render, e.g. a full render and an excerpt?)")
                             .arg(where)
                             .arg(prepared.lengthSamples)
                             .arg(delivered.lengthSamples));
    for (const SessionTrack &track : prepared.tracks) {
        if (!delivered.track(track.id) || !input.exercise.track(track.id))
            return makeError(QStringLiteral("%1: track \"%2\" is not a track of exercise %3")
                                 .arg(where, track.id, input.exercise.key));
    }
    for (const SessionTrack &track : delivered.tracks) {
        if (!prepared.track(track.id))
            return makeError(QStringLiteral("%1: track \"%2\" (%3) is missing; a track taken out of the session "
                                            "stays in session.json with \"removed\": true")
                                 .arg(where, track.id, track.name));
    }

    GradingContext context;
    context.m_input = &input;
    context.m_reference = ReferencePreparation::prepare(input.exercise, delivered);
    context.m_notes = prepared.notes.allText();
    for (const SessionTrack &track : prepared.tracks) {
        if (track.removed)
            continue;
        const PreparedStem *stem = input.stems.forTrack(track.id);
        if (!stem)
            return makeError(QStringLiteral("%1: track \"%2\" has no rendered stem").arg(where, track.id));
        const TrackAnalysis *found = nullptr;
        for (const TrackAnalysis &analysed : input.analysis.tracks) {
            if (QFileInfo(analysed.path).absoluteFilePath() == stem->path)
                found = &analysed;
        }
        if (!found)
            return makeError(
                QStringLiteral("%1: the stem of track \"%2\" (%3) was not analysed").arg(where, track.id, stem->path));
        if (!found->readable())
            return makeError(QStringLiteral("%1: %2").arg(stem->path, found->error));
        context.m_analysisByTrack.insert(track.id, found);
    }
    return context;
}

QVector<const SessionTrack *> GradingContext::activeTracks() const
{
    QVector<const SessionTrack *> tracks;
    for (const SessionTrack &track : prepared().tracks) {
        if (!track.removed)
            tracks << &track;
    }
    return tracks;
}

bool GradingContext::isActive(const QString &trackId) const
{
    const SessionTrack *track = preparedTrack(trackId);
    return track && !track->removed;
}

const TrackAnalysis *GradingContext::analysisOf(const QString &trackId) const
{
    return m_analysisByTrack.value(trackId, nullptr);
}

const PairAnalysis *GradingContext::pairAnalysis(const ExpectedPair &pair) const
{
    const PreparedStem *a = isActive(pair.a) ? stemOf(pair.a) : nullptr;
    const PreparedStem *b = isActive(pair.b) ? stemOf(pair.b) : nullptr;
    if (!a || !b)
        return nullptr;
    for (const PairAnalysis &analysed : analysis().pairs) {
        if (analysed.a == a->fileName && analysed.b == b->fileName)
            return &analysed;
    }
    return nullptr;
}

QList<AnalysisIssue> GradingContext::issuesOf(const QString &trackId, IssueKind kind) const
{
    QList<AnalysisIssue> found;
    const PreparedStem *stem = isActive(trackId) ? stemOf(trackId) : nullptr;
    if (!stem)
        return found;
    for (const AnalysisIssue &issue : analysis().issues) {
        if (issue.kind == kind && issue.files.contains(stem->fileName))
            found << issue;
    }
    return found;
}

QString GradingContext::displayName(const QString &trackId) const
{
    if (const SessionTrack *track = preparedTrack(trackId); track && !track->name.trimmed().isEmpty())
        return track->name.trimmed();
    if (const ExpectedTrack *track = expected(trackId); track && !track->name.isEmpty())
        return track->name;
    return trackId;
}

QVector<PlantedFault> GradingContext::faultsOf(const QString &trackId) const
{
    const DeliveredTrack *track = deliveredTrack(trackId);
    return track ? track->faults : QVector<PlantedFault>();
}

const PlantedFault *GradingContext::fault(const QString &trackId, FaultKind kind) const
{
    const DeliveredTrack *track = deliveredTrack(trackId);
    if (!track)
        return nullptr;
    for (const PlantedFault &planted : track->faults) {
        if (planted.kind == kind)
            return &planted;
    }
    return nullptr;
}

QVector<FaultLocation> GradingContext::trackFaults(std::optional<FaultIntent> intent) const
{
    QVector<FaultLocation> result;
    for (const FaultLocation &location : exercise().plantedFaults()) {
        if (location.trackId.isEmpty())
            continue;
        if (!intent || location.fault.intent == *intent)
            result << location;
    }
    return result;
}

bool GradingContext::containsWord(const QString &text, const QString &word)
{
    if (word.trimmed().isEmpty())
        return false;
    return wordPattern(word, true).match(text).hasMatch();
}

bool GradingContext::covers(const NoteTopic &topic, const QString &text) const
{
    if (topic.keywords.isEmpty())
        return false;
    for (const QStringList &group : topic.keywords) {
        const bool any = std::any_of(group.begin(), group.end(), [&](const QString &word) {
            return !word.trimmed().isEmpty() && wordPattern(word, false).match(text).hasMatch();
        });
        if (!any)
            return false;
    }
    return true;
}

bool GradingContext::notesMention(const QString &trackId) const
{
    QStringList exactNames;
    QVector<QSet<QString>> wordSets;
    if (const SessionTrack *track = preparedTrack(trackId)) {
        exactNames << track->name;
        wordSets << TrackWords::sourceWords(track->name);
    }
    if (const ExpectedTrack *track = expected(trackId)) {
        exactNames << track->name;
        wordSets << TrackWords::sourceWords(track->name);
    }
    if (const DeliveredTrack *track = deliveredTrack(trackId))
        exactNames << track->name;
    for (const QString &name : exactNames) {
        if (name.trimmed().size() >= 3 && containsWord(m_notes, name.trimmed()))
            return true;
    }
    // or one line holding every source word of its name ("the lead guitar" for "Lead Gtr")
    for (const QString &line : m_notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QSet<QString> words = TrackWords::of(line);
        for (const QSet<QString> &wanted : wordSets) {
            if (!wanted.isEmpty() && words.contains(wanted))
                return true;
        }
    }
    return false;
}

qint64 GradingContext::msToFrames(double ms) const
{
    return std::llround(ms * prepared().sampleRate / 1000.0);
}

double GradingContext::beatFrames() const
{
    return exercise().secondsAtTick(double(exercise().meter.beatTicks())) * prepared().sampleRate;
}

QString GradingContext::listNames(const QStringList &names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(names.mid(0, shown).join(QStringLiteral(", ")))
        .arg(names.size() - shown);
}

} // namespace prepmark
