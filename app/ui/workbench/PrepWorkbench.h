#pragma once

#include "ExerciseSessionLoader.h"
#include "TrackIssueMap.h"
#include "WorkbenchTask.h"
#include "ui/common/UserContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace prepmark {

class ArrangeView;
class FindingsList;
class PlaybackController;
class SessionDocument;
class SessionNotesEditor;
class TrackTableModel;

// The prep workbench: the delivered session of an exercise, prepared in place. A track
// table (names, family colours, order by drag, folders, buses, polarity, clip gain,
// offsets, fades, keep with a reason, removal), the waveform overview with the
// analysis findings and the marker lane, the notes for the mix engineer, the brief,
// and playback with mute and solo. Every edit is undoable (Ctrl+Z, Ctrl+Shift+Z) and
// the draft is saved to the database a moment after every edit and when the page
// closes, so a crash loses at most those seconds.
class PrepWorkbench : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 1500;

    // start: the session to begin from (the delivered one, or a restored draft).
    PrepWorkbench(UserContext &context, WorkbenchTask task, LoadedSession loaded, const Session &start,
        QWidget *parent = nullptr);
    ~PrepWorkbench() override;

    const WorkbenchTask &task() const { return m_task; }
    const LoadedSession &loaded() const { return m_loaded; }
    SessionDocument *document() const { return m_document; }
    TrackTableModel *trackModel() const { return m_model; }
    QTableView *trackTable() const { return m_table; }
    ArrangeView *arrangeView() const { return m_arrange; }
    SessionNotesEditor *notesEditor() const { return m_notes; }
    PlaybackController *playback() const { return m_playback; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *draftState() const { return m_draftState; }
    QLabel *messageBar() const { return m_message; }

    void showMessage(const QString &html, bool problem = false);
    // Saves the draft now (also what the autosave timer does).
    Status saveDraft();
    bool hasUnsavedEdits() const { return m_dirty; }
    // After a submission has stored the session (and discarded the draft): nothing is
    // left to autosave.
    void markSubmitted();
    // Removes every track the analysis found to be empty, as one undo step.
    int removeEmptyTracks();

signals:
    void submitRequested();
    void backRequested();

private:
    QWidget *buildToolbar();
    QWidget *buildSidePanel();
    void moveSelected(int step);
    void selectRow(int row);

    UserContext &m_context;
    WorkbenchTask m_task;
    LoadedSession m_loaded;
    TrackIssueMap m_issues;
    SessionDocument *m_document = nullptr;
    TrackTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ArrangeView *m_arrange = nullptr;
    SessionNotesEditor *m_notes = nullptr;
    FindingsList *m_findings = nullptr;
    PlaybackController *m_playback = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_draftState = nullptr;
    QTimer *m_autosave = nullptr;
    bool m_dirty = false;
};

} // namespace prepmark
