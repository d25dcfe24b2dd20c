#include "AnalysisIssue.h"

namespace prepmark {

QString issueKindName(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Clipping:
        return QStringLiteral("clipping");
    case IssueKind::TruePeakOver:
        return QStringLiteral("true_peak_over");
    case IssueKind::DcOffset:
        return QStringLiteral("dc_offset");
    case IssueKind::PolarityInverted:
        return QStringLiteral("polarity_inverted");
    case IssueKind::TimeOffset:
        return QStringLiteral("time_offset");
    case IssueKind::SampleRateMismatch:
        return QStringLiteral("sample_rate_mismatch");
    case IssueKind::BitDepthMismatch:
        return QStringLiteral("bit_depth_mismatch");
    case IssueKind::LowBitDepth:
        return QStringLiteral("low_bit_depth");
    case IssueKind::LengthMismatch:
        return QStringLiteral("length_mismatch");
    case IssueKind::StartMismatch:
        return QStringLiteral("start_mismatch");
    case IssueKind::LeadingSilence:
        return QStringLiteral("leading_silence");
    case IssueKind::Silent:
        return QStringLiteral("silent");
    case IssueKind::Noise:
        return QStringLiteral("noise");
    case IssueKind::Click:
        return QStringLiteral("click");
    case IssueKind::DualMono:
        return QStringLiteral("dual_mono");
    case IssueKind::OneSidedSilence:
        return QStringLiteral("one_sided_silence");
    case IssueKind::Unreadable:
        return QStringLiteral("unreadable");
    }
    Q_UNREACHABLE();
}

QString issueSeverityName(IssueSeverity severity)
{
    switch (severity) {
    case IssueSeverity::Info:
        return QStringLiteral("info");
    case IssueSeverity::Warning:
        return QStringLiteral("warning");
    case IssueSeverity::Error:
        return QStringLiteral("error");
    }
    Q_UNREACHABLE();
}

} // namespace prepmark
