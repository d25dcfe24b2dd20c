#pragma once

#include "audio/AudioFileReader.h"
#include "session/Session.h"

#include <QIODevice>
#include <QMutex>

#include <functional>
#include <memory>
#include <vector>

namespace prepmark {

// The prepared session mixed to stereo 32-bit float at the session rate, streamed from
// the stems as playback reads it: clip gain, polarity, time offset, fades and cuts
// applied, removed and inaudible (muted, unsoloed) tracks left out, mono tracks in the
// centre at -3 dB. Reads each stem block by block, so memory does not grow with the
// session. A stem at another sample rate plays at the session rate (the mismatch is
// audible, as it would be in a DAW that does not convert).
//
// Thread-safety: the audio sink reads on its own thread; seek(), setSession() and
// setAudible() may be called from the GUI thread meanwhile.
class SessionMixDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit SessionMixDevice(QString folder, QObject *parent = nullptr);
    ~SessionMixDevice() override;

    // Opens every active track's stem; errors name the stem that cannot be read (the
    // others still play).
    QStringList setSession(const Session &session);
    void setAudible(std::function<bool(const QString &)> audible);
    void seekFrame(qint64 frame);
    qint64 positionFrames() const;
    int sampleRate() const { return m_sampleRate; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stem;

    QString m_folder;
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<Stem>> m_stems;
    std::function<bool(const QString &)> m_audible;
    qint64 m_position = 0;
    qint64 m_length = 0;
    int m_sampleRate = 48000;
    std::vector<float> m_scratch;
};

} // namespace prepmark
