#pragma once

#include "core/MarkSheet.h"
#include "core/Rubric.h"

#include <QAbstractTableModel>

namespace prepmark {

// The rubric grid of the marking page: for each dimension a header row (with its live
// score against the threshold), then one row per criterion; column 0 names the
// criterion, columns 1.. are the levels of the scale with their descriptors. The mark
// sheet being entered is held here; setLevel() and acceptProvisional() change it and
// emit sheetChanged().
class RubricGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind
        LevelRole, // int: the level of a level column
        ChosenRole, // bool: this level is the one given
        ProvisionalRole, // bool: this level is the automatic provisional level
        CriterionKeyRole, // QString, on every column of a criterion row
        DimensionKeyRole, // QString, on every row
    };
    enum RowKind { DimensionRow = 0, CriterionRow = 1 };

    explicit RubricGridModel(QObject *parent = nullptr);

    void setRubric(const Rubric &rubric, const MarkSheet &sheet);
    const Rubric &rubric() const { return m_rubric; }
    const MarkSheet &sheet() const { return m_sheet; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // Level columns: column 1 is scale.min.
    int columnOfLevel(int level) const { return level - m_rubric.scale.min + 1; }
    int levelOfColumn(int column) const { return column - 1 + m_rubric.scale.min; }
    bool isCriterionRow(int row) const;
    int rowOfCriterion(const QString &criterionKey) const;
    const Criterion *criterionAt(int row) const;
    const Dimension *dimensionAt(int row) const;
    int firstCriterionRow() const { return rowOfCriterion(m_rubric.criterionKeys().value(0)); }
    // The next criterion row after (step 1) or before (step -1) row; row itself at the ends.
    int neighbourCriterionRow(int row, int step) const;

    // Changes of the sheet; false when read-only, the row is not a criterion or the
    // level is off the scale.
    bool setLevel(int row, int level);
    bool acceptProvisional(int row);
    void setRemark(const QString &criterionKey, const QString &remark);
    void setFeedback(const QString &feedback);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void sheetChanged();

private:
    struct Row
    {
        int dimension = 0;
        int criterion = -1; // -1: the dimension's header row
    };

    QVariant dimensionData(const Row &row, int column, int role) const;
    QVariant criterionData(const Row &row, int column, int role) const;
    void rowChanged(int row);

    Rubric m_rubric;
    MarkSheet m_sheet;
    QVector<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace prepmark
