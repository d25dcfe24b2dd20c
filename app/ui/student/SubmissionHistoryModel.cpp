#include "SubmissionHistoryModel.h"

#include "ui/common/SubmissionStatusText.h"

#include "storage/AssignmentRepository.h"
#include "storage/PracticeRepository.h"

#include <QColor>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace prepmark {

SubmissionHistoryModel::SubmissionHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

Status SubmissionHistoryModel::reload(UserContext &context, const Rubric &rubric)
{
    QSqlDatabase connection = context.database.connection();
    const Actor &actor = context.actor;
    QVector<HistoryEntry> entries;
    QHash<qint64, ReleasedResult> releases;
    const Result<QVector<ReleasedResult>> released = ReleaseRepository(connection, actor).forStudent(actor.userId);
    if (!released)
        return released.error();
    for (const ReleasedResult &result : *released)
        releases.insert(result.attemptId, result);

    SubmissionRepository submissions(connection, actor);
    AssignmentRepository assignments(connection, actor);
    const Result<QVector<SubmissionRecord>> own = submissions.own();
    if (!own)
        return own.error();
    for (const SubmissionRecord &submission : *own) {
        const Result<AssignmentRecord> assignment = assignments.find(submission.assignmentId);
        const Result<QVector<AttemptRecord>> attempts = submissions.attempts(submission.id);
        if (!assignment || !attempts)
            return assignment ? attempts.error() : assignment.error();
        for (const AttemptRecord &attempt : *attempts) {
            HistoryEntry entry;
            entry.attemptId = attempt.id;
            entry.submittedAt = attempt.submittedAt;
            entry.task = assignment->title;
            entry.exerciseKey = assignment->exerciseTitle;
            entry.number = attempt.number;
            entry.status = submissionStatusName(submission.status);
            entry.notes = attempt.notes;
            const Result<QVector<EvidenceRecord>> evidence = submissions.evidence(attempt.id);
            if (!evidence)
                return evidence.error();
            entry.evidence = *evidence;
            if (releases.contains(attempt.id))
                entry.released = releases.value(attempt.id);
            entries << entry;
        }
    }
    const Result<QVector<PracticeAttempt>> practice = PracticeRepository(connection, actor).attempts(actor.userId);
    if (!practice)
        return practice.error();
    for (const PracticeAttempt &attempt : *practice) {
        HistoryEntry entry;
        entry.attemptId = attempt.id;
        entry.practice = true;
        entry.submittedAt = attempt.submittedAt;
        entry.task = tr("Practice");
        entry.exerciseKey = attempt.exerciseKey;
        entry.number = attempt.number;
        entry.notes = attempt.notes;
        entry.grading = attempt.grading;
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const HistoryEntry &a, const HistoryEntry &b) { return a.submittedAt > b.submittedAt; });
    beginResetModel();
    m_entries = std::move(entries);
    m_rubric = rubric;
    endResetModel();
    return {};
}

int SubmissionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SubmissionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubmissionHistoryModel::dimensionNames(const QStringList &keys) const
{
    QStringList names;
    for (const QString &key : keys) {
        const Dimension *dimension = m_rubric.dimension(key);
        names << (dimension ? dimension->name : key);
    }
    return names.join(QStringLiteral(", "));
}

QString SubmissionHistoryModel::verdictText(const HistoryEntry &entry) const
{
    if (entry.released) {
        return entry.released->adequate
            ? tr("Adequate (mean %1)").arg(entry.released->mean, 0, 'f', 2)
            : tr("Inadequate — blocked by %1").arg(dimensionNames(entry.released->blocking));
    }
    const QJsonObject &verdict = entry.grading;
    if (verdict.contains(QStringLiteral("adequate"))) {
        QStringList blocking;
        for (const QJsonValue &key : verdict.value(QStringLiteral("blocking")).toArray())
            blocking << key.toString();
        return verdict.value(QStringLiteral("adequate")).toBool()
            ? tr("Adequate (automatic)")
            : tr("Blocked by %1 (automatic)").arg(dimensionNames(blocking));
    }
    return entry.practice ? tr("not graded") : tr("not released yet");
}

