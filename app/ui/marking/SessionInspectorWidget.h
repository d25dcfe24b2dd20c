#pragma once

#include "session/Session.h"
#include "storage/SubmissionRepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace prepmark {

class ArrangeView;
class SessionDocument;
class TaskProgressPanel;
class TrackTableModel;

// The marker's read-only view of what an attempt stored: the student's notes, the
// prepared session in the workbench's own track table, and — on demand, since it
// renders the exercise's session when it is not cached yet — the waveform overview
// with the analysis findings of the delivered stems, drawn with the student's gain,
// polarity, offsets and fades, and their section markers. A stored session that
// cannot be read is reported with the reason; nothing is guessed.
class SessionInspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SessionInspectorWidget(QWidget *parent = nullptr);
    ~SessionInspectorWidget() override;

    void showAttempt(const AttemptRecord &attempt);
    QTableView *trackTable() const { return m_table; }
    ArrangeView *arrangeView() const { return m_arrange; }
    QPushButton *waveformButton() const { return m_loadWaveforms; }
    TaskProgressPanel *progress() const { return m_progress; }
    QLabel *sessionState() const { return m_sessionState; }

public slots:
    // Renders (or reads from the cache), analyses and draws the attempt's exercise.
    void loadWaveforms();

private:
    void clearSession();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_sessionState = nullptr;
    QWidget *m_sessionArea = nullptr;
    QPointer<QSplitter> m_view; // the table and the overview of the shown attempt
    QTableView *m_table = nullptr;
    ArrangeView *m_arrange = nullptr;
    QPushButton *m_loadWaveforms = nullptr;
    TaskProgressPanel *m_progress = nullptr;
    SessionDocument *m_document = nullptr;
    TrackTableModel *m_model = nullptr;
    Session m_session;
    int m_generation = 0; // the attempt shown; a load for an earlier one is dropped
};

} // namespace prepmark
