#include "ExerciseLibraryFilter.h"

#include "ExerciseLibraryModel.h"

namespace prepmark {

ExerciseLibraryFilter::ExerciseLibraryFilter(QObject *parent) : QSortFilterProxyModel(parent) { }

void ExerciseLibraryFilter::setGenre(const QString &genreKey)
{
    m_genre = genreKey;
    invalidateFilter();
}

void ExerciseLibraryFilter::setDifficulty(int difficulty)
{
    m_difficulty = difficulty;
    invalidateFilter();
}

bool ExerciseLibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_genre.isEmpty() && index.data(ExerciseLibraryModel::GenreRole).toString() != m_genre)
        return false;
    return m_difficulty == 0 || index.data(ExerciseLibraryModel::DifficultyRole).toInt() == m_difficulty;
}

} // namespace prepmark
