#include "SourceRenderer.h"

#include "DeterministicRandom.h"

#include "exercise/DrumKit.h"

#include <fluidsynth.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

namespace prepmark {
namespace {

constexpr qint64 kBlockFrames = 4096;

struct MidiEvent
{
    enum Type { NoteOff = 0, PitchBend = 1, NoteOn = 2 };
    qint64 frame = 0;
    Type type = NoteOn;
    int channel = 0;
    int key = 0; // NoteOn/NoteOff
    int value = 0; // velocity, or bend 0..16383
};

// FluidSynth fills process-wide tables (interpolation, unit conversion) when its
// first synthesizer is created, without a lock: two threads creating their first
// synthesizers at once can read half-filled tables and render slightly different
// samples. Creating one synthesizer here, once, before any parallel work, makes the
// output independent of thread timing. Also silences FluidSynth's log on stderr.
void initialiseFluidSynth()
{
    static std::once_flag once;
    std::call_once(once, [] {
        for (int level = FLUID_PANIC; level <= FLUID_DBG; ++level)
            fluid_set_log_function(level, nullptr, nullptr);
        fluid_settings_t *settings = new_fluid_settings();
        delete_fluid_synth(new_fluid_synth(settings));
        delete_fluid_settings(settings);
    });
}

struct SynthDeleter
{
    void operator()(fluid_synth_t *synth) const { delete_fluid_synth(synth); }
};
struct SettingsDeleter
{
    void operator()(fluid_settings_t *settings) const { delete_fluid_settings(settings); }
};

int panController(double pan)
{
    return std::clamp(int(std::lround(64.0 + pan * 63.0)), 0, 127);
}

int bendValue(double cents)
{
    // FluidSynth's default bend range is +-2 semitones (200 cents) over +-8192.
    return std::clamp(int(std::lround(8192.0 + cents / 200.0 * 8192.0)), 0, 16383);
}

// A synthesizer with its settings, which must outlive it (members are destroyed in
// reverse order: the synthesizer first).
struct Synth
{
    std::unique_ptr<fluid_settings_t, SettingsDeleter> settings;
    std::unique_ptr<fluid_synth_t, SynthDeleter> synth;
};

// The instrument layout of a source: a drum kit plays one group per channel and output,
// any other source one instrument under the group "".
struct Layout
{
    bool drums = false;
    QStringList groups;

