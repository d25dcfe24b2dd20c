#pragma once

#include "ui/common/UserContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace prepmark {

class CohortResultsModel;

// One cohort's results: pick an assignment, see every student × dimension with the
// verdict and what blocks it, and a one-line summary of the cohort.
class CohortResultsPage : public QWidget
{
    Q_OBJECT

public:
    CohortResultsPage(UserContext &context, QWidget *parent = nullptr);

    // Shows the cohort's assignments, selecting the most recent one with results.
    void showCohort(qint64 cohortId);

    CohortResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *assignmentPicker() const { return m_assignments; }

private:
    void showAssignment(int pickerIndex);
    void showMessage(const QString &message);

    UserContext &m_context;
    CohortResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_assignments = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_emptyState = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace prepmark
