// The workbench's parts without the window: the session document and its undo
// history, the track table model (under QAbstractItemModelTester, edits, drag moves),
// the issue map, waveform peaks and their cache, the playback mix, and the student's
// exercise models (assigned exercises, the practice library and its filter), each under
// QAbstractItemModelTester from empty through every way it is filled.
#include "ui/student/AssignedExercisesModel.h"
#include "ui/student/ExerciseLibraryFilter.h"
#include "ui/student/ExerciseLibraryModel.h"
#include "ui/workbench/SessionDocument.h"
#include "ui/workbench/SessionMixDevice.h"
#include "ui/workbench/TrackIssueMap.h"
#include "ui/workbench/TrackTableModel.h"

#include "audio/WaveformPeakCache.h"
#include "audio/WaveformPeaks.h"
#include "exercise/ExerciseLoader.h"
#include "session/StemWriter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace prepmark;
using Field = SessionDocument::TrackField;

namespace {
Session threeTracks()
{
    Session session;
    session.exerciseKey = QStringLiteral("test");
    session.sampleRate = 48000;
    session.lengthSamples = 48000;
    for (const char *id : {"kick", "snare_top", "snare_bottom"}) {
        SessionTrack track;
        track.id = QString::fromLatin1(id);
        track.file = QStringLiteral("stems/%1.wav").arg(track.id);
        track.name = track.id + QStringLiteral("_FINAL");
        session.tracks << track;
    }
    return session;
}

// A 1 kHz sine of the given length and peak, mono.
AudioBuffer sine(qint64 frames, float peak, int rate = 48000)
{
    AudioBuffer buffer(1, frames, rate);
    for (qint64 i = 0; i < frames; ++i)
        buffer.channels[0][size_t(i)] = peak * float(std::sin(2.0 * M_PI * 1000.0 * double(i) / rate));
    return buffer;
}

std::vector<float> readMix(SessionMixDevice &mix, qint64 frames)
{
    std::vector<float> out(size_t(frames * 2));
    const qint64 bytes = mix.read(reinterpret_cast<char *>(out.data()), qint64(out.size() * sizeof(float)));
    out.resize(size_t(std::max<qint64>(0, bytes) / qint64(sizeof(float))));
    return out;
}

float peakOf(const std::vector<float> &samples)
{
    float peak = 0.0f;
    for (float s : samples)
        peak = std::max(peak, std::abs(s));
    return peak;
}
} // namespace

