#include "PlaybackController.h"

#include "SessionMixDevice.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

namespace prepmark {

PlaybackController::PlaybackController(const QString &folder, QObject *parent)
    : QObject(parent), m_mix(new SessionMixDevice(folder, this)), m_clock(new QTimer(this))
{
    m_clock->setInterval(40);
    connect(m_clock, &QTimer::timeout, this, [this] { emit positionChanged(positionSeconds()); });
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        m_reason = tr("Playback is off: this computer has no audio output. Everything else in the workbench works.");
}

PlaybackController::~PlaybackController()
{
    stop();
}

double PlaybackController::positionSeconds() const
{
    return double(m_mix->positionFrames()) / std::max(1, m_mix->sampleRate());
}

void PlaybackController::setSession(const Session &session)
{
    const QStringList errors = m_mix->setSession(session);
    if (!errors.isEmpty())
        emit problem(tr("Some stems cannot be played: %1").arg(errors.join(QStringLiteral("; "))));
}

void PlaybackController::setAudible(std::function<bool(const QString &)> audible)
{
    m_mix->setAudible(std::move(audible));
}

void PlaybackController::play()
{
    if (!isAvailable() || m_playing)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(m_mix->sampleRate());
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Float);
    if (device.isNull() || !device.isFormatSupported(format)) {
        emit problem(tr("The audio output %1 cannot play %2 Hz stereo floating point.")
                         .arg(device.description())
                         .arg(m_mix->sampleRate()));
        return;
    }
    delete m_sink;
    m_sink = new QAudioSink(device, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || state == QAudio::StoppedState)
            setPlaying(false);
    });
    if (!m_mix->isOpen())
        m_mix->open(QIODevice::ReadOnly);
    m_sink->start(m_mix);
    setPlaying(true);
}

void PlaybackController::stop()
{
    if (m_sink)
        m_sink->stop();
    setPlaying(false);
}

void PlaybackController::seek(double seconds)
{
    m_mix->seekFrame(qint64(seconds * m_mix->sampleRate()));
    emit positionChanged(positionSeconds());
}

void PlaybackController::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    if (playing)
        m_clock->start();
    else
        m_clock->stop();
    emit playingChanged(playing);
}

} // namespace prepmark
