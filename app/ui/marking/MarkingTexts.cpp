#include "MarkingTexts.h"

namespace prepmark {

QString MarkingTexts::task(MarkingTask task, bool hasDraft)
{
    switch (task) {
    case MarkingTask::FirstMarking:
        return hasDraft ? tr("Continue marking") : tr("Mark");
    case MarkingTask::SecondMarking:
        return hasDraft ? tr("Continue second marking") : tr("Second mark (blind)");
    case MarkingTask::Agreement:
        return tr("Agree scores");
    case MarkingTask::Moderation:
        return tr("Moderate");
    case MarkingTask::Release:
        return tr("Release");
    case MarkingTask::Review:
        return tr("View");
    }
    return {};
}

QString MarkingTexts::student(const MarkingQueueRow &row)
{
    if (row.anonymous)
        return tr("Anonymous submission %1").arg(row.submissionId);
    if (row.studentNumber.isEmpty())
        return row.studentName;
    return tr("%1 (%2)").arg(row.studentName, row.studentNumber);
}

QString MarkingTexts::role(MarkerRole role)
{
    switch (role) {
    case MarkerRole::First:
        return tr("first marker");
    case MarkerRole::Second:
        return tr("second marker");
    case MarkerRole::Moderator:
        return tr("moderator");
    }
    return {};
}

} // namespace prepmark
