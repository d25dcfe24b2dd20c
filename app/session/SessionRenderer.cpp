#include "SessionRenderer.h"

#include "FaultPlanter.h"
#include "MicChain.h"
#include "SessionJson.h"
#include "SourceRenderer.h"
#include "SpeechRenderer.h"
#include "StemWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cmath>
#include <functional>
#include <optional>

namespace prepmark {
namespace {

// Part of the cache key: bump when a change to the renderer changes its output.
constexpr const char *kRendererVersion = "prepmark-renderer-1";

// Runs jobs 0..count-1 on a private pool and waits; progress goes from..to percent.
// Stops handing out jobs once one fails or the caller cancels.
Status runParallel(
    int count, int threads, ProgressReporter &progress, int from, int to, const std::function<Status(int)> &job)
{
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QMutex mutex;
    std::optional<std::pair<int, Error>> firstError;
    std::atomic<int> done {0};
    std::atomic<bool> stop {false};
    for (int i = 0; i < count; ++i) {
        pool.start([&, i] {
            if (stop.load() || progress.wasCancelled()) {
                stop.store(true);
                return;
            }
            const Status status = job(i);
            if (!status) {
                const QMutexLocker lock(&mutex);
                // keep the error of the lowest job index, so the message does not depend on timing
                if (!firstError || i < firstError->first)
                    firstError = std::make_pair(i, status.error());
                stop.store(true);
            }
            const int finished = ++done;
            progress.setProgress(from + (to - from) * finished / std::max(1, count));
        });
    }
    pool.waitForDone();
    if (firstError)
        return firstError->second;
    if (progress.wasCancelled())
        return makeError(QStringLiteral("cancelled"));
    return {};
}

// What session.json records about a written stem.
struct StemFacts
{
    int sampleRate = 0;
    int bitDepth = 0;
    int channels = 0;
    qint64 frames = 0;
};

Session deliveredSession(const Exercise &exercise, qint64 frames, const std::vector<StemFacts> &stems)
{
    Session session;
    session.exerciseKey = exercise.key;
    session.title = exercise.title;
    session.state = Session::State::Delivered;
    session.sampleRate = exercise.sampleRate;
    session.bitDepth = exercise.bitDepth;
    session.lengthSamples = frames;
    session.tempo = exercise.tempo;
    session.meter = exercise.meter.toString();
    for (qsizetype t = 0; t < exercise.tracks.size(); ++t) {
        const DeliveredTrack &track = exercise.tracks[t];
        const StemFacts &stem = stems[std::size_t(t)];
        SessionTrack entry;
        entry.id = track.id;
        entry.file = QStringLiteral("stems/") + track.file;
        entry.name = track.name;
        entry.fileSampleRate = stem.sampleRate;
        entry.fileBitDepth = stem.bitDepth;
        entry.fileChannels = stem.channels;
        entry.fileFrames = stem.frames;
        session.tracks << entry;
    }
    return session;
}

// What every step of one render needs.
struct RenderJob
{
    const Exercise &exercise;
    QString directory;
    int threads = 1;
    int rate = 0; // the session rate
    qint64 frames = 0; // at the session rate

