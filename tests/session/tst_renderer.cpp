#include "session/ReferencePreparation.h"
#include "session/SessionJson.h"
#include "session/SessionRenderer.h"
#include "session/StemWriter.h"

#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <atomic>
#include <cmath>

using namespace prepmark;

namespace {

Exercise minimalExercise()
{
    Result<Exercise> exercise
        = ExerciseLoader::fromFile(QDir(QStringLiteral(PREPMARK_SOURCE_DIR))
                                       .filePath(QStringLiteral("tests/exercise/data/minimal-exercise.json")));
    if (!exercise)
        qFatal("%s", qPrintable(exercise.errorMessage()));
    return std::move(exercise).value();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

AudioBuffer readStem(const RenderedSession &rendered, const QString &id)
{
    const Result<AudioBuffer> audio
        = StemWriter::read(rendered.directory + QLatin1Char('/') + rendered.session.track(id)->file);
    if (!audio)
        qFatal("%s", qPrintable(audio.errorMessage()));
    return *audio;
}

double correlation(const std::vector<float> &a, const std::vector<float> &b)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return ab / std::sqrt(aa * bb);
}

// Answers "cancelled" from its n-th poll on, and counts the polls; thread-safe.
class CancelOnPoll : public ProgressReporter
{
public:
    explicit CancelOnPoll(int n) : m_n(n) { }
    void setProgress(int) override { }
    void setMessage(const QString &) override { }
    bool wasCancelled() const override { return ++m_polls >= m_n; }
    int polls() const { return m_polls.load(); }

private:
    const int m_n;
    mutable std::atomic<int> m_polls {0};
};

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

private:
    Exercise m_exercise = minimalExercise();
    QTemporaryDir m_dir;
    RenderedSession m_first;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!SessionRenderer::defaultSoundFont().isEmpty(), "no General MIDI SoundFont installed");
        SilentProgress progress;
        const Result<RenderedSession> rendered
            = SessionRenderer().render(m_exercise, m_dir.filePath(QStringLiteral("first")), progress);
        QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
        m_first = *rendered;
        QCOMPARE(progress.lastProgress(), 100);
    }

    void writesTheDeliveredSession()
    {
        const Result<Session> session = SessionJson::read(m_first.sessionPath);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        QVERIFY(*session == m_first.session);
        QCOMPARE(session->state, Session::State::Delivered);
        QCOMPARE(session->lengthSamples, m_exercise.lengthFrames(48000));
        QCOMPARE(session->tracks.size(), m_exercise.tracks.size());
        for (qsizetype i = 0; i < session->tracks.size(); ++i) {
            const SessionTrack &track = session->tracks[i];
            QCOMPARE(track.id, m_exercise.tracks[i].id); // delivered order
            QCOMPARE(track.name, m_exercise.tracks[i].name); // delivered names
            QVERIFY(track.colour.isEmpty() && track.group.isEmpty() && track.offsetSamples == 0);
            QVERIFY(QFile::exists(m_first.directory + QLatin1Char('/') + track.file));
        }
        QVERIFY(session->markers.isEmpty());
        QVERIFY(session->notes.isEmpty());
    }

    void deliversFilesInTheirFormats()
    {
        const SessionTrack *bass = m_first.session.track(QStringLiteral("bass_di"));
        QCOMPARE(bass->fileBitDepth, 16);
        SF_INFO info {};
        SNDFILE *file = sf_open(
            (m_first.directory + QStringLiteral("/stems/bass.wav")).toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(file);
        sf_close(file);
        QCOMPARE(info.format & SF_FORMAT_SUBMASK, SF_FORMAT_PCM_16);
        QCOMPARE(m_first.session.track(QStringLiteral("kick"))->fileBitDepth, 24);
        QCOMPARE(m_first.session.track(QStringLiteral("gtr"))->fileChannels, 2);
        for (const SessionTrack &track : m_first.session.tracks)
            QCOMPARE(track.fileFrames, m_exercise.lengthFrames(48000));
    }

    void plantsTheFaults()
    {
        const AudioBuffer top = readStem(m_first, QStringLiteral("snare_top"));
        const AudioBuffer bottom = readStem(m_first, QStringLiteral("snare_bottom"));
        const double r = correlation(top.channels[0], bottom.channels[0]);
        QVERIFY2(r < -0.4, qPrintable(QString::number(r)));
        QCOMPARE(top.peak(), std::pow(10.0f, -12.0f / 20.0f));

        const AudioBuffer bass = readStem(m_first, QStringLiteral("bass_di"));
        double mean = 0.0;
        for (float s : bass.channels[0])
            mean += s;
        QVERIFY(std::abs(mean / double(bass.frames()) - 0.03) < 0.002);

        QCOMPARE(readStem(m_first, QStringLiteral("audio07")).peak(), 0.0f);

        // the guitar hiss is everywhere, also in the tail after the music stops
        const AudioBuffer guitar = readStem(m_first, QStringLiteral("gtr"));
        double tail = 0.0;
        const std::size_t from = std::size_t(guitar.frames() - 4800);
        for (std::size_t i = from; i < std::size_t(guitar.frames()); ++i)
            tail += double(guitar.channels[0][i]) * guitar.channels[0][i];
        const double tailDb = 10.0 * std::log10(tail / 4800.0);
        QVERIFY2(tailDb > -53.0 && tailDb < -45.0, qPrintable(QString::number(tailDb)));
        QVERIFY(guitar.channels[0] != guitar.channels[1]);
    }

    void renderingTwiceGivesTheSameBytes()
    {
        RenderOptions options;
        options.threads = 1; // another schedule: the result must not depend on it
        const Result<RenderedSession> second
            = SessionRenderer(options).render(m_exercise, m_dir.filePath(QStringLiteral("second")));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(second->session == m_first.session);
        for (const SessionTrack &track : m_first.session.tracks) {
            const QByteArray a = fileHash(m_first.directory + QLatin1Char('/') + track.file);
            QVERIFY(!a.isEmpty());
            QVERIFY2(fileHash(second->directory + QLatin1Char('/') + track.file) == a,
                qPrintable(track.file + QStringLiteral(" differs")));
        }
    }

    void rendersExcerpts()
    {
        // one bar of every section: the intro bar and the first verse bar, then the tail
        const Exercise excerpt = ExerciseExcerpt::of(m_exercise, 1);
        QCOMPARE(excerpt.totalBars(), 2);
        QCOMPARE(excerpt.sections[1].firstBar, 2);
        QVERIFY(excerpt.contentHash != m_exercise.contentHash);
        // the timing fault on bar 3 falls outside and is dropped; notes of bar 3 are gone
        QVERIFY(excerpt.source(QStringLiteral("drums"))->faults.isEmpty());
        for (const NoteEvent &note : excerpt.source(QStringLiteral("bass"))->notes)
            QVERIFY(note.startTick + note.lengthTicks <= excerpt.barStartTick(3));
        QCOMPARE(ExerciseExcerpt::mapBar(m_exercise, 3, 1), 2);
        QCOMPARE(ExerciseExcerpt::mapBar(m_exercise, 1, 1), 1);
        const Result<RenderedSession> rendered
            = SessionRenderer().render(excerpt, m_dir.filePath(QStringLiteral("excerpt")));
        QVERIFY2(rendered.ok(), qPrintable(rendered.errorMessage()));
        QCOMPARE(rendered->session.lengthSamples, qint64(4 * 48000 + 48000));
        QCOMPARE(readStem(*rendered, QStringLiteral("kick")).frames(), qint64(5 * 48000));
        // the excerpt's verse bar is the original's first verse bar: same kick on its downbeat
        const AudioBuffer kick = readStem(*rendered, QStringLiteral("kick"));
        const AudioBuffer fullKick = readStem(m_first, QStringLiteral("kick"));
        float excerptPeak = 0.0f, fullPeak = 0.0f;
        for (std::size_t i = 96000; i < 96000 + 4800; ++i) {
            excerptPeak = std::max(excerptPeak, std::abs(kick.channels[0][i]));
            fullPeak = std::max(fullPeak, std::abs(fullKick.channels[0][i]));
        }
        QVERIFY(excerptPeak > 0.1f && fullPeak > 0.1f);
    }

    void cancels()
    {
        SilentProgress progress;
        progress.cancel();
        const QString directory = m_dir.filePath(QStringLiteral("cancelled"));
        const Result<RenderedSession> rendered = SessionRenderer().render(m_exercise, directory, progress);
        QVERIFY(!rendered.ok());
        QVERIFY2(rendered.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(rendered.errorMessage()));
        QVERIFY(!QFile::exists(directory + QStringLiteral("/session.json")));
    }

    void cancelsWhilePlayingASource()
    {
        // One thread: the first poll is before the first source starts, the next ones
        // after each of its blocks. A renderer that polled only between sources would
        // poll before each of the three sources and once more at the end.
        CancelOnPoll progress(3);
        RenderOptions options;
        options.threads = 1;
        const QString directory = m_dir.filePath(QStringLiteral("cancelled-while-playing"));
        const Result<RenderedSession> rendered = SessionRenderer(options).render(m_exercise, directory, progress);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.errorMessage(), QStringLiteral("rendering %1: cancelled").arg(m_exercise.key));
        QCOMPARE(progress.polls(), 3);
        QVERIFY(!QFile::exists(directory + QStringLiteral("/session.json")));
    }

    void reportsAMissingSoundFont()
    {
        RenderOptions options;
        options.soundFontPath = m_dir.filePath(QStringLiteral("none.sf2"));
        const Result<RenderedSession> rendered
            = SessionRenderer(options).render(m_exercise, m_dir.filePath(QStringLiteral("nofont")));
        QVERIFY(!rendered.ok());
        QVERIFY2(rendered.errorMessage().contains(QStringLiteral("none.sf2: FluidSynth cannot load this SoundFont")),
            qPrintable(rendered.errorMessage()));
    }

    void cachesRenders()
    {
        const SessionRenderer renderer;
        const Exercise excerpt = ExerciseExcerpt::of(m_exercise, 1);
        const QString directory = renderer.cacheDirectory(excerpt);
        QVERIFY(directory.startsWith(SessionRenderer::cacheRoot() + QStringLiteral("/test-minimal-")));
        QVERIFY(directory != renderer.cacheDirectory(m_exercise)); // the content is part of the key
        RenderOptions otherFont;
        otherFont.soundFontPath = m_dir.filePath(QStringLiteral("other.sf2"));
        QVERIFY(directory != SessionRenderer(otherFont).cacheDirectory(excerpt));
        QDir(directory).removeRecursively();
        const Result<RenderedSession> first = renderer.renderCached(excerpt);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(!first->fromCache);
        QCOMPARE(first->directory, directory);
        const Result<RenderedSession> second = renderer.renderCached(excerpt);
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QVERIFY(second->session == first->session);
        QDir(directory).removeRecursively();
    }

    void preparesTheReference()
    {
        const Session prepared = ReferencePreparation::prepare(m_exercise, m_first.session);
        QCOMPARE(prepared.state, Session::State::Prepared);
        QStringList order;
        for (const SessionTrack &track : prepared.activeTracks())
            order << track.id;
        QCOMPARE(order, m_exercise.answerKey.expectedOrder());
        QVERIFY(prepared.track(QStringLiteral("audio07"))->removed);
        const SessionTrack *bottom = prepared.track(QStringLiteral("snare_bottom"));
        QCOMPARE(bottom->name, QStringLiteral("Snare Bottom"));
        QVERIFY(bottom->polarityInverted);
        QCOMPARE(bottom->colour, QStringLiteral("#c0392b"));
        QCOMPARE(bottom->bus, QStringLiteral("Drum Bus"));
        const SessionTrack *bass = prepared.track(QStringLiteral("bass_di"));
        QCOMPARE(bass->processing, (QStringList {"remove_dc", "convert_bit_depth"}));
        QCOMPARE(bass->gainDb, -2.0);
        const SessionTrack *guitar = prepared.track(QStringLiteral("gtr"));
        QVERIFY(guitar->keep);
        QCOMPARE(guitar->keepReason, QStringLiteral("The hiss is the amp."));
        QCOMPARE(prepared.markers.size(), 2);
        QCOMPARE(prepared.markers[1], (SessionMarker {QStringLiteral("Verse"), 96000}));
        QVERIFY(prepared.notes.fixed.contains(QStringLiteral("Flipped the snare bottom.")));
        QVERIFY(prepared.notes.questions.contains(QStringLiteral("snare push")));
        QCOMPARE(guitar->fadeInSamples, qint64(240));
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
