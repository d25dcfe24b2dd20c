#pragma once

#include "ui/common/UserContext.h"

#include "core/Rubric.h"
#include "core/Standing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace prepmark {

class DimensionBarsWidget;
class StandingChartsWidget;
class SubmissionHistoryModel;

// A student's five-dimension profile over all their released results: where they stand
// now in every dimension (under a chosen standing method), whether they are adequate
// now — every standing at threshold at the same time — and, in plain language, what
// blocks them; a chart per dimension of scores and standing against the threshold; and
// the history of every submitted attempt with its automatic evidence and, once a
// result is released, the lecturer's verdict and feedback.
class StudentProfilePage : public QWidget
{
    Q_OBJECT

public:
    StudentProfilePage(UserContext &context, QWidget *parent = nullptr);

    const StandingProfile &profile() const { return m_profile; }
    QComboBox *methodPicker() const { return m_method; }
    QLabel *blockersPanel() const { return m_blockers; }
    SubmissionHistoryModel *historyModel() const { return m_historyModel; }
    QTableView *historyView() const { return m_historyView; }
    QTextBrowser *historyDetails() const { return m_historyDetails; }

public slots:
    // Reads the released results and the submission history again.
    void reload();

private:
    void reloadHistory();
    void recompute();
    StandingOptions options() const;

    UserContext &m_context;
    Rubric m_rubric;
    QMap<QString, QVector<double>> m_history;
    StandingProfile m_profile;
    QComboBox *m_method = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_blockers = nullptr;
    DimensionBarsWidget *m_bars = nullptr;
    StandingChartsWidget *m_charts = nullptr;
    SubmissionHistoryModel *m_historyModel = nullptr;
    QTableView *m_historyView = nullptr;
    QTextBrowser *m_historyDetails = nullptr;
    QLabel *m_historyState = nullptr;
};

} // namespace prepmark
