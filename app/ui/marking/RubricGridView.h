#pragma once

#include <QTableView>

namespace prepmark {

class RubricGridModel;

// The rubric grid, marked with the keyboard or the mouse:
//   1-5 (the scale's levels)  give the current criterion that level
//   Up / Down                 move to the previous / next criterion (headers skipped)
//   Left / Right              move between levels; Space or Enter gives the level
//   A                         accept the automatic provisional level
//   click                     give the clicked level
// Dimension header rows span the grid and show the dimension's live score.
class RubricGridView : public QTableView
{
    Q_OBJECT

public:
    explicit RubricGridView(QWidget *parent = nullptr);

    void setGridModel(RubricGridModel *model);
    RubricGridModel *gridModel() const { return m_model; }
    // The criterion row with focus, or -1.
    int currentCriterionRow() const;
    void focusCriterion(int row);

signals:
    void currentCriterionChanged(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void layoutRows();
    void choose(const QModelIndex &index);

    RubricGridModel *m_model = nullptr;
};

} // namespace prepmark