QVariant SubmissionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HistoryEntry &entry = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SubmittedColumn:
            return QLocale().toString(entry.submittedAt.toLocalTime(), QLocale::ShortFormat);
        case TaskColumn:
            return entry.task;
        case ExerciseColumn:
            return entry.exerciseKey;
        case AttemptColumn:
            return entry.number;
        case StatusColumn:
            return entry.practice ? tr("Practice") : SubmissionStatusText::forStudent(entry.status);
        case VerdictColumn:
            return verdictText(entry);
        default:
            return QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn && entry.released)
        return entry.released->adequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00);
    return QVariant();
}

QVariant SubmissionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Submitted"), QT_TR_NOOP("Task"), QT_TR_NOOP("Exercise"),
        QT_TR_NOOP("Attempt"), QT_TR_NOOP("Status"), QT_TR_NOOP("Verdict")};
    return tr(titles[section]);
}

QString SubmissionHistoryModel::detailsHtml(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return QString();
    const HistoryEntry &entry = m_entries[row];
    QString html = tr("<h3>%1 — %2, attempt %3</h3>")
                       .arg(entry.task.toHtmlEscaped(), entry.exerciseKey.toHtmlEscaped())
                       .arg(entry.number);
    html += tr("<p><b>Verdict:</b> %1</p>").arg(verdictText(entry).toHtmlEscaped());
    if (entry.released) {
        html += tr("<h4>Your lecturer's feedback</h4>");
        html += entry.released->feedback.trimmed().isEmpty()
            ? tr("<p><i>No written feedback came with this result.</i></p>")
            : QStringLiteral("<p>%1</p>")
                  .arg(entry.released->feedback.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    } else if (!entry.practice) {
        html += tr("<p><i>Your lecturer's feedback appears here once the result is released.</i></p>");
    }
    QVector<EvidenceRecord> evidence = entry.evidence;
    for (const QJsonValue &value : entry.grading.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject criterion = value.toObject();
        EvidenceRecord record;
        record.criterionKey = criterion.value(QStringLiteral("key")).toString();
        if (criterion.value(QStringLiteral("level")).isDouble())
            record.provisionalLevel = criterion.value(QStringLiteral("level")).toInt();
        for (const QJsonValue &line : criterion.value(QStringLiteral("evidence")).toArray())
            record.lines << line.toString();
        evidence << record;
    }
    html += tr("<h4>Automatic evidence</h4>");
    if (evidence.isEmpty())
        html += tr("<p><i>No automatic evidence is stored with this attempt.</i></p>");
    else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const EvidenceRecord &record : evidence) {
            const Criterion *criterion = m_rubric.criterion(record.criterionKey);
            // An assessed attempt's provisional levels are the lecturer's to weigh until the
            // result is released; the student reads the evidence, not a mark.
            const bool showLevel = entry.practice || entry.released.has_value();
            const QString level = !record.provisionalLevel ? tr("lecturer only")
                : showLevel                                ? tr("level %1").arg(*record.provisionalLevel)
                                                           : tr("checked; your lecturer marks it");
            QStringList lines;
            for (const QString &line : record.lines)
                lines << line.toHtmlEscaped();
            html += QStringLiteral("<tr><td valign='top'><b>%1</b><br><span style='color:#5a6570'>%2</span></td>"
                                   "<td valign='top'>%3</td></tr>")
                        .arg((criterion ? criterion->name : record.criterionKey).toHtmlEscaped(), level,
                            lines.isEmpty() ? QStringLiteral("—") : lines.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</table>");
    }
    html += tr("<h4>Your notes</h4>");
    html += entry.notes.trimmed().isEmpty()
        ? tr("<p><i>none</i></p>")
        : QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(entry.notes.toHtmlEscaped());
    return html;
}

} // namespace prepmark
