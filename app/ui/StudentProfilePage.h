#pragma once

#include "Workspace.h"

#include "core/Rubric.h"
#include "core/Standing.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace prepmark {

class DimensionBarsWidget;
class StandingChartsWidget;

// A student's five-dimension profile over all their released results: where they stand
// now in every dimension (under a chosen standing method), whether they are adequate
// now — every standing at threshold at the same time — and, in plain language, what
// blocks them; a chart per dimension of scores and standing against the threshold.
class StudentProfilePage : public QWidget
{
    Q_OBJECT

public:
    StudentProfilePage(Workspace &workspace, QWidget *parent = nullptr);

    const StandingProfile &profile() const { return m_profile; }
    QComboBox *methodPicker() const { return m_method; }
    QLabel *blockersPanel() const { return m_blockers; }

private:
    void reload();
    void recompute();
    StandingOptions options() const;

    Workspace &m_workspace;
    Rubric m_rubric;
    QMap<QString, QVector<double>> m_history;
    StandingProfile m_profile;
    QComboBox *m_method = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_blockers = nullptr;
    DimensionBarsWidget *m_bars = nullptr;
    StandingChartsWidget *m_charts = nullptr;
};

} // namespace prepmark
