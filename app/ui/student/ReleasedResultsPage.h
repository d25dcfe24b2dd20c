#pragma once

#include "ui/common/UserContext.h"

#include "storage/marking/ReleaseRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prepmark {

class DimensionBarsWidget;

// A student's own results: their latest released verdict across every dimension, what
// blocks adequacy, and the list of results released to them. Only the student's own
// released results are read (ReleaseRepository enforces it).
class ReleasedResultsPage : public QWidget
{
    Q_OBJECT

public:
    ReleasedResultsPage(UserContext &context, QWidget *parent = nullptr);

    QTableWidget *history() const { return m_history; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPushButton *saveSheetButton() const { return m_saveSheet; }

private:
    void reload();
    void showResult(int index);

    UserContext &m_context;
    QVector<ReleasedResult> m_results;
    QLabel *m_title = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_explanation = nullptr;
    DimensionBarsWidget *m_bars = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_saveSheet = nullptr;
};

} // namespace prepmark
