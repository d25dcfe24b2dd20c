#pragma once

#include "storage/AssignmentRepository.h"

#include <QAbstractTableModel>

namespace prepmark {

// A student's assignments: title, exercise, mode, due date, their submission's state,
// attempts, and the released verdict when there is one.
class AssignedExercisesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ExerciseColumn,
        ModeColumn,
        DueColumn,
        StatusColumn,
        AttemptsColumn,
        VerdictColumn,
        ColumnCount
    };

    explicit AssignedExercisesModel(QObject *parent = nullptr);

    void setRows(QVector<StudentAssignmentRow> rows, QHash<QString, QString> dimensionNames);
    const StudentAssignmentRow &rowAt(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<StudentAssignmentRow> m_rows;
    QHash<QString, QString> m_dimensionNames;
};

} // namespace prepmark