    QString stemPath(int track) const { return directory + QStringLiteral("/stems/") + exercise.tracks[track].file; }
};

// Step 1: every source played (FluidSynth or espeak-ng), in parallel; progress 0..70.
Result<RenderedSources> renderSources(
    const RenderJob &job, const QString &soundFont, const QString &espeakProgram, ProgressReporter &progress)
{
    const Exercise &exercise = job.exercise;
    std::vector<QMap<QString, AudioBuffer>> rendered(std::size_t(exercise.sources.size()));
    SourceRenderer::initialise();
    const SourceRenderer synth(soundFont);
    const SpeechRenderer speech(espeakProgram);
    const Status status = runParallel(int(exercise.sources.size()), job.threads, progress, 0, 70, [&](int i) -> Status {
        const Source &source = exercise.sources[i];
        if (source.kind == Source::Kind::Speech) {
            Result<AudioBuffer> voice = speech.render(exercise, source, job.rate, job.frames, progress);
            if (!voice)
                return voice.error();
            rendered[std::size_t(i)].insert(QString(), std::move(voice).value());
            return {};
        }
        Result<QMap<QString, AudioBuffer>> audio = synth.render(exercise, source, job.rate, job.frames, progress);
        if (!audio)
            return audio.error();
        rendered[std::size_t(i)] = std::move(audio).value();
        return {};
    });
    if (!status)
        return status.error();
    RenderedSources sources;
    for (qsizetype i = 0; i < exercise.sources.size(); ++i)
        sources.insert(exercise.sources[i].id, std::move(rendered[std::size_t(i)]));
    return sources;
}

// The id of the track this one is a planted duplicate of; empty when it is none.
QString duplicateOf(const DeliveredTrack &track)
{
    for (const PlantedFault &fault : track.faults) {
        if (fault.kind == FaultKind::Duplicate)
            return fault.of;
    }
    return {};
}

// One track as delivered: recorded through its mic with its planted faults, or
// silence when nothing feeds it.
DeliveredFile recordTrack(
    const DeliveredTrack &track, const RenderedSources &sources, const FaultPlanter::Context &context)
{
    DeliveredFile file;
    if (track.feeds.isEmpty()) {
        file.audio = AudioBuffer(track.channels, context.frames, context.sampleRate);
        file.bitDepth = context.exercise.bitDepth;
        return file;
    }
    AudioBuffer audio = MicChain::record(track, sources, context.sampleRate, context.frames);
    FaultPlanter::plantSignalFaults(audio, track, context);
    return FaultPlanter::deliver(std::move(audio), track, context);
}

struct RecordedTracks
{
    std::vector<StemFacts> stems; // per track; a duplicate's is filled by writeDuplicates()
    std::vector<DeliveredFile> keptForCopies; // per track; only the originals of duplicates
};

// Step 2: every track but the duplicates, in parallel, each written as soon as it is
// ready; progress 70..97. Only the originals of duplicates stay in memory, to be
// written again under the copy's name.
Result<RecordedTracks> recordTracks(const RenderJob &job, const RenderedSources &sources, ProgressReporter &progress)
{
    const Exercise &exercise = job.exercise;
    const FaultPlanter::Context context {exercise, job.rate, job.frames};
    QSet<QString> originals;
    for (const DeliveredTrack &track : exercise.tracks) {
        if (!duplicateOf(track).isEmpty())
            originals.insert(duplicateOf(track));
    }
    const int trackCount = int(exercise.tracks.size());
    RecordedTracks recorded;
    recorded.stems.resize(std::size_t(trackCount));
    recorded.keptForCopies.resize(std::size_t(trackCount));
    const Status status = runParallel(trackCount, job.threads, progress, 70, 97, [&](int i) -> Status {
        const DeliveredTrack &track = exercise.tracks[i];
        if (!duplicateOf(track).isEmpty())
            return {};
        DeliveredFile file = recordTrack(track, sources, context);
        recorded.stems[std::size_t(i)]
            = StemFacts {file.audio.sampleRate, file.bitDepth, file.audio.channelCount(), file.audio.frames()};
        const Status written = StemWriter::write(file.audio, file.bitDepth, job.stemPath(i), file.timeReference);
        if (originals.contains(track.id))
            recorded.keptForCopies[std::size_t(i)] = std::move(file);
        return written;
    });
    if (!status)
        return status.error();
    return recorded;
}

// Step 3: every duplicate written as a copy of its original's file.
Status writeDuplicates(const RenderJob &job, RecordedTracks &recorded)
{
    const QVector<DeliveredTrack> &tracks = job.exercise.tracks;
    for (int i = 0; i < int(tracks.size()); ++i) {
        const QString original = duplicateOf(tracks[i]);
        if (original.isEmpty())
            continue;
        const int from = int(std::find_if(tracks.begin(), tracks.end(), [&](const DeliveredTrack &t) {
            return t.id == original;
        }) - tracks.begin());
        const DeliveredFile &file = recorded.keptForCopies[std::size_t(from)];
        const Status written = StemWriter::write(file.audio, file.bitDepth, job.stemPath(i), file.timeReference);
        if (!written)
            return written;
        recorded.stems[std::size_t(i)] = recorded.stems[std::size_t(from)];
    }
    return {};
}

} // namespace

SessionRenderer::SessionRenderer(RenderOptions options) : m_options(std::move(options)) { }

QString SessionRenderer::defaultSoundFont()
{
    for (const char *candidate : {"/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/TimGM6mb.sf2",
             "/usr/share/sounds/sf2/default-GM.sf2"}) {
        const QString path = QString::fromLatin1(candidate);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

QString SessionRenderer::cacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sessions");
}

QString SessionRenderer::soundFont() const
{
    return m_options.soundFontPath.isEmpty() ? defaultSoundFont() : m_options.soundFontPath;
}

qint64 SessionRenderer::renderFrames(const Exercise &exercise)
{
    return exercise.lengthFrames(exercise.sampleRate);
}

QString SessionRenderer::cacheDirectory(const Exercise &exercise) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(kRendererVersion));
    hash.addData(exercise.contentHash.toLatin1());
    const QFileInfo font(soundFont());
    hash.addData(font.absoluteFilePath().toUtf8());
    hash.addData(QByteArray::number(font.size()));
    return cacheRoot() + QLatin1Char('/') + exercise.key + QLatin1Char('-')
        + QString::fromLatin1(hash.result().toHex().left(16));
}

