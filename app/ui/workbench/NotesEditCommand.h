#pragma once

#include "SessionDocument.h"

#include <QUndoCommand>

namespace prepmark {

// Text typed into one section of the notes. Typing in the same section merges into one
// undo step, as in a text editor, until another edit comes between.
class NotesEditCommand : public QUndoCommand
{
public:
    NotesEditCommand(SessionDocument *document, SessionDocument::NotesSection section, QString before, QString after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SessionDocument *m_document;
    SessionDocument::NotesSection m_section;
    QString m_before;
    QString m_after;
};

} // namespace prepmark
