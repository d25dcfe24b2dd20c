#include "SpeechRenderer.h"

#include "Resampler.h"
#include "StemWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

namespace prepmark {

SpeechRenderer::SpeechRenderer(QString program) : m_program(std::move(program)) { }

bool SpeechRenderer::isAvailable() const
{
    return !QStandardPaths::findExecutable(m_program).isEmpty();
}

Result<AudioBuffer> SpeechRenderer::speak(const Source &source, const QString &text, const QString &scratchFile) const
{
    QProcess process;
    process.start(m_program,
        {QStringLiteral("-v"), source.voice, QStringLiteral("-s"), QString::number(source.wordsPerMinute),
            QStringLiteral("-p"), QString::number(source.pitch), QStringLiteral("-w"), scratchFile,
            QStringLiteral("--"), text});
    if (!process.waitForStarted(10000))
        return makeError(
            QStringLiteral("%1 cannot be started (install espeak-ng for the spoken parts of source \"%2\")")
                .arg(m_program, source.id));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(
            QStringLiteral("%1 failed on source \"%2\": %3")
                .arg(m_program, source.id, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return StemWriter::read(scratchFile);
}

Result<AudioBuffer> SpeechRenderer::render(
    const Exercise &exercise, const Source &source, int sampleRate, qint64 frames, ProgressReporter &progress) const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(
            QStringLiteral("cannot create a temporary folder for espeak-ng: %1").arg(scratch.errorString()));
    AudioBuffer result(2, frames, sampleRate);
    const double angle = (source.pan + 1.0) * 0.25 * 3.14159265358979323846;
    const float gains[2] = {float(std::cos(angle)), float(std::sin(angle))};
    for (qsizetype i = 0; i < source.lines.size(); ++i) {
        if (progress.wasCancelled())
            return makeError(QStringLiteral("cancelled"));
        const Source::Line &line = source.lines[i];
        const qint64 start = std::llround(exercise.secondsAtTick(double(line.startTick)) * sampleRate);
        if (start >= frames)
            continue;
        const Result<AudioBuffer> spoken
            = speak(source, line.text, scratch.filePath(QStringLiteral("line%1.wav").arg(i)));
        if (!spoken)
            return spoken.error();
        const std::vector<float> &voice = spoken->channels.front();
        const qint64 outFrames = qint64(std::ceil(double(voice.size()) * sampleRate / spoken->sampleRate));
        const std::vector<float> converted = spoken->sampleRate == sampleRate
            ? voice
            : Resampler(spoken->sampleRate, sampleRate).process(voice, outFrames);
        for (int c = 0; c < 2; ++c) {
            std::vector<float> &to = result.channels[std::size_t(c)];
            for (std::size_t n = 0; n < converted.size() && start + qint64(n) < frames; ++n)
                to[std::size_t(start) + n] += gains[c] * converted[n];
        }
    }
    return result;
}

} // namespace prepmark
