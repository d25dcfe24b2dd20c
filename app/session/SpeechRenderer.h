#pragma once

#include "AudioBuffer.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "exercise/Exercise.h"

#include <QString>

namespace prepmark {

// Speaks the lines of a Speech source with espeak-ng (a separate program, run once per
// line) and places each at its bar and beat, as stereo audio at the session rate,
// panned by the source's pan. espeak-ng gives the same samples for the same text,
// voice, speed and pitch, so the result is deterministic for an installed version.
class SpeechRenderer
{
public:
    // program: the espeak-ng executable (found on PATH when not absolute).
    explicit SpeechRenderer(QString program = QStringLiteral("espeak-ng"));

    // progress is only polled for cancellation, before each line; a cancelled render
    // returns an Error.
    Result<AudioBuffer> render(const Exercise &exercise, const Source &source, int sampleRate, qint64 frames,
        ProgressReporter &progress) const;

    // Whether the program can be found.
    bool isAvailable() const;

private:
    Result<AudioBuffer> speak(const Source &source, const QString &text, const QString &scratchFile) const;

    QString m_program;
};

} // namespace prepmark
