#include "TrackIssueMap.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace prepmark {

namespace {
// Clipped runs closer than this are drawn as one stretch.
constexpr double kJoinSeconds = 0.05;

// The context lupdate gives each call site: "prepmark" for the free functions of
// this file, the class for members; members call translate() with their class.
QString tr(const char *text)
{
    return QCoreApplication::translate("prepmark", text);
}

IssueMark::Kind markKind(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Clipping:
        return IssueMark::Kind::Clip;
    case IssueKind::Silent:
    case IssueKind::LeadingSilence:
    case IssueKind::OneSidedSilence:
        return IssueMark::Kind::Silence;
    case IssueKind::Click:
        return IssueMark::Kind::Click;
    case IssueKind::TimeOffset:
        return IssueMark::Kind::Pair;
    case IssueKind::Noise:
        return IssueMark::Kind::Noise;
    default:
        return IssueMark::Kind::File;
    }
}

QString shortLabel(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Clipping:
        return tr("clipping");
    case IssueKind::TruePeakOver:
        return tr("true peak over");
    case IssueKind::DcOffset:
        return tr("DC offset");
    case IssueKind::PolarityInverted:
        return tr("polarity");
    case IssueKind::TimeOffset:
        return tr("time offset");
    case IssueKind::SampleRateMismatch:
        return tr("sample rate");
    case IssueKind::BitDepthMismatch:
        return tr("bit depth");
    case IssueKind::LowBitDepth:
        return tr("low bit depth");
    case IssueKind::LengthMismatch:
        return tr("length");
    case IssueKind::StartMismatch:
        return tr("start");
    case IssueKind::LeadingSilence:
        return tr("leading silence");
    case IssueKind::Silent:
        return tr("empty");
    case IssueKind::Noise:
        return tr("noise");
    case IssueKind::Click:
        return tr("click");
    case IssueKind::DualMono:
        return tr("dual mono");
    case IssueKind::OneSidedSilence:
        return tr("one side silent");
    case IssueKind::Unreadable:
        return tr("unreadable");
    }
    return QString();
}
} // namespace

QString IssueMark::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Clip:
        return QCoreApplication::translate("prepmark::IssueMark", "Clipping");
    case Kind::Silence:
        return QCoreApplication::translate("prepmark::IssueMark", "Silence");
    case Kind::Click:
        return QCoreApplication::translate("prepmark::IssueMark", "Click");
    case Kind::Pair:
        return QCoreApplication::translate("prepmark::IssueMark", "Pair: polarity / offset");
    case Kind::Noise:
        return QCoreApplication::translate("prepmark::IssueMark", "Noise between phrases");
    case Kind::File:
        return QCoreApplication::translate("prepmark::IssueMark", "Whole-file finding");
    }
    return QString();
}

QColor IssueMark::colour(Kind kind)
{
    switch (kind) {
    case Kind::Clip:
        return QColor(0xe5, 0x39, 0x35);
    case Kind::Silence:
        return QColor(0x78, 0x90, 0x9c);
    case Kind::Click:
        return QColor(0xf5, 0x7c, 0x00);
    case Kind::Pair:
        return QColor(0x8e, 0x24, 0xaa);
    case Kind::Noise:
        return QColor(0x00, 0x89, 0x7b);
    case Kind::File:
        return QColor(0x5d, 0x40, 0x37);
    }
    return QColor();
}

TrackIssueMap TrackIssueMap::build(const SessionAnalysis &analysis, const Session &session)
{
    TrackIssueMap map;
    QHash<QString, QString> trackOfFile; // file name -> track id
    QHash<QString, QString> nameOfFile;
    for (const SessionTrack &track : session.tracks) {
        const QString file = QFileInfo(track.file).fileName();
        trackOfFile.insert(file, track.id);
        nameOfFile.insert(file, track.name);
    }
    QHash<QString, const TrackAnalysis *> analysisOfFile;
    for (const TrackAnalysis &track : analysis.tracks)
        analysisOfFile.insert(track.fileName, &track);

    for (const AnalysisIssue &issue : analysis.issues) {
        bool placed = false;
        const bool pair = issue.files.size() == 2
            && (issue.kind == IssueKind::PolarityInverted || issue.kind == IssueKind::TimeOffset);
        for (const QString &file : issue.files) {
            const QString trackId = trackOfFile.value(file);
            if (trackId.isEmpty())
                continue;
            placed = true;
            QVector<IssueMark> &marks = map.m_marks[trackId];
            IssueMark mark;
            mark.kind = pair ? IssueMark::Kind::Pair : markKind(issue.kind);
            mark.severity = issue.severity;
            mark.message = issue.message;
            mark.label = shortLabel(issue.kind);
            if (pair) {
                const QString other = issue.files[0] == file ? issue.files[1] : issue.files[0];
                mark.label = QCoreApplication::translate("prepmark::TrackIssueMap", "%1 vs %2")
                                 .arg(mark.label, nameOfFile.value(other, other));
            }
            const TrackAnalysis *measured = analysisOfFile.value(file);
            const int rate = measured ? measured->format.sampleRate : 0;
            if (issue.kind == IssueKind::Clipping && measured && rate > 0 && !measured->clipping.runs.isEmpty()) {
                // every stored run, neighbours joined
                IssueMark run = mark;
                run.startSeconds = -1.0;
                for (const ClippedRun &clipped : measured->clipping.runs) {
                    const double start = double(clipped.startFrame) / rate;
                    const double end = double(clipped.startFrame + clipped.frames) / rate;
                    if (run.startSeconds >= 0.0 && start - run.endSeconds <= kJoinSeconds) {
                        run.endSeconds = std::max(run.endSeconds, end);
                        continue;
                    }
                    if (run.startSeconds >= 0.0)
                        marks << run;
                    run.startSeconds = start;
                    run.endSeconds = end;
                }
                marks << run;
                continue;
            }
            if (issue.kind == IssueKind::Silent && measured) {
                mark.startSeconds = 0.0;
                mark.endSeconds = measured->format.durationSeconds();
            } else {
                mark.startSeconds = issue.startSeconds;
                mark.endSeconds = issue.endSeconds;
            }
            marks << mark;
        }
        if (!placed)
            map.m_unplaced << issue;
    }
    return map;
}

int TrackIssueMap::count(IssueMark::Kind kind) const
{
    int n = 0;
    for (const QVector<IssueMark> &marks : m_marks) {
        for (const IssueMark &mark : marks)
            n += mark.kind == kind ? 1 : 0;
    }
    return n;
}

int TrackIssueMap::totalCount() const
{
    int n = 0;
    for (const QVector<IssueMark> &marks : m_marks)
        n += int(marks.size());
    return n;
}

} // namespace prepmark
