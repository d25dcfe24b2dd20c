#include "MarkingQueueModel.h"

#include "MarkingTexts.h"

#include "ui/common/SubmissionStatusText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace prepmark {

namespace {
QColor statusColour(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::NotMarked:
        return QColor(0xee, 0xee, 0xee);
    case SubmissionStatus::InMarking:
        return QColor(0xe3, 0xec, 0xf7);
    case SubmissionStatus::FirstMarked:
        return QColor(0xd6, 0xe6, 0xf7);
    case SubmissionStatus::SecondMarked:
        return QColor(0xdc, 0xee, 0xdd);
    case SubmissionStatus::NeedsModeration:
        return QColor(0xfc, 0xe8, 0xb2);
    case SubmissionStatus::Agreed:
        return QColor(0xc8, 0xe6, 0xc9);
    case SubmissionStatus::Released:
        return QColor(0xe8, 0xf5, 0xe9);
    }
    return {};
}
} // namespace

MarkingQueueModel::MarkingQueueModel(QObject *parent) : QAbstractTableModel(parent) { }

void MarkingQueueModel::setRows(const Actor &actor, const QVector<MarkingQueueRow> &rows)
{
    beginResetModel();
    m_actorId = actor.userId;
    m_rows.clear();
    for (const MarkingQueueRow &row : rows)
        m_rows.append({row, MarkingWorkflow::taskFor(row, actor)});
    endResetModel();
}

int MarkingQueueModel::countWithTask(MarkingTask task) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [task](const Row &r) { return r.task == task; }));
}

int MarkingQueueModel::rowOfSubmission(qint64 submissionId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].source.submissionId == submissionId)
            return r;
    }
    return -1;
}

int MarkingQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MarkingQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MarkingQueueModel::markerText(const QString &name, bool completed, qint64 markerId) const
{
    if (markerId == 0)
        return QString();
    const QString who = markerId == m_actorId ? tr("you") : name;
    return completed ? tr("%1 ✓").arg(who) : tr("%1 (marking)").arg(who);
}

QVariant MarkingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[index.row()];
    const MarkingQueueRow &s = row.source;
    if (role == SubmissionIdRole)
        return s.submissionId;
    if (role == TaskRole)
        return int(row.task);
    const bool actionable = row.task != MarkingTask::Review;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StudentColumn:
            return MarkingTexts::student(s);
        case CohortColumn:
            return s.cohortName;
        case AssignmentColumn:
            return s.assignmentTitle;
        case AttemptColumn:
            return role == SortRole ? QVariant(s.attemptNumber) : QVariant(QLocale().toString(s.attemptNumber));
        case StatusColumn:
            return role == SortRole ? QVariant(int(s.status)) : QVariant(SubmissionStatusText::text(s.status));
        case FirstMarkerColumn:
            return markerText(s.firstMarkerName, s.firstCompleted, s.firstMarkerId);
        case SecondMarkerColumn:
            return markerText(s.secondMarkerName, s.secondCompleted, s.secondMarkerId);
        case TaskColumn:
            if (role == SortRole)
                return actionable ? int(row.task) : 100;
            return MarkingTexts::task(row.task, s.myDraft);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == StatusColumn)
        return QBrush(statusColour(s.status));
    if (role == Qt::FontRole && index.column() == TaskColumn && actionable) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == TaskColumn)
        return QBrush(actionable ? QColor(0x1f, 0x4f, 0x8a) : QColor(Qt::gray));
    if (role == Qt::FontRole && index.column() == StudentColumn && s.anonymous) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant MarkingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case CohortColumn:
        return tr("Cohort");
    case AssignmentColumn:
        return tr("Assignment");
    case AttemptColumn:
        return tr("Attempt");
    case StatusColumn:
        return tr("Status");
    case FirstMarkerColumn:
        return tr("First marker");
    case SecondMarkerColumn:
        return tr("Second marker");
    case TaskColumn:
        return tr("Your task");
    default:
        return {};
    }
}

} // namespace prepmark