Result<RenderedSession> SessionRenderer::render(
    const Exercise &exercise, const QString &directory, ProgressReporter &progress) const
{
    QElapsedTimer timer;
    timer.start();
    const RenderJob job {exercise, directory, m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount(),
        exercise.sampleRate, renderFrames(exercise)};
    const QString font = soundFont();
    if (font.isEmpty())
        return makeError(
            QStringLiteral("no General MIDI SoundFont found: install timgm6mb-soundfont (or fluid-soundfont-gm)"));
    if (!QDir().mkpath(directory + QStringLiteral("/stems")))
        return makeError(QStringLiteral("%1: cannot create the folder").arg(directory));
    auto failed
        = [&](const QString &why) { return makeError(QStringLiteral("rendering %1: %2").arg(exercise.key, why)); };

    progress.setMessage(QStringLiteral("Rendering %1: playing the parts").arg(exercise.key));
    Result<RenderedSources> sources = renderSources(job, font, m_options.espeakProgram, progress);
    if (!sources)
        return failed(sources.errorMessage());

    // session.json comes last: its presence marks a complete render.
    progress.setMessage(QStringLiteral("Rendering %1: recording the tracks").arg(exercise.key));
    QFile::remove(directory + QStringLiteral("/session.json"));
    Result<RecordedTracks> recorded = recordTracks(job, *sources, progress);
    if (!recorded)
        return failed(recorded.errorMessage());
    sources->clear();
    if (const Status copied = writeDuplicates(job, *recorded); !copied)
        return failed(copied.errorMessage());

    RenderedSession result;
    result.directory = QDir(directory).absolutePath();
    result.sessionPath = result.directory + QStringLiteral("/session.json");
    result.session = deliveredSession(exercise, job.frames, recorded->stems);
    const Status written = SessionJson::write(result.session, result.sessionPath);
    if (!written)
        return written.error();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    progress.setProgress(100);
    return result;
}

Result<RenderedSession> SessionRenderer::renderCached(const Exercise &exercise, ProgressReporter &progress) const
{
    const QString directory = cacheDirectory(exercise);
    const QString sessionPath = directory + QStringLiteral("/session.json");
    if (QFileInfo::exists(sessionPath)) {
        const Result<Session> session = SessionJson::read(sessionPath);
        if (session) {
            RenderedSession cached;
            cached.directory = directory;
            cached.sessionPath = sessionPath;
            cached.session = *session;
            cached.fromCache = true;
            return cached;
        }
    }
    // Render beside the final folder and move it in place, so a reader never sees half a render.
    const QString partial = directory + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QDir(partial).removeRecursively();
    Result<RenderedSession> rendered = render(exercise, partial, progress);
    if (!rendered) {
        QDir(partial).removeRecursively();
        return rendered;
    }
    QDir(directory).removeRecursively();
    if (!QDir().rename(partial, directory)) {
        QDir(partial).removeRecursively();
        return makeError(QStringLiteral("%1: cannot move the render into the cache").arg(directory));
    }
    rendered->directory = directory;
    rendered->sessionPath = sessionPath;
    return rendered;
}

} // namespace prepmark