    int outputs() const { return int(groups.size()); }
    int channelOf(const NoteEvent &note) const
    {
        return drums ? int(groups.indexOf(DrumKit::lane(note.lane)->group)) : 0;
    }
};

// Chooses the program (or drum kit) and pan of every channel.
Status selectPrograms(
    fluid_synth_t *synth, int soundFont, const Source &source, const Layout &layout, const QString &soundFontPath)
{
    for (int channel = 0; channel < layout.outputs(); ++channel) {
        if (layout.drums) {
            fluid_synth_set_channel_type(synth, channel, CHANNEL_TYPE_DRUM);
            if (fluid_synth_program_select(synth, channel, soundFont, 128, source.program) != FLUID_OK
                && fluid_synth_program_select(synth, channel, soundFont, 128, 0) != FLUID_OK)
                return makeError(
                    QStringLiteral("%1: no drum kit in this SoundFont (source \"%2\")").arg(soundFontPath, source.id));
            fluid_synth_cc(synth, channel, 10, panController(SourceRenderer::drumGroupPan(layout.groups[channel])));
        } else {
            if (fluid_synth_program_select(synth, channel, soundFont, source.bank, source.program) != FLUID_OK)
                return makeError(QStringLiteral("%1: no preset bank %2 program %3 (source \"%4\")")
                                     .arg(soundFontPath)
                                     .arg(source.bank)
                                     .arg(source.program)
                                     .arg(source.id));
            fluid_synth_cc(synth, channel, 10, panController(source.pan));
        }
    }
    return {};
}

// A synthesizer at sampleRate with one stereo output per group, no reverb or chorus,
// the SoundFont loaded and every channel's program selected.
Result<Synth> startSynth(const QString &soundFontPath, const Source &source, const Layout &layout, int sampleRate)
{
    Synth result;
    result.settings.reset(new_fluid_settings());
    fluid_settings_t *settings = result.settings.get();
    fluid_settings_setnum(settings, "synth.sample-rate", double(sampleRate));
    fluid_settings_setint(settings, "synth.reverb.active", 0);
    fluid_settings_setint(settings, "synth.chorus.active", 0);
    fluid_settings_setint(settings, "synth.cpu-cores", 1);
    fluid_settings_setint(settings, "synth.polyphony", 256);
    fluid_settings_setint(settings, "synth.audio-channels", layout.outputs());
    fluid_settings_setint(settings, "synth.audio-groups", layout.outputs());
    result.synth.reset(new_fluid_synth(settings));
    if (!result.synth)
        return makeError(QStringLiteral("FluidSynth could not start a synthesizer"));
    const int soundFont = fluid_synth_sfload(result.synth.get(), soundFontPath.toLocal8Bit().constData(), 1);
    if (soundFont == FLUID_FAILED)
        return makeError(QStringLiteral("%1: FluidSynth cannot load this SoundFont").arg(soundFontPath));
    const Status selected = selectPrograms(result.synth.get(), soundFont, source, layout, soundFontPath);
    if (!selected)
        return selected.error();
    return result;
}

// Note-on and note-off events of the source's notes, humanised (timing and velocity)
// and with its planted Timing faults; notes starting at or after `frames` are dropped.
void appendNoteEvents(QVector<MidiEvent> &events, const Exercise &exercise, const Source &source, const Layout &layout,
    int sampleRate, qint64 frames)
{
    DeterministicRandom random(
        DeterministicRandom::seedFor(exercise.key + QLatin1Char('/') + source.id + QStringLiteral("/humanise")));
    const double framesPerSecond = double(sampleRate);
    for (const NoteEvent &note : source.notes) {
        double onsetSeconds = exercise.secondsAtTick(double(note.startTick));
        // both draws happen for every note, so one fault does not shift the others' randomness
        const double jitter = random.bipolar() * source.timingJitterMs / 1000.0;
        const int velocityJitter
            = source.velocityJitter > 0 ? random.between(-source.velocityJitter, source.velocityJitter) : 0;
        onsetSeconds += jitter;
        for (const PlantedFault &fault : source.faults) {
            if (fault.kind == FaultKind::Timing && note.writtenTick == exercise.tickAt(fault.position)
                && (fault.lane.isEmpty() || fault.lane == note.lane))
                onsetSeconds += fault.ms / 1000.0;
        }
        const qint64 onset = std::max<qint64>(0, std::llround(onsetSeconds * framesPerSecond));
        if (onset >= frames)
            continue;
        const qint64 length
            = std::max<qint64>(1, std::llround(exercise.secondsAtTick(double(note.lengthTicks)) * framesPerSecond));
        const int channel = layout.channelOf(note);
        const int velocity = std::clamp(note.velocity + velocityJitter, 1, 127);
        events << MidiEvent {onset, MidiEvent::NoteOn, channel, note.key, velocity};
        events << MidiEvent {onset + length, MidiEvent::NoteOff, channel, note.key, 0};
    }
}

// A pitch bend over the bars of each planted Pitch fault, released after its last bar.
void appendPitchFaultEvents(QVector<MidiEvent> &events, const Exercise &exercise, const Source &source, int sampleRate)
{
    const double framesPerSecond = double(sampleRate);
    for (const PlantedFault &fault : source.faults) {
        if (fault.kind != FaultKind::Pitch)
            continue;
        const qint64 from
            = std::llround(exercise.secondsAtTick(double(exercise.barStartTick(fault.fromBar))) * framesPerSecond);
        const qint64 to
            = std::llround(exercise.secondsAtTick(double(exercise.barStartTick(fault.toBar + 1))) * framesPerSecond);
        events << MidiEvent {from, MidiEvent::PitchBend, 0, 0, bendValue(fault.cents)};
        events << MidiEvent {to, MidiEvent::PitchBend, 0, 0, 8192};
    }
}

// The performance as MIDI events in playing order (at one frame: note-offs, then
// bends, then note-ons).
QVector<MidiEvent> performanceEvents(
    const Exercise &exercise, const Source &source, const Layout &layout, int sampleRate, qint64 frames)
{
    QVector<MidiEvent> events;
    events.reserve(source.notes.size() * 2 + 8);
    appendNoteEvents(events, exercise, source, layout, sampleRate, frames);
    appendPitchFaultEvents(events, exercise, source, sampleRate);
    std::stable_sort(events.begin(), events.end(), [](const MidiEvent &a, const MidiEvent &b) {
        return a.frame != b.frame ? a.frame < b.frame : a.type < b.type;
    });
    return events;
}

void send(fluid_synth_t *synth, const MidiEvent &event)
{
    switch (event.type) {
    case MidiEvent::NoteOn:
        fluid_synth_noteon(synth, event.channel, event.key, event.value);
        break;
    case MidiEvent::NoteOff:
        fluid_synth_noteoff(synth, event.channel, event.key);
        break;
    case MidiEvent::PitchBend:
        fluid_synth_pitch_bend(synth, event.channel, event.value);
        break;
    }
}

// Which outputs the part plays: only those get a buffer of the whole length.
std::vector<bool> playedOutputs(const Source &source, const Layout &layout)
{
    std::vector<bool> played(std::size_t(layout.outputs()), !layout.drums);
    for (const NoteEvent &note : source.notes) {
        if (layout.drums)
            played[std::size_t(layout.channelOf(note))] = true;
    }
    return played;
}

// Plays the events through the synthesizer into one buffer per played output (the
// others stay empty), in blocks of at most kBlockFrames that end at the next event.
// FluidSynth still needs an output for every channel, so the unplayed ones share a
// scratch block. Polls progress for cancellation after every block.
Result<std::vector<AudioBuffer>> play(fluid_synth_t *synth, const QVector<MidiEvent> &events,
    const std::vector<bool> &played, int sampleRate, qint64 frames, const QString &sourceId, ProgressReporter &progress)
{
    const std::size_t outputs = played.size();
    std::vector<AudioBuffer> buffers(outputs);
    for (std::size_t o = 0; o < outputs; ++o) {
        if (played[o])
            buffers[o] = AudioBuffer(2, frames, sampleRate);
    }
    std::vector<float> scratch(std::size_t(kBlockFrames), 0.0f);
    std::vector<float *> pointers(outputs * 2, nullptr);
    qint64 position = 0;
    qsizetype next = 0;
    while (position < frames) {
        while (next < events.size() && events[next].frame <= position)
            send(synth, events[next++]);
        qint64 until = std::min(frames, position + kBlockFrames);
        if (next < events.size())
            until = std::min(until, events[next].frame);
        for (std::size_t o = 0; o < outputs; ++o) {
            pointers[o * 2] = played[o] ? buffers[o].channels[0].data() + position : scratch.data();
            pointers[o * 2 + 1] = played[o] ? buffers[o].channels[1].data() + position : scratch.data();
        }
        if (fluid_synth_process(synth, int(until - position), 0, nullptr, int(pointers.size()), pointers.data())
            != FLUID_OK)
            return makeError(QStringLiteral("FluidSynth failed while rendering source \"%1\"").arg(sourceId));
        position = until;
        if (progress.wasCancelled())
            return makeError(QStringLiteral("cancelled"));
    }
    return buffers;
}

} // namespace

SourceRenderer::SourceRenderer(QString soundFontPath) : m_soundFontPath(std::move(soundFontPath)) { }

void SourceRenderer::initialise()
{
    initialiseFluidSynth();
}

double SourceRenderer::drumGroupPan(const QString &group)
{
    static const QMap<QString, double> pans {
        {QStringLiteral("kick"), 0.0},
        {QStringLiteral("snare"), -0.1},
        {QStringLiteral("hat"), -0.45},
        {QStringLiteral("tom_hi"), -0.25},
        {QStringLiteral("tom_mid"), 0.05},
        {QStringLiteral("tom_low"), 0.3},
        {QStringLiteral("tom_floor"), 0.45},
        {QStringLiteral("cymbals"), 0.2},
        {QStringLiteral("perc"), 0.35},
    };
    return pans.value(group, 0.0);
}

Result<QMap<QString, AudioBuffer>> SourceRenderer::render(
    const Exercise &exercise, const Source &source, int sampleRate, qint64 frames, ProgressReporter &progress) const
{
    initialiseFluidSynth();
    Layout layout;
    layout.drums = source.kind == Source::Kind::DrumKit;
    layout.groups = layout.drums ? DrumKit::groups() : QStringList {QString()};
    Result<Synth> synth = startSynth(m_soundFontPath, source, layout, sampleRate);
    if (!synth)
        return synth.error();

    const QVector<MidiEvent> events = performanceEvents(exercise, source, layout, sampleRate, frames);
    const std::vector<bool> played = playedOutputs(source, layout);
    Result<std::vector<AudioBuffer>> buffers
        = play(synth->synth.get(), events, played, sampleRate, frames, source.id, progress);
    if (!buffers)
        return buffers.error();

    QMap<QString, AudioBuffer> result;
    for (int o = 0; o < layout.outputs(); ++o) {
        if (played[std::size_t(o)])
            result.insert(layout.groups[o], std::move((*buffers)[std::size_t(o)]));
    }
    return result;
}

} // namespace prepmark
