#pragma once

#include <QString>
#include <QStringList>

#include <limits>

namespace prepmark {

// The kinds of the CLI contract (`prepmark-cli analyse --json`, "issues[].kind").
enum class IssueKind {
    Clipping,
    TruePeakOver,
    DcOffset,
    PolarityInverted,
    TimeOffset,
    SampleRateMismatch,
    BitDepthMismatch,
    LowBitDepth,
    LengthMismatch,
    StartMismatch,
    LeadingSilence,
    Silent,
    Noise,
    Click,
    DualMono,
    OneSidedSilence,
    Unreadable,
};

enum class IssueSeverity { Info, Warning, Error };

// "clipping", "true_peak_over", ...
QString issueKindName(IssueKind kind);
// "info", "warning", "error"
QString issueSeverityName(IssueSeverity severity);

// One finding about a track, a pair or the session, for a person to read.
struct AnalysisIssue
{
    IssueKind kind = IssueKind::Unreadable;
    IssueSeverity severity = IssueSeverity::Error;
    QStringList files; // base names of the files concerned
    // Where in the files, in seconds; NaN for findings about whole files.
    double startSeconds = std::numeric_limits<double>::quiet_NaN();
    double endSeconds = std::numeric_limits<double>::quiet_NaN();
    QString message;
};

} // namespace prepmark
