#pragma once

#include <QUndoCommand>

namespace prepmark {

class SessionDocument;

// A track moved from one row of the session to another (by drag or by Move up/down).
class TrackMoveCommand : public QUndoCommand
{
public:
    TrackMoveCommand(SessionDocument *document, int from, int to, const QString &trackName);

    void undo() override;
    void redo() override;

private:
    SessionDocument *m_document;
    int m_from;
    int m_to;
};

} // namespace prepmark
