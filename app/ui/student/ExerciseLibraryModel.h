#pragma once

#include "exercise/Exercise.h"
#include "storage/PracticeRepository.h"

#include <QAbstractTableModel>

namespace prepmark {

// The practice library: every bundled exercise with its genre, difficulty and size, and
// the student's progress on it in practice (attempts, and whether the latest graded
// attempt was adequate or what blocked it).
class ExerciseLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        GenreColumn,
        DifficultyColumn,
        TracksColumn,
        AttemptsColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role { GenreRole = Qt::UserRole + 1, DifficultyRole, KeyRole };

    explicit ExerciseLibraryModel(QObject *parent = nullptr);

    void setExercises(QVector<Exercise> exercises);
    void setProgress(QHash<QString, PracticeProgress> progress, QHash<QString, QString> dimensionNames);
    const Exercise &exerciseAt(int row) const { return m_exercises[row]; }
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString progressText(const PracticeProgress &progress) const;

    QVector<Exercise> m_exercises;
    QHash<QString, PracticeProgress> m_progress;
    QHash<QString, QString> m_dimensionNames;
};

} // namespace prepmark
