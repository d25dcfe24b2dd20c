#pragma once

#include "core/Rubric.h"
#include "core/Verdict.h"

#include "storage/SubmissionRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace prepmark {

// Students × dimensions for one assignment: each dimension's agreed score against its
// threshold, the compensatory mean beside the verdict, the conjunctive verdict, the
// dimensions that block it and whether the failure is masked by the mean.
//
// Cells below threshold carry a symbol (▼) as well as a colour, so the table reads
// without colour. Qt::UserRole gives sortable raw values (scores as doubles, -1 when
// there is none).
class CohortResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Student, number, the verdict and what blocks it first; then each dimension; then
    // the mean beside them and whether the failure is masked by it.
    enum FixedColumn { StudentColumn = 0, NumberColumn, VerdictColumn, BlockingColumn, FirstDimensionColumn };
    static constexpr int SortRole = Qt::UserRole;

    explicit CohortResultsModel(QObject *parent = nullptr);

    void setResults(const Rubric &rubric, const QVector<StudentResultRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int meanColumn() const { return FirstDimensionColumn + int(m_rubric.dimensions.size()); }
    int verdictColumn() const { return VerdictColumn; }
    int blockingColumn() const { return BlockingColumn; }
    int maskedColumn() const { return meanColumn() + 1; }

    // Counts over the rows that have a verdict.
    int markedCount() const;
    int adequateCount() const;
    int maskedCount() const;
    // How many students each dimension blocks, by dimension key.
    QMap<QString, int> blockingCounts() const;

    const Rubric &rubric() const { return m_rubric; }
    const std::optional<Verdict> &verdictAt(int row) const { return m_rows[row].verdict; }

private:
    struct Row
    {
        StudentResultRow source;
        std::optional<Verdict> verdict;
    };

    // The submission's status, or "not submitted" when the student has none.
    QString statusText(const Row &row) const;
    QString dimensionNames(const QStringList &keys) const;

    Rubric m_rubric;
    QVector<Row> m_rows;
};

} // namespace prepmark
