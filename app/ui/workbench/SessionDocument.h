#pragma once

#include "session/Session.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace prepmark {

// The session being prepared in the workbench, with its undo history. Every edit a
// person makes goes through the edit methods, which push an undoable command onto
// undoStack(); the commands change the session through the apply methods, which emit
// the signals views and models follow. Edits that change nothing push nothing.
//
// Tracks are addressed by row (their position in the session) in the edit methods
// and by id in the commands, so an undo after a reorder still finds its track.
class SessionDocument : public QObject
{
    Q_OBJECT

public:
    enum class TrackField {
        Name,
        Colour,
        Family,
        Group,
        Bus,
        GainDb,
        Polarity,
        OffsetSamples,
        FadeInSamples,
        FadeOutSamples,
        Keep,
        KeepReason,
        Removed,
    };
    enum class NotesSection { Found, Fixed, Left, Questions, References };

    explicit SessionDocument(Session session, QObject *parent = nullptr);
    ~SessionDocument() override;

    const Session &session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    int trackCount() const { return int(m_session.tracks.size()); }
    const SessionTrack &track(int row) const { return m_session.tracks[row]; }

    static QVariant fieldValue(const SessionTrack &track, TrackField field);
    static QString notesText(const SessionNotes &notes, NotesSection section);

    // Edits (undoable). A family change also colours the track from the family's
    // palette when its colour was empty or the old family's, as one undo step.
    void setTrackField(int row, TrackField field, const QVariant &value);
    void moveTrack(int from, int to);
    void addMarker(const QString &name, qint64 positionSamples);
    void renameMarker(int index, const QString &name);
    void moveMarker(int index, qint64 positionSamples);
    void removeMarker(int index);
    void setNotes(NotesSection section, const QString &text);
    // Marks the given tracks as removed, as one undo step; returns how many were not yet.
    int removeTracks(const QStringList &trackIds, const QString &undoText);

    // Used by the undo commands.
    void applyTrackField(const QString &trackId, TrackField field, const QVariant &value);
    void applyMove(int from, int to);
    void applyMarkers(const QVector<SessionMarker> &markers);
    void applyNotes(NotesSection section, const QString &text);

signals:
    void trackChanged(int row);
    void trackAboutToMove(int from, int to);
    void trackMoved(int from, int to);
    void markersChanged();
    void notesChanged(prepmark::SessionDocument::NotesSection section);
    // Any change, by an edit, an undo or a redo.
    void changed();

private:
    void pushMarkers(const QVector<SessionMarker> &markers, const QString &text);

    Session m_session;
    QUndoStack *m_undo = nullptr;
};

} // namespace prepmark
