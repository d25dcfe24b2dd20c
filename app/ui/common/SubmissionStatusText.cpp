#include "SubmissionStatusText.h"

namespace prepmark {

QString SubmissionStatusText::text(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::NotMarked:
        return tr("not marked");
    case SubmissionStatus::InMarking:
        return tr("in marking");
    case SubmissionStatus::FirstMarked:
        return tr("first marked");
    case SubmissionStatus::SecondMarked:
        return tr("second marked");
    case SubmissionStatus::NeedsModeration:
        return tr("needs moderation");
    case SubmissionStatus::Agreed:
        return tr("agreed");
    case SubmissionStatus::Released:
        return tr("released");
    }
    return {};
}

QString SubmissionStatusText::forStudent(const QString &statusName)
{
    if (statusName.isEmpty())
        return tr("Not submitted");
    if (statusName == submissionStatusName(SubmissionStatus::Released))
        return tr("Result released");
    if (statusName == submissionStatusName(SubmissionStatus::NotMarked))
        return tr("Submitted, waiting for marking");
    return tr("Submitted, being marked");
}

} // namespace prepmark
