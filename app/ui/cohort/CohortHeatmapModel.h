#pragma once

#include "reports/CohortReport.h"

#include <QAbstractTableModel>

namespace prepmark {

// Students × dimensions of a cohort report for the threshold heatmap: each cell is a
// dimension's agreed score, carrying its margin to the threshold (MarginRole) for the
// colour and a ▼ in the text when below, so it reads without colour; then the mean
// and the verdict. Every cell knows its submission (SubmissionIdRole) for click-through.
class CohortHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        MarginRole = Qt::UserRole + 1, // double: score - threshold (dimension cells only)
        SubmissionIdRole, // qint64
        SortRole, // raw values for sorting
        NearRole, // bool: within the rubric's near-threshold band
    };
    static constexpr int StudentColumn = 0;
    static constexpr int FirstDimensionColumn = 1;

    explicit CohortHeatmapModel(QObject *parent = nullptr);

    void setReport(const CohortReport &report);
    int meanColumn() const { return FirstDimensionColumn + int(m_rubric.dimensions.size()); }
    int verdictColumn() const { return meanColumn() + 1; }
    const CohortReportStudent &studentAt(int row) const { return m_students[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Rubric m_rubric;
    QVector<CohortReportStudent> m_students;
};

} // namespace prepmark
