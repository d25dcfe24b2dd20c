#pragma once

#include "session/Session.h"

#include <QUndoCommand>

namespace prepmark {

class SessionDocument;

// The section markers before and after an edit (add, rename, move, remove). Markers
// are few, so the whole list is kept on each side.
class MarkerListCommand : public QUndoCommand
{
public:
    MarkerListCommand(
        SessionDocument *document, QVector<SessionMarker> before, QVector<SessionMarker> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    SessionDocument *m_document;
    QVector<SessionMarker> m_before;
    QVector<SessionMarker> m_after;
};

} // namespace prepmark
