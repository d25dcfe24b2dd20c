#pragma once

#include "AudioBuffer.h"

#include "exercise/Exercise.h"

#include <QMap>
#include <QString>

namespace prepmark {

// Rendered sources by id; each maps a drum group (or "" for a whole instrument) to
// stereo audio at the session rate.
using RenderedSources = QMap<QString, QMap<QString, AudioBuffer>>;

// Records one delivered track from the rendered sources, as its microphone would:
// mixes its feeds (gains in dB; stereo sources are summed to mono for a mono track),
// then applies the mic's drive, zero-phase filters, room and distance delay
// (MicSpec), and sets the clean track's sample peak to DeliveredTrack::peakDbfs.
// Planted faults come afterwards (FaultPlanter). Pure function of its inputs.
class MicChain
{
public:
    static AudioBuffer record(
        const DeliveredTrack &track, const RenderedSources &sources, int sampleRate, qint64 frames);

private:
    static AudioBuffer mixFeeds(
        const DeliveredTrack &track, const RenderedSources &sources, int sampleRate, qint64 frames);
    static void applyFilters(AudioBuffer &buffer, const MicSpec &mic);
    static void applyRoom(AudioBuffer &buffer, const MicSpec &mic);
};

// Moves a buffer later by frames (frames pushed past the end are dropped).
void delayBuffer(AudioBuffer &buffer, qint64 frames);

} // namespace prepmark
