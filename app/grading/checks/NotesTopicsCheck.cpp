#include "NotesTopicsCheck.h"

#include <QRegularExpression>

#include <cmath>

namespace prepmark {
namespace {

using Coverage = NotesTopicsCheck::Coverage;

Coverage coverage(const GradingContext &context, const QList<NoteTopic::Kind> &kinds, const QString &text)
{
    Coverage result;
    for (const NoteTopic &topic : context.key().topics) {
        if (!kinds.contains(topic.kind))
            continue;
        ++result.total;
        if (context.covers(topic, text))
            ++result.covered;
        else
            result.missing << topic.text;
    }
    return result;
}

QString missingLine(const Coverage &coverage)
{
    return QStringLiteral("Not in the notes: %1").arg(GradingContext::listNames(coverage.missing, 3));
}

// polarity, gain, offset, processing, cuts or removal; names, colours and fades aside
bool changedAudio(const SessionTrack &track, const SessionTrack &delivered)
{
    return track.polarityInverted != delivered.polarityInverted || std::abs(track.gainDb - delivered.gainDb) > 0.05
        || track.offsetSamples != delivered.offsetSamples || track.processing != delivered.processing
        || track.cuts != delivered.cuts || track.removed != delivered.removed;
}

} // namespace

bool NotesTopicsCheck::hasMeasuredValue(const QString &text)
{
    static const QRegularExpression value(
        QStringLiteral("[-+]?\\d+(?:[.,]\\d+)?\\s*(?:dBFS|dBTP|dB|ms|kHz|Hz|%|samples?|cents?|-?bits?)(?![\\p{L}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return value.match(text).hasMatch();
}

CheckOutcome NotesTopicsCheck::judge(const GradingContext &context) const
{
    switch (m_variant) {
    case Variant::FoundFixedLeft:
        return levelFor(topicFacts(context));
    case Variant::ChangesFoundation:
        return levelFor(changeFacts(context));
    case Variant::Questions:
    case Variant::QuestionsFoundation:
        return levelFor(questionFacts(context), m_variant);
    }
    return {};
}

NotesTopicsCheck::TopicFacts NotesTopicsCheck::topicFacts(const GradingContext &context)
{
    TopicFacts facts;
    facts.topics = coverage(
        context, {NoteTopic::Kind::Found, NoteTopic::Kind::Fixed, NoteTopic::Kind::Kept}, context.notesText());
    facts.noNotes = context.prepared().notes.isEmpty();
    facts.measuredValues = hasMeasuredValue(context.notesText());
    return facts;
}

CheckOutcome NotesTopicsCheck::levelFor(const TopicFacts &facts)
{
    const Coverage &found = facts.topics;
    if (found.total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The answer key lists no found, fixed or kept topics."));
    QStringList evidence;
    evidence << (facts.noNotes
            ? QStringLiteral("No session notes.")
            : QStringLiteral("The notes cover %1 of the answer key's %2 found, fixed and kept topics.")
                  .arg(found.covered)
                  .arg(found.total));
    if (!facts.noNotes && !found.missing.isEmpty())
        evidence << missingLine(found);
    const double share = double(found.covered) / found.total;
    int level = 5;
    if (facts.noNotes || share < 0.25)
        level = 1;
    else if (share < 0.75)
        level = 2;
    else if (share < 1.0)
        level = 3;
    else if (!facts.measuredValues)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("No measured values (dB, ms, Hz ...) in the notes.");
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: that every fix claimed was made, positions for each item, and "
                                   "problems found beyond the planted ones.");
    return CheckOutcome {level, evidence};
}

NotesTopicsCheck::ChangeFacts NotesTopicsCheck::changeFacts(const GradingContext &context)
{
    ChangeFacts facts;
    for (const SessionTrack &track : context.prepared().tracks) {
        const SessionTrack *delivered = context.delivered().track(track.id);
        if (!delivered || !changedAudio(track, *delivered))
            continue;
        facts.changed << context.displayName(track.id);
        if (!context.notesMention(track.id))
            facts.unnamed << context.displayName(track.id);
    }
    facts.kept = coverage(context, {NoteTopic::Kind::Kept}, context.notesText());
    facts.noNotes = context.prepared().notes.isEmpty();
    facts.measuredValues = hasMeasuredValue(context.notesText());
    return facts;
}

CheckOutcome NotesTopicsCheck::levelFor(const ChangeFacts &facts)
{
    if (facts.changed.isEmpty() && facts.kept.total == 0)
        return CheckOutcome::nothingToJudge(
            QStringLiteral("Nothing was changed and nothing is to be kept: no notes to judge."));
    const int named = int(facts.changed.size() - facts.unnamed.size());
    QStringList evidence;
    if (facts.noNotes)
        evidence << QStringLiteral("No session notes.");
    else
        evidence
            << QStringLiteral("%1 of %2 changed tracks are named in the notes.").arg(named).arg(facts.changed.size());
    if (!facts.noNotes && !facts.unnamed.isEmpty())
        evidence << QStringLiteral("Changed but not in the notes: %1.").arg(GradingContext::listNames(facts.unnamed));
    if (!facts.noNotes && !facts.kept.missing.isEmpty())
        evidence << missingLine(facts.kept);
    int level = 5;
    if (facts.noNotes)
        level = 1;
    else if (named * 2 < facts.changed.size())
        level = 2;
    else if (!facts.unnamed.isEmpty() || !facts.kept.missing.isEmpty())
        level = 3;
    else if (!facts.measuredValues)
        level = 4;
    return CheckOutcome {level, evidence};
}

NotesTopicsCheck::QuestionFacts NotesTopicsCheck::questionFacts(const GradingContext &context)
{
    QuestionFacts facts;
    facts.anywhere = coverage(context, {NoteTopic::Kind::Question}, context.notesText());
    facts.inSection = coverage(context, {NoteTopic::Kind::Question}, context.prepared().notes.questions);
    facts.asked = !context.prepared().notes.questions.trimmed().isEmpty();
    return facts;
}

CheckOutcome NotesTopicsCheck::levelFor(const QuestionFacts &facts, Variant variant)
{
    const Coverage &anywhere = facts.anywhere;
    if (anywhere.total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The answer key lists no open points for the artist."));
    QStringList evidence;
    evidence << QStringLiteral("The notes raise %1 of the answer key's %2 open points.")
                    .arg(anywhere.covered)
                    .arg(anywhere.total);
    if (!anywhere.missing.isEmpty())
        evidence << missingLine(anywhere);
    const bool foundation = variant == Variant::QuestionsFoundation;
    int level = 5;
    if (foundation ? !facts.asked && anywhere.covered == 0 : anywhere.covered == 0)
        level = 1;
    else if (foundation ? anywhere.covered == 0 : anywhere.covered * 2 < anywhere.total)
        level = 2;
    else if (anywhere.covered < anywhere.total)
        level = 3;
    else if (facts.inSection.covered < facts.inSection.total)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("Not every open point is under \"Questions for the artist\".");
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: that each question is answerable and proposes a default.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
