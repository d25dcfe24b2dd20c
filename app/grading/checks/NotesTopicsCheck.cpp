#include "NotesTopicsCheck.h"

#include <QRegularExpression>

namespace prepmark {
namespace {

struct Coverage
{
    int total = 0;
    int covered = 0;
    QStringList missing; // topic texts
};

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
        return judgeTopics(context);
    case Variant::ChangesFoundation:
        return judgeChanges(context);
    case Variant::Questions:
    case Variant::QuestionsFoundation:
        return judgeQuestions(context);
    }
    return {};
}

CheckOutcome NotesTopicsCheck::judgeTopics(const GradingContext &context) const
{
    const Coverage found = coverage(
        context, {NoteTopic::Kind::Found, NoteTopic::Kind::Fixed, NoteTopic::Kind::Kept}, context.notesText());
    if (found.total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The answer key lists no found, fixed or kept topics."));
    const bool empty = context.prepared().notes.isEmpty();
    const bool measured = hasMeasuredValue(context.notesText());
    QStringList evidence;
    evidence << (empty ? QStringLiteral("No session notes.")
                       : QStringLiteral("The notes cover %1 of the answer key's %2 found, fixed and kept topics.")
                             .arg(found.covered)
                             .arg(found.total));
    if (!empty && !found.missing.isEmpty())
        evidence << missingLine(found);
    const double share = double(found.covered) / found.total;
    int level = 5;
    if (empty || share < 0.25)
        level = 1;
    else if (share < 0.75)
        level = 2;
    else if (share < 1.0)
        level = 3;
    else if (!measured)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("No measured values (dB, ms, Hz ...) in the notes.");
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: that every fix claimed was made, positions for each item, and "
                                   "problems found beyond the planted ones.");
    return CheckOutcome {level, evidence};
}

CheckOutcome NotesTopicsCheck::judgeChanges(const GradingContext &context) const
{
    QStringList changed, unnamed;
    for (const SessionTrack &track : context.prepared().tracks) {
        const SessionTrack *delivered = context.delivered().track(track.id);
        if (!delivered)
            continue;
        const bool change = track.polarityInverted != delivered->polarityInverted
            || std::abs(track.gainDb - delivered->gainDb) > 0.05 || track.offsetSamples != delivered->offsetSamples
            || track.processing != delivered->processing || track.cuts != delivered->cuts
            || track.removed != delivered->removed;
        if (!change)
            continue;
        changed << context.displayName(track.id);
        if (!context.notesMention(track.id))
            unnamed << context.displayName(track.id);
    }
    const Coverage kept = coverage(context, {NoteTopic::Kind::Kept}, context.notesText());
    const bool empty = context.prepared().notes.isEmpty();
    if (changed.isEmpty() && kept.total == 0)
        return CheckOutcome::nothingToJudge(
            QStringLiteral("Nothing was changed and nothing is to be kept: no notes to judge."));
    QStringList evidence;
    if (empty)
        evidence << QStringLiteral("No session notes.");
    else
        evidence << QStringLiteral("%1 of %2 changed tracks are named in the notes.")
                        .arg(changed.size() - unnamed.size())
                        .arg(changed.size());
    if (!empty && !unnamed.isEmpty())
        evidence << QStringLiteral("Changed but not in the notes: %1.").arg(GradingContext::listNames(unnamed));
    if (!empty && !kept.missing.isEmpty())
        evidence << missingLine(kept);
    const int named = int(changed.size() - unnamed.size());
    int level = 5;
    if (empty)
        level = 1;
    else if (named * 2 < changed.size())
        level = 2;
    else if (!unnamed.isEmpty() || !kept.missing.isEmpty())
        level = 3;
    else if (!hasMeasuredValue(context.notesText()))
        level = 4;
    return CheckOutcome {level, evidence};
}

CheckOutcome NotesTopicsCheck::judgeQuestions(const GradingContext &context) const
{
    const Coverage anywhere = coverage(context, {NoteTopic::Kind::Question}, context.notesText());
    if (anywhere.total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The answer key lists no open points for the artist."));
    const Coverage inSection = coverage(context, {NoteTopic::Kind::Question}, context.prepared().notes.questions);
    const bool asked = !context.prepared().notes.questions.trimmed().isEmpty();
    QStringList evidence;
    evidence << QStringLiteral("The notes raise %1 of the answer key's %2 open points.")
                    .arg(anywhere.covered)
                    .arg(anywhere.total);
    if (!anywhere.missing.isEmpty())
        evidence << missingLine(anywhere);
    int level = 5;
    if (m_variant == Variant::Questions) {
        if (anywhere.covered == 0)
            level = 1;
        else if (anywhere.covered * 2 < anywhere.total)
            level = 2;
        else if (anywhere.covered < anywhere.total)
            level = 3;
        else if (inSection.covered < inSection.total)
            level = 4;
    } else {
        if (!asked && anywhere.covered == 0)
            level = 1;
        else if (anywhere.covered == 0)
            level = 2;
        else if (anywhere.covered < anywhere.total)
            level = 3;
        else if (inSection.covered < inSection.total)
            level = 4;
    }
    if (level == 4)
        evidence << QStringLiteral("Not every open point is under \"Questions for the artist\".");
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: that each question is answerable and proposes a default.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
