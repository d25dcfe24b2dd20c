#pragma once

#include "SessionDocument.h"

#include <QUndoCommand>

namespace prepmark {

// One field of one track changed (SessionDocument::setTrackField). Consecutive changes
// of the same numeric field of the same track (a spin box stepping) merge into one
// undo step.
class TrackEditCommand : public QUndoCommand
{
public:
    TrackEditCommand(
        SessionDocument *document, QString trackId, SessionDocument::TrackField field, QVariant before, QVariant after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SessionDocument *m_document;
    QString m_trackId;
    SessionDocument::TrackField m_field;
    QVariant m_before;
    QVariant m_after;
};

} // namespace prepmark
