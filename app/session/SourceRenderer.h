#pragma once

#include "AudioBuffer.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "exercise/Exercise.h"

#include <QMap>
#include <QString>

namespace prepmark {

// Plays one source of an exercise through FluidSynth and returns it as stereo audio:
// a drum kit as one buffer per DrumKit group that its part plays (each group on its
// own MIDI channel and audio output, so a close mic can take its drum loudly and the
// others as bleed), any other instrument as one buffer under the key "".
//
// Humanisation (timing and velocity) and the source's performance faults (Timing,
// Pitch) are applied here, from a random generator seeded by the exercise key and
// source id: the same source renders to the same samples every time. FluidSynth's own
// reverb and chorus are off; rooms are added per microphone by MicChain.
//
// Thread-safety: render() may run for different sources on different threads at once;
// each call owns its synthesizer.
class SourceRenderer
{
public:
    explicit SourceRenderer(QString soundFontPath);

    // frames: length to render at sampleRate; notes after it are not played.
    // progress is only polled for cancellation, between blocks; a cancelled render
    // returns an Error.
    Result<QMap<QString, AudioBuffer>> render(const Exercise &exercise, const Source &source, int sampleRate,
        qint64 frames, ProgressReporter &progress) const;

    // Prepares FluidSynth's process-wide state; call before rendering on several
    // threads at once (SessionRenderer does). Safe to call more than once.
    static void initialise();

    // Stereo position of each drum group (-1 left .. 1 right, audience view).
    static double drumGroupPan(const QString &group);

private:
    QString m_soundFontPath;
};

} // namespace prepmark
