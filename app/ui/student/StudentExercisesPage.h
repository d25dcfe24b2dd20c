#pragma once

#include "ui/common/UserContext.h"

#include "exercise/Exercise.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace prepmark {

class AssignedExercisesModel;
class ExerciseLibraryFilter;
class ExerciseLibraryModel;

// The student's home: the assignments of their cohorts (due date, status, attempts,
// latest verdict) and the practice library of every bundled exercise, filtered by
// genre and difficulty, with their progress on each. Opening a row asks the context
// to show that exercise.
class StudentExercisesPage : public QWidget
{
    Q_OBJECT

public:
    StudentExercisesPage(UserContext &context, QWidget *parent = nullptr);

    void reload();
    AssignedExercisesModel *assignedModel() const { return m_assigned; }
    ExerciseLibraryModel *libraryModel() const { return m_library; }
    ExerciseLibraryFilter *libraryFilter() const { return m_filter; }
    QTableView *libraryView() const { return m_libraryView; }
    QTableView *assignedView() const { return m_assignedView; }
    QComboBox *genrePicker() const { return m_genre; }
    QComboBox *difficultyPicker() const { return m_difficulty; }
    // Exercises as loaded from the bundle (for the context to open).
    const QVector<Exercise> &exercises() const { return m_exercises; }

signals:
    void assignmentOpened(qint64 assignmentId);
    void practiceOpened(const QString &exerciseKey);

private:
    void openLibraryRow(const QModelIndex &proxyIndex);
    void updateSummary();

    UserContext &m_context;
    QVector<Exercise> m_exercises;
    AssignedExercisesModel *m_assigned = nullptr;
    ExerciseLibraryModel *m_library = nullptr;
    ExerciseLibraryFilter *m_filter = nullptr;
    QTableView *m_assignedView = nullptr;
    QTableView *m_libraryView = nullptr;
    QLabel *m_assignedEmpty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_difficulty = nullptr;
};

} // namespace prepmark
