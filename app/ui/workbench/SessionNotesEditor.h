#pragma once

#include "SessionDocument.h"

#include <QWidget>

class QPlainTextEdit;

namespace prepmark {

// The notes for the mix engineer under the headings of a good hand-over: what was
// found, what was fixed, what was left and why, questions for the artist, references.
// Typing is an undoable edit of the document (merged per section, as in a text editor).
class SessionNotesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SessionNotesEditor(SessionDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *editor(SessionDocument::NotesSection section) const;
    void setReadOnly(bool readOnly);

private:
    void showSection(SessionDocument::NotesSection section);

    SessionDocument *m_document;
    QVector<QPlainTextEdit *> m_editors;
};

} // namespace prepmark
