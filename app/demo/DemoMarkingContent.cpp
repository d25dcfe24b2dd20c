#include "DemoMarkingContent.h"

#include "DemoRandom.h"
#include "storage/marking/CommentBankRepository.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {

struct CommentPlan
{
    const char *dimension; // nullptr: general
    const char *text;
};

const CommentPlan kSharedComments[] = {
    {"signal_integrity",
        "Check every related pair for polarity: kick in/out and snare top/bottom are the usual suspects."},
    {"signal_integrity",
        "Gain changes should leave every track peaking at or below -1 dBTP; use clip gain so the faders stay at 0 dB."},
    {"signal_integrity", "List each repaired clip run in your notes with its track, time and method."},
    {"workflow_facilitation",
        "Name tracks by instrument and mic (\"Kick In\", \"Gtr L SM57\") so the mix engineer never has to solo to find "
        "one."},
    {"workflow_facilitation", "Colour by instrument family and keep the order drums, bass, guitars, keys, vocals."},
    {"workflow_facilitation",
        "Remove empty and unused tracks, and consolidate so every file starts at the session start."},
    {"musical_refinement", "Fade every region edge; crossfade comp edits on a spot without a transient."},
    {"musical_refinement", "Clean the noise between phrases, but keep the breaths that carry the performance."},
    {"documentation_communication", "Your notes should say what you found, what you fixed, what you left and why."},
    {"documentation_communication", "Put questions for the artist in the notes instead of guessing at their intent."},
    {"creative_intent", "The brief asks for the room: keep the hiss and bleed that belong to it."},
    {"creative_intent", "A deliberately distorted part is not a fault; say in the notes that you kept it on purpose."},
    {nullptr,
        "Strong preparation overall; the dimension below its threshold is what stands between this and adequate."},
    {nullptr, "Every dimension meets its threshold at the same time: well done."},
};

const char *const kOwnComments[] = {
    "Listen on headphones at the first chorus: the phase problem is easiest to hear there.",
    "Re-export the stems at the session's sample rate before you hand the session on.",
    "Good instinct; now write it down so the mix engineer knows it was deliberate.",
};

// Criteria the automatic checks will measure, with the dimension index of the demo
// profile that drives their stand-in level.
const struct
{
    const char *criterion;
    int dimension;
} kAutomaticCriteria[] = {
    {"si_clipping_headroom", 0},
    {"si_polarity_alignment", 0},
    {"si_noise_hum_dc", 0},
    {"si_format_edit_clicks", 0},
    {"wf_track_naming", 1},
    {"wf_colour_order", 1},
    {"wf_cleanup_consolidation", 1},
    {"mr_fades_crossfades", 2},
};

} // namespace

Status DemoMarkingContent::addCommentBank(const QSqlDatabase &connection, const QVector<Actor> &lecturers)
{
    CommentBankRepository shared(connection, Actor::system());
    for (const CommentPlan &plan : kSharedComments) {
        const QString dimension = plan.dimension ? QString::fromLatin1(plan.dimension) : QString();
        if (const Result<qint64> id = shared.add(QString::fromUtf8(plan.text), dimension, true); !id)
            return id.error();
    }
    for (int i = 0; i < lecturers.size(); ++i) {
        CommentBankRepository own(connection, lecturers[i]);
        for (int c = 0; c < 2; ++c) {
            const QString text = QString::fromUtf8(kOwnComments[(i + c) % std::size(kOwnComments)]);
            if (const Result<qint64> id = own.add(text); !id)
                return id.error();
        }
    }
    return {};
}

QVector<EvidenceRecord> DemoMarkingContent::evidence(
    const Rubric &rubric, const std::array<double, 5> &latent, DemoRandom &random)
{
    QVector<EvidenceRecord> result;
    for (const auto &automatic : kAutomaticCriteria) {
        const QString key = QString::fromLatin1(automatic.criterion);
        if (!rubric.criterion(key))
            continue;
        const int level = std::clamp(
            int(std::lround(latent[automatic.dimension] + random.normal(0.5))), rubric.scale.min, rubric.scale.max);
        result.append({key, level,
            {
                QStringLiteral(
                    "Demo data: this provisional level comes from the demo student's profile; nothing was measured."),
                QStringLiteral("Attempts submitted from the student workbench carry the evidence the automatic checks "
                               "measure in the prepared session."),
            }});
    }
    return result;
}

MarkSheet DemoMarkingContent::sheet(
    const CriterionLevels &levels, const QVector<EvidenceRecord> &evidence, const QString &feedback)
{
    MarkSheet sheet;
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
        sheet.setLevel(it.key(), *it);
    for (const EvidenceRecord &item : evidence) {
        if (item.provisionalLevel && levels.value(item.criterionKey) != *item.provisionalLevel)
            sheet.setRemark(item.criterionKey,
                QStringLiteral("Listened again: level %1 fits the descriptor better than "
                               "the automatic %2.")
                    .arg(levels.value(item.criterionKey))
                    .arg(*item.provisionalLevel));
    }
    sheet.setFeedback(feedback);
    return sheet;
}

MarkSheet DemoMarkingContent::partialSheet(
    const Rubric &rubric, const std::array<double, 5> &latent, double severity, int dimensionsDone, DemoRandom &random)
{
    MarkSheet sheet;
    for (int d = 0; d < dimensionsDone && d < rubric.dimensions.size() && d < int(latent.size()); ++d) {
        for (const Criterion &criterion : rubric.dimensions[d].criteria) {
            const double value = latent[d] + severity + random.normal(0.45);
            sheet.setLevel(criterion.key, std::clamp(int(std::lround(value)), rubric.scale.min, rubric.scale.max));
        }
    }
    if (!rubric.dimensions.isEmpty() && !rubric.dimensions.first().criteria.isEmpty())
        sheet.setRemark(rubric.dimensions.first().criteria.first().key,
            QStringLiteral("Peaks fine on the drums; check the bass DI again before completing."));
    sheet.setFeedback(QStringLiteral("Clear, well-organised session. "));
    return sheet;
}

} // namespace prepmark