class TestWorkbenchModels : public QObject
{
    Q_OBJECT

private slots:
    void theLibraryAndItsFilterPassTheModelTester()
    {
        ExerciseLibraryModel library;
        ExerciseLibraryFilter filter;
        filter.setSourceModel(&library);
        QAbstractItemModelTester libraryTester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(library.rowCount(), 0);

        const Result<QVector<Exercise>> all = ExerciseLoader::allBundled();
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        library.setExercises(*all);

        // Expected counts straight from the exercise files, not from the loader.
        QHash<QString, int> perGenre;
        QHash<int, int> perDifficulty;
        int rockLevel2 = 0;
        const QDir exercises(QStringLiteral(PREPMARK_SOURCE_DIR "/exercises"));
        const QStringList keys = exercises.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &key : keys) {
            QFile file(exercises.filePath(key + QStringLiteral("/exercise.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
            ++perGenre[json.value(QStringLiteral("genre")).toString()];
            ++perDifficulty[json.value(QStringLiteral("difficulty")).toInt()];
            if (json.value(QStringLiteral("genre")).toString() == QLatin1String("rock")
                && json.value(QStringLiteral("difficulty")).toInt() == 2)
                ++rockLevel2;
        }
        QCOMPARE(library.rowCount(), int(keys.size()));
        QCOMPARE(filter.rowCount(), int(keys.size()));

        filter.setGenre(QStringLiteral("rock"));
        QCOMPARE(filter.rowCount(), perGenre.value(QStringLiteral("rock")));
        filter.setDifficulty(2);
        QCOMPARE(filter.rowCount(), rockLevel2);
        filter.setGenre(QString());
        QCOMPARE(filter.rowCount(), perDifficulty.value(2));
        filter.setDifficulty(0);
        QCOMPARE(filter.rowCount(), int(keys.size()));

        // Progress arrives after the exercises: the attempts column changes, rows do not.
        PracticeProgress progress;
        progress.exerciseKey = all->first().key;
        progress.attempts = 3;
        progress.latestAdequate = false;
        progress.latestBlocking = {QStringLiteral("signal_integrity")};
        library.setProgress({{progress.exerciseKey, progress}},
            {{QStringLiteral("signal_integrity"), QStringLiteral("Signal Integrity")}});
        const int row = library.rowOf(progress.exerciseKey);
        QCOMPARE(library.index(row, ExerciseLibraryModel::AttemptsColumn).data().toInt(), 3);
        QVERIFY(library.index(row, ExerciseLibraryModel::ProgressColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Signal Integrity")));

        library.setExercises({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void assignedExercisesPassTheModelTester()
    {
        AssignedExercisesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVector<StudentAssignmentRow> rows;
        for (int i = 0; i < 3; ++i) {
            StudentAssignmentRow row;
            row.assignment.id = i + 1;
            row.assignment.title = QStringLiteral("Assignment %1").arg(i + 1);
            row.assignment.exerciseTitle = QStringLiteral("Exercise %1").arg(i + 1);
            row.assignment.mode = i == 0 ? QStringLiteral("practice") : QStringLiteral("assessed");
            row.assignment.dueAt = QDateTime(QDate(2026, 12, 10 + i), QTime(17, 0), Qt::UTC);
            row.status = i == 2 ? QStringLiteral("released") : QString();
            row.attempts = i;
            if (i == 2) {
                row.releasedAdequate = false;
                row.releasedBlocking = {QStringLiteral("creative_intent")};
            }
            rows << row;
        }
        const QHash<QString, QString> names {{QStringLiteral("creative_intent"), QStringLiteral("Creative Intent")}};
        model.setRows(rows, names);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, AssignedExercisesModel::TitleColumn).data().toString(), QStringLiteral("Assignment 2"));
        QVERIFY(model.index(2, AssignedExercisesModel::VerdictColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Creative Intent")));
        model.setRows(rows.mid(0, 1), names);
        QCOMPARE(model.rowCount(), 1);
        model.setRows({}, names);
        QCOMPARE(model.rowCount(), 0);
    }

    void everyEditIsUndoableAndRedoable_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name") << int(Field::Name) << QVariant(QStringLiteral("Kick In"));
        QTest::newRow("colour") << int(Field::Colour) << QVariant(QStringLiteral("#c0392b"));
        QTest::newRow("group") << int(Field::Group) << QVariant(QStringLiteral("Drums"));
        QTest::newRow("bus") << int(Field::Bus) << QVariant(QStringLiteral("Drum bus"));
        QTest::newRow("gain") << int(Field::GainDb) << QVariant(-6.0);
        QTest::newRow("polarity") << int(Field::Polarity) << QVariant(true);
        QTest::newRow("offset") << int(Field::OffsetSamples) << QVariant(qint64(-42));
        QTest::newRow("fade in") << int(Field::FadeInSamples) << QVariant(qint64(240));
        QTest::newRow("fade out") << int(Field::FadeOutSamples) << QVariant(qint64(960));
        QTest::newRow("keep") << int(Field::Keep) << QVariant(true);
        QTest::newRow("reason") << int(Field::KeepReason) << QVariant(QStringLiteral("the brief wants the hiss"));
        QTest::newRow("removed") << int(Field::Removed) << QVariant(true);
    }

    void everyEditIsUndoableAndRedoable()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        SessionDocument document(threeTracks());
        const Session before = document.session();
        QSignalSpy changed(&document, &SessionDocument::changed);
        document.setTrackField(1, Field(field), value);
        QCOMPARE(SessionDocument::fieldValue(document.track(1), Field(field)), value);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        // setting the same value again is no edit
        document.setTrackField(1, Field(field), value);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.session(), before);
        document.undoStack()->redo();
        QCOMPARE(SessionDocument::fieldValue(document.track(1), Field(field)), value);
    }

    void familyColoursTheTrackInOneStep()
    {
        SessionDocument document(threeTracks());
        document.setTrackField(0, Field::Family, QStringLiteral("drums"));
        QCOMPARE(document.track(0).colour, QStringLiteral("#c0392b"));
        QCOMPARE(document.undoStack()->count(), 1);
        document.setTrackField(0, Field::Family, QStringLiteral("bass"));
        QCOMPARE(document.track(0).colour, QStringLiteral("#8e44ad")); // it had the old family's colour
        document.setTrackField(0, Field::Colour, QStringLiteral("#123456"));
        document.setTrackField(0, Field::Family, QStringLiteral("keys"));
        QCOMPARE(document.track(0).colour, QStringLiteral("#123456")); // a chosen colour stays
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.track(0).family, QStringLiteral("drums"));
        QCOMPARE(document.track(0).colour, QStringLiteral("#c0392b"));
    }

    void gainStepsMergeIntoOneUndo()
    {
        SessionDocument document(threeTracks());
        for (double gain : {-0.5, -1.0, -1.5, -2.0})
            document.setTrackField(0, Field::GainDb, gain);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.track(0).gainDb, 0.0);
        document.setTrackField(0, Field::GainDb, 200.0);
        QCOMPARE(document.track(0).gainDb, 48.0); // clamped to what session.json accepts
    }

    void markersAndNotesAreUndoable()
    {
        SessionDocument document(threeTracks());
        document.addMarker(QStringLiteral("Chorus"), 24000);
        document.addMarker(QStringLiteral("Intro"), 0);
        QCOMPARE(document.session().markers.size(), 2);
        QCOMPARE(document.session().markers[0].name, QStringLiteral("Intro")); // kept in time order
        document.renameMarker(1, QStringLiteral("Chorus 1"));
        document.moveMarker(1, 30000);
        document.moveMarker(0, 999999); // clamped to the session
        QCOMPARE(document.session().markers.last().positionSamples, 48000);
        document.removeMarker(0);
        QCOMPARE(document.session().markers.size(), 1);
        for (int i = 0; i < 4; ++i)
            document.undoStack()->undo();
        QCOMPARE(document.session().markers[1].name, QStringLiteral("Chorus"));
        QCOMPARE(document.session().markers[1].positionSamples, 24000);

        document.setNotes(SessionDocument::NotesSection::Found, QStringLiteral("S"));
        document.setNotes(SessionDocument::NotesSection::Found, QStringLiteral("Sn"));
        document.setNotes(SessionDocument::NotesSection::Found, QStringLiteral("Snare"));
        document.setNotes(SessionDocument::NotesSection::Questions, QStringLiteral("Which take?"));
        const int steps = document.undoStack()->count();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.session().notes.found, QString());
        QCOMPARE(document.undoStack()->index(), steps - 2);
    }

    void trackTablePassesTheModelTesterThroughEditsAndMoves()
    {
        SessionDocument document(threeTracks());
        TrackTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.setData(model.index(0, TrackTableModel::NameColumn), QStringLiteral("Kick")));
        QVERIFY(!model.setData(model.index(0, TrackTableModel::NameColumn), QStringLiteral("   ")));
        QVERIFY(!model.setData(model.index(0, TrackTableModel::ColourColumn), QStringLiteral("red")));
        QVERIFY(model.setData(model.index(2, TrackTableModel::PolarityColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(document.track(2).polarityInverted);
        QVERIFY(model.setData(model.index(1, TrackTableModel::FadeInColumn), 5.0)); // ms
        QCOMPARE(document.track(1).fadeInSamples, 240);
        QVERIFY(model.setData(model.index(1, TrackTableModel::OffsetColumn), qint64(-48)));
        QCOMPARE(model.index(1, TrackTableModel::OffsetColumn).data().toString(), QStringLiteral("-48 smp (-1.00 ms)"));

        // drag the last row to the top, then the top row below the last
        std::unique_ptr<QMimeData> drag(model.mimeData({model.index(2, 0)}));
        model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, QModelIndex());
        QCOMPARE(document.track(0).id, QStringLiteral("snare_bottom"));
        drag.reset(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(drag.get(), Qt::MoveAction, 3, 0, QModelIndex());
        QCOMPARE(document.track(2).id, QStringLiteral("snare_bottom"));
        drag.reset(model.mimeData({model.index(0, 0)}));
        model.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, model.index(1, 0)); // onto a row
        QCOMPARE(document.track(1).id, QStringLiteral("kick"));
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.session(), threeTracks());

        // monitoring is not an edit
        const int commands = document.undoStack()->count();
        QVERIFY(model.setData(model.index(0, TrackTableModel::SoloColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.isAudible(QStringLiteral("kick")));
        QVERIFY(!model.isAudible(QStringLiteral("snare_top")));
        QCOMPARE(document.undoStack()->count(), commands);
        QCOMPARE(document.undoStack()->index(), 0);

        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(0, TrackTableModel::NameColumn), QStringLiteral("x")));
        QVERIFY(!(model.flags(model.index(0, TrackTableModel::NameColumn)) & Qt::ItemIsEditable));
        drag.reset(model.mimeData({model.index(0, 0)}));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    }

    void issuesLandOnTheirTracksAndPairsOnBoth()
    {
        Session session = threeTracks();
        SessionAnalysis analysis;
        TrackAnalysis kick;
        kick.fileName = QStringLiteral("kick.wav");
        kick.format.sampleRate = 48000;
        kick.format.frames = 48000;
        kick.clipping.runs << ClippedRun {4800, 10, 0, false, 0.0} << ClippedRun {4900, 10, 0, false, 0.0}
                           << ClippedRun {24000, 10, 0, false, 0.0};
        analysis.tracks << kick;
        analysis.issues << AnalysisIssue {IssueKind::Clipping, IssueSeverity::Error, {QStringLiteral("kick.wav")}, 0.1,
            0.5, QStringLiteral("3 clipped runs")};
        analysis.issues << AnalysisIssue {IssueKind::PolarityInverted, IssueSeverity::Error,
            {QStringLiteral("snare_top.wav"), QStringLiteral("snare_bottom.wav")}, 0.2, 0.4,
            QStringLiteral("inverted")};
        analysis.issues << AnalysisIssue {IssueKind::DcOffset, IssueSeverity::Warning, {QStringLiteral("kick.wav")},
            std::nan(""), std::nan(""), QStringLiteral("DC")};
        analysis.issues << AnalysisIssue {IssueKind::Silent, IssueSeverity::Warning, {QStringLiteral("other.wav")},
            std::nan(""), std::nan(""), QStringLiteral("empty")};
        const TrackIssueMap map = TrackIssueMap::build(analysis, session);
        const QVector<IssueMark> kickMarks = map.marksFor(QStringLiteral("kick"));
        QCOMPARE(map.count(IssueMark::Kind::Clip), 2); // runs 2 ms apart are one stretch
        QCOMPARE(kickMarks[0].startSeconds, 0.1);
        QVERIFY(std::abs(kickMarks[0].endSeconds - 4910.0 / 48000) < 1e-9);
        QCOMPARE(kickMarks[1].startSeconds, 0.5);
        QVERIFY(!kickMarks[2].isPositioned());
        QCOMPARE(map.count(IssueMark::Kind::Pair), 2);
        QVERIFY(map.marksFor(QStringLiteral("snare_top")).first().label.contains(QStringLiteral("snare_bottom_FINAL")));
        QVERIFY(map.marksFor(QStringLiteral("snare_bottom")).first().label.contains(QStringLiteral("snare_top_FINAL")));
        QCOMPARE(map.unplaced().size(), 1);
    }

    void peaksAreExactAndCachedOnce()
    {
        QTemporaryDir dir;
        const QString stem = dir.filePath(QStringLiteral("tone.wav"));
        AudioBuffer buffer = sine(48000, 0.5f);
        buffer.channels[0][30000] = -0.9f;
        QVERIFY(StemWriter::write(buffer, 24, stem).ok());
        const Result<WaveformPeaks> peaks = WaveformPeaks::compute(stem, 256);
        QVERIFY2(peaks.ok(), qPrintable(peaks.errorMessage()));
        QCOMPARE(peaks->frames, 48000);
        QCOMPARE(peaks->bucketCount(), (48000 + 255) / 256);
        QVERIFY(std::abs(peaks->range(0, 48000).second - 0.5f) < 1e-3);
        QVERIFY(std::abs(peaks->range(29990, 30010).first + 0.9f) < 1e-3);
        QCOMPARE(peaks->range(60000, 70000), std::make_pair(0.0f, 0.0f));

        WaveformPeakCache cache(dir.filePath(QStringLiteral("peaks")));
        QVERIFY(cache.peaks(stem).ok());
        const QString cached = cache.cachePath(stem);
        QVERIFY(QFile::exists(cached));
        const Result<WaveformPeaks> again = cache.peaks(stem);
        QCOMPARE(again->minimum, peaks->minimum);
        // a damaged cache file is recomputed, never trusted
        QFile broken(cached);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("PMPK garbage");
        broken.close();
        QCOMPARE(cache.peaks(stem)->maximum, peaks->maximum);
        QVERIFY(!WaveformPeaks::fromBytes(QByteArray("nope"), QStringLiteral("x.peaks")).ok());
        QVERIFY(WaveformPeaks::fromBytes(QByteArray("nope"), QStringLiteral("x.peaks"))
                    .errorMessage()
                    .contains(QStringLiteral("x.peaks")));
    }

    void aCorruptStemIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        const QString stem = dir.filePath(QStringLiteral("broken.wav"));
        QFile file(stem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("RIFF\x10\x00\x00\x00WAVEjunkjunk", 20);
        file.close();
        const Result<WaveformPeaks> peaks = WaveformPeakCache(dir.filePath(QStringLiteral("peaks"))).peaks(stem);
        QVERIFY(!peaks.ok());
        QVERIFY(peaks.errorMessage().contains(QStringLiteral("broken.wav")));
    }

    void theMixAppliesGainPolarityOffsetAndSolo()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("stems")));
        for (const char *id : {"kick", "snare_top", "snare_bottom"})
            QVERIFY(StemWriter::write(
                sine(4800, 0.25f), 24, dir.filePath(QStringLiteral("stems/%1.wav").arg(QLatin1String(id))))
                        .ok());
        Session session = threeTracks();
        session.lengthSamples = 9600;
        SessionMixDevice mix(dir.path());
        QVERIFY(mix.setSession(session).isEmpty());
        QVERIFY(mix.open(QIODevice::ReadOnly));
        // three identical mono tracks in the centre: 3 * 0.25 * -3 dB
        QVERIFY(std::abs(peakOf(readMix(mix, 4800)) - 0.75f * float(M_SQRT1_2)) < 2e-3);
        QCOMPARE(peakOf(readMix(mix, 4800)), 0.0f); // after the stems end
        QVERIFY(readMix(mix, 100).empty()); // past the session

        session.tracks[2].polarityInverted = true; // cancels one of the others
        session.tracks[1].gainDb = -24.0;
        session.tracks[0].offsetSamples = 4800; // starts where the others end
        QVERIFY(mix.setSession(session).isEmpty());
        mix.seekFrame(0);
        const float first = peakOf(readMix(mix, 4800));
        QVERIFY(std::abs(first - 0.25f * float(M_SQRT1_2) * float(1.0 - std::pow(10.0, -24.0 / 20.0))) < 2e-3);
        QVERIFY(std::abs(peakOf(readMix(mix, 4800)) - 0.25f * float(M_SQRT1_2)) < 2e-3);

        mix.setAudible([](const QString &id) { return id == QLatin1String("snare_bottom"); });
        mix.seekFrame(0);
        QVERIFY(std::abs(peakOf(readMix(mix, 4800)) - 0.25f * float(M_SQRT1_2)) < 2e-3);

        session.tracks[2].file = QStringLiteral("stems/missing.wav");
        const QStringList errors = mix.setSession(session);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("missing.wav")));
    }
};

QTEST_MAIN(TestWorkbenchModels)
#include "tst_workbenchmodels.moc"
