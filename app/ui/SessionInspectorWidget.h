#pragma once

#include "storage/SubmissionRepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace prepmark {

// What the attempt stored: when it was submitted, the student's notes for the mix
// engineer, and the prepared session as submitted — its tracks in a table when the
// stored session lists them, the raw JSON otherwise. Waveforms and analysis issues
// need the analysed session, which attempts do not store yet; the widget says so
// instead of drawing anything it does not have.
class SessionInspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SessionInspectorWidget(QWidget *parent = nullptr);

    void showAttempt(const AttemptRecord &attempt);
    QTableWidget *trackTable() const { return m_tracks; }

private:
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_sessionState = nullptr;
    QTableWidget *m_tracks = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_notYet = nullptr;
};

} // namespace prepmark
