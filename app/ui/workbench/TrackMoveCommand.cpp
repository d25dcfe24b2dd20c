#include "TrackMoveCommand.h"

#include "SessionDocument.h"

#include <QCoreApplication>

namespace prepmark {

TrackMoveCommand::TrackMoveCommand(SessionDocument *document, int from, int to, const QString &trackName)
    : m_document(document), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("prepmark::TrackMoveCommand", "Move %1").arg(trackName));
}

void TrackMoveCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

void TrackMoveCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

} // namespace prepmark
