#include "ExerciseLibraryModel.h"

#include <QColor>

namespace prepmark {

ExerciseLibraryModel::ExerciseLibraryModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExerciseLibraryModel::setExercises(QVector<Exercise> exercises)
{
    beginResetModel();
    m_exercises = std::move(exercises);
    endResetModel();
}

void ExerciseLibraryModel::setProgress(
    QHash<QString, PracticeProgress> progress, QHash<QString, QString> dimensionNames)
{
    m_progress = std::move(progress);
    m_dimensionNames = std::move(dimensionNames);
    if (!m_exercises.isEmpty())
        emit dataChanged(index(0, AttemptsColumn), index(rowCount() - 1, ProgressColumn));
}

int ExerciseLibraryModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_exercises.size(); ++i) {
        if (m_exercises[i].key == key)
            return i;
    }
    return -1;
}

int ExerciseLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exercises.size());
}

int ExerciseLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExerciseLibraryModel::progressText(const PracticeProgress &progress) const
{
    if (progress.attempts == 0)
        return tr("Not tried yet");
    if (!progress.latestAdequate)
        return tr("Submitted, not graded");
    if (*progress.latestAdequate)
        return tr("Adequate");
    QStringList names;
    for (const QString &key : progress.latestBlocking)
        names << m_dimensionNames.value(key, key);
    return tr("Blocked by %1").arg(names.join(QStringLiteral(", ")));
}

QVariant ExerciseLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Exercise &exercise = m_exercises[index.row()];
    const PracticeProgress progress = m_progress.value(exercise.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return tr("%1 — %2").arg(exercise.title, exercise.artist);
        case GenreColumn:
            return genreName(exercise.genre);
        case DifficultyColumn:
            return QString(exercise.difficulty, QChar(0x25CF)) + QString(3 - exercise.difficulty, QChar(0x25CB));
        case TracksColumn:
            return int(exercise.tracks.size());
        case AttemptsColumn:
            return progress.attempts;
        case ProgressColumn:
            return progressText(progress);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return exercise.brief;
        if (index.column() == DifficultyColumn)
            return tr("Difficulty %1 of 3").arg(exercise.difficulty);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ProgressColumn && progress.latestAdequate)
            return *progress.latestAdequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00);
        if (index.column() == ProgressColumn && progress.attempts == 0)
            return QColor(0x80, 0x88, 0x90);
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TracksColumn || index.column() == AttemptsColumn ? QVariant(int(Qt::AlignCenter))
                                                                                  : QVariant();
    case GenreRole:
        return genreKey(exercise.genre);
    case DifficultyRole:
        return exercise.difficulty;
    case KeyRole:
        return exercise.key;
    default:
        return QVariant();
    }
}

QVariant ExerciseLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Exercise"), QT_TR_NOOP("Genre"),
        QT_TR_NOOP("Difficulty"), QT_TR_NOOP("Tracks"), QT_TR_NOOP("Attempts"), QT_TR_NOOP("Your progress")};
    return tr(titles[section]);
}

} // namespace prepmark
