#pragma once

#include <QSortFilterProxyModel>

namespace prepmark {

// Filters the practice library by genre key and difficulty (empty / 0: any).
class ExerciseLibraryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExerciseLibraryFilter(QObject *parent = nullptr);

    void setGenre(const QString &genreKey);
    void setDifficulty(int difficulty);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_genre;
    int m_difficulty = 0;
};

} // namespace prepmark
