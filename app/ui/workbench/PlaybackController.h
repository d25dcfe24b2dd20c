#pragma once

#include "session/Session.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAudioSink;
class QTimer;

namespace prepmark {

class SessionMixDevice;

// Plays the prepared session through Qt Multimedia's default audio output
// (SessionMixDevice mixes the stems). Without an audio output — a server, a test
// machine — playback is unavailable: isAvailable() is false, unavailableReason() says
// why for the person, and play() does nothing. Nothing here may crash for want of a
// device.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    PlaybackController(const QString &folder, QObject *parent = nullptr);
    ~PlaybackController() override;

    bool isAvailable() const { return m_reason.isEmpty(); }
    QString unavailableReason() const { return m_reason; }
    bool isPlaying() const { return m_playing; }
    double positionSeconds() const;

    // The session as it now stands; stems of removed tracks are not opened.
    void setSession(const Session &session);
    void setAudible(std::function<bool(const QString &)> audible);

public slots:
    void play();
    void stop();
    void seek(double seconds);

signals:
    void positionChanged(double seconds);
    void playingChanged(bool playing);
    void problem(const QString &message);

private:
    void setPlaying(bool playing);

    SessionMixDevice *m_mix = nullptr;
    QAudioSink *m_sink = nullptr;
    QTimer *m_clock = nullptr;
    QString m_reason;
    bool m_playing = false;
};

} // namespace prepmark
