#pragma once

#include "core/Rubric.h"

#include "storage/marking/MarkingRepository.h"

#include <QHash>
#include <QTableWidget>

namespace prepmark {

// Every criterion of a rubric with the first and the second marker's level and their
// remarks, grouped under dimension rows; levels two or more apart are highlighted.
// A marker whose marks the reader may not see (blind marking) shows as "—".
class CriterionComparisonTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CriterionComparisonTable(QWidget *parent = nullptr);

    void showMarks(
        const Rubric &rubric, const QHash<QString, MarkRecord> &first, const QHash<QString, MarkRecord> &second);
};

} // namespace prepmark
