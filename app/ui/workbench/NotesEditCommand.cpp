#include "NotesEditCommand.h"

#include <QCoreApplication>

namespace prepmark {

NotesEditCommand::NotesEditCommand(
    SessionDocument *document, SessionDocument::NotesSection section, QString before, QString after)
    : m_document(document), m_section(section), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("prepmark::NotesEditCommand", "Edit the notes"));
}

void NotesEditCommand::undo()
{
    m_document->applyNotes(m_section, m_before);
}

void NotesEditCommand::redo()
{
    m_document->applyNotes(m_section, m_after);
}

int NotesEditCommand::id() const
{
    return 2000 + int(m_section);
}

bool NotesEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const NotesEditCommand *>(other);
    if (edit->m_section != m_section)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace prepmark
