#pragma once

#include "storage/Actor.h"
#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include <QAbstractTableModel>

namespace prepmark {

// The marking queue as a table: one row per submission with its student (or
// "Anonymous submission N"), cohort, assignment, attempt, status, markers and the task
// it offers the signed-in marker (MarkingWorkflow::taskFor).
class MarkingQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudentColumn,
        CohortColumn,
        AssignmentColumn,
        AttemptColumn,
        StatusColumn,
        FirstMarkerColumn,
        SecondMarkerColumn,
        TaskColumn,
        ColumnCount
    };
    enum Role { SubmissionIdRole = Qt::UserRole + 1, TaskRole, SortRole };

    explicit MarkingQueueModel(QObject *parent = nullptr);

    void setRows(const Actor &actor, const QVector<MarkingQueueRow> &rows);
    const MarkingQueueRow &rowAt(int row) const { return m_rows[row].source; }
    MarkingTask taskAt(int row) const { return m_rows[row].task; }
    // Rows whose task for the actor is this one.
    int countWithTask(MarkingTask task) const;
    int rowOfSubmission(qint64 submissionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MarkingQueueRow source;
        MarkingTask task = MarkingTask::Review;
    };
    QString markerText(const QString &name, bool completed, qint64 markerId) const;

    QVector<Row> m_rows;
    qint64 m_actorId = 0;
};

} // namespace prepmark
