#include "MarkerListCommand.h"

#include "SessionDocument.h"

namespace prepmark {

MarkerListCommand::MarkerListCommand(
    SessionDocument *document, QVector<SessionMarker> before, QVector<SessionMarker> after, const QString &text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void MarkerListCommand::undo()
{
    m_document->applyMarkers(m_before);
}

void MarkerListCommand::redo()
{
    m_document->applyMarkers(m_after);
}

} // namespace prepmark
