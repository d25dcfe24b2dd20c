#include "exercise/DrumKit.h"
#include "exercise/ExerciseLoader.h"
#include "exercise/InstrumentFamily.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace prepmark;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(relative);
}

QString minimalPath()
{
    return sourcePath(QStringLiteral("tests/exercise/data/minimal-exercise.json"));
}

QJsonObject minimalExercise()
{
    QFile file(minimalPath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the minimal test exercise");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces the value at a path of keys and indexes: {"tracks", 3, "faults", 0, "percent"}.
QJsonValue replaced(const QJsonValue &node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant head = path.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[head.toInt()] = replaced(array[head.toInt()], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(head.toString());
        return object;
    }
    object[head.toString()] = replaced(object[head.toString()], path, value);
    return object;
}

Result<Exercise> loadEdited(const QList<QVariant> &path, const QJsonValue &value)
{
    const QJsonObject edited = replaced(minimalExercise(), path, value).toObject();
    return ExerciseLoader::fromJson(QJsonDocument(edited).toJson(), QStringLiteral("test.json"));
}

const NoteEvent *noteAt(const Source &source, qint64 tick)
{
    for (const NoteEvent &note : source.notes) {
        if (note.startTick == tick)
            return &note;
    }
    return nullptr;
}

} // namespace

class TestExerciseLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheMinimalExercise()
    {
        const Result<Exercise> loaded
            = ExerciseLoader::fromJson(QJsonDocument(minimalExercise()).toJson(), QStringLiteral("min.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Exercise &exercise = *loaded;
        QCOMPARE(exercise.key, QStringLiteral("test-minimal"));
        QCOMPARE(exercise.genre, Genre::Rock);
        QCOMPARE(exercise.difficulty, 2);
        QCOMPARE(exercise.totalBars(), 3);
        QCOMPARE(exercise.sections[1].firstBar, 2);
        QCOMPARE(exercise.meter.barTicks(), qint64(4 * kTicksPerQuarter));
        // three bars of 4/4 at 120 = 6 s, plus a 1 s tail
        QCOMPARE(exercise.lengthSeconds(), 7.0);
        QCOMPARE(exercise.lengthFrames(48000), qint64(336000));
        QCOMPARE(exercise.lengthFrames(44100), qint64(308700));

        const Source *drums = exercise.source(QStringLiteral("drums"));
        QVERIFY(drums);
        QCOMPARE(drums->kind, Source::Kind::DrumKit);
        QCOMPARE(drums->bank, 128);
        // per bar: 3 kicks, 2 snares, 8 hats; played in two verse bars
        QCOMPARE(drums->notes.size(), 26);
        const qint64 verse = exercise.barStartTick(2);
        QCOMPARE(drums->notes.first().startTick, verse);
        QCOMPARE(drums->faults.size(), 1);
        QCOMPARE(drums->faults[0].kind, FaultKind::Timing);
        QCOMPARE(drums->faults[0].lane, QStringLiteral("snare"));
        // a two-bar riff in the one-bar intro plays its first bar only
        const Result<Exercise> truncated = loadEdited({"sources", 1, "play", "Intro"}, "riff");
        QVERIFY2(truncated.ok(), qPrintable(truncated.errorMessage()));
        QCOMPARE(truncated->source(QStringLiteral("bass"))->notes.first().key, 40);
        const QVector<NoteEvent> &intro = truncated->source(QStringLiteral("bass"))->notes;
        QCOMPARE(std::count_if(intro.begin(), intro.end(),
                     [&](const NoteEvent &n) { return n.startTick < exercise.barStartTick(2); }),
            6);

        const Source *bass = exercise.source(QStringLiteral("bass"));
        QVERIFY(bass);
        // the intro holds a two-note chord for a whole bar (gate 0.9)
        const NoteEvent *chord = noteAt(*bass, 0);
        QVERIFY(chord);
        QCOMPARE(chord->lengthTicks, qint64(3456));
        // "E2:h~ E2:q" is one note: the tied half in full, then the gated quarter
        const NoteEvent *tied = noteAt(*bass, exercise.barStartTick(3));
        QVERIFY(tied);
        QCOMPARE(tied->key, 40);
        QCOMPARE(tied->lengthTicks, qint64(2 * kTicksPerQuarter + 864));
        QVERIFY(!noteAt(*bass, exercise.barStartTick(3) + 2 * kTicksPerQuarter));
        QCOMPARE(tied->velocity, 100);

        const Source *guitar = exercise.source(QStringLiteral("gtr"));
        QVERIFY(guitar);
        QCOMPARE(guitar->notes.size(), bass->notes.size());
        // copied an octave up, and the second eighth of the verse swings to 60 %
        const NoteEvent *swung = noteAt(*guitar, verse + 576);
        QVERIFY(swung);
        QCOMPARE(swung->key, 52);
        QCOMPARE(swung->writtenTick, verse + 480);

        QCOMPARE(exercise.tracks.size(), 6);
        const DeliveredTrack *kick = exercise.track(QStringLiteral("kick"));
        QCOMPARE(kick->file, QStringLiteral("kik_FINAL_v2.wav"));
        QCOMPARE(kick->feeds.size(), 2);
        QCOMPARE(kick->mic.preset, QStringLiteral("kick_in"));
        const DeliveredTrack *bottom = exercise.track(QStringLiteral("snare_bottom"));
        QCOMPARE(bottom->mic.highpassHz, 220.0);
        QCOMPARE(bottom->mic.highShelfDb, 3.0);
        const DeliveredTrack *bassDi = exercise.track(QStringLiteral("bass_di"));
        QCOMPARE(bassDi->peakDbfs, -10.0);
        QCOMPARE(bassDi->faults.size(), 2);
        QCOMPARE(bassDi->faults[1].bits, 16);
        QCOMPARE(exercise.track(QStringLiteral("gtr"))->channels, 2);
        QVERIFY(exercise.track(QStringLiteral("audio07"))->feeds.isEmpty());

        const AnswerKey &key = exercise.answerKey;
        QCOMPARE(key.expectedOrder(), (QStringList {"kick", "snare_top", "snare_bottom", "bass_di", "gtr"}));
        QCOMPARE(key.groups(), QStringList {"Drums"});
        QCOMPARE(key.busMembers(QStringLiteral("Drum Bus")).size(), 3);
        QCOMPARE(
            key.forTrack(QStringLiteral("kick"))->colour, InstrumentFamily::defaultColour(QStringLiteral("drums")));
        QCOMPARE(key.forTrack(QStringLiteral("gtr"))->colour, QStringLiteral("#ffcc00"));
        QVERIFY(key.forTrack(QStringLiteral("audio07"))->remove);
        QCOMPARE(key.pairs.size(), 1);
        QCOMPARE(key.pairs[0].toleranceMs, 0.25);
        QCOMPARE(key.topicsOfKind(NoteTopic::Kind::Question).size(), 1);
        QCOMPARE(key.topics[0].keywords[1], (QStringList {"polarity", "phase", "flip"}));

        const QVector<FaultLocation> faults = exercise.plantedFaults();
        QCOMPARE(faults.size(), 6);
        QCOMPARE(exercise.faultsWithIntent(FaultIntent::Keep).size(), 1);
        const FaultLocation timing = faults.last();
        QCOMPARE(timing.sourceId, QStringLiteral("drums"));
        QCOMPARE(timing.affectedTracks, (QStringList {"kick", "snare_top", "snare_bottom"}));
    }

    void rejectsWrongExercises_data()
    {
        QTest::addColumn<QList<QVariant>>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, QList<QVariant> path, QJsonValue value, const char *expected) {
            QTest::newRow(name) << path << value << QString::fromUtf8(expected);
        };
        row("format", {"format"}, 2, "$.format: format 2 is not supported");
        row("missing title", {"title"}, QJsonValue::Undefined, "$.title: missing required field");
        row("genre", {"genre"}, "polka", "$.genre: unknown genre \"polka\"");
        row("difficulty", {"difficulty"}, 4, "$.difficulty: difficulty 4 is not 1, 2 or 3");
        row("meter", {"meter"}, "5/3", "$.meter: \"5/3\" is not a meter");
        row("rate", {"sampleRate"}, 22050, "$.sampleRate:");
        row("unknown field", {"mood"}, "happy", "$.mood: unknown field");
        row("section bars", {"sections", 1, "bars"}, 0, "$.sections[1].bars: a section has 1-64 bars");
        row("duplicate section", {"sections", 1, "name"}, "Intro", "$.sections[1].name: duplicate section \"Intro\"");
        row("kit", {"sources", 0, "kit"}, "toy", "$.sources[0].kit: unknown drum kit \"toy\"");
        row("drum lane", {"sources", 0, "patterns", "beat", "cowbel"}, "x...............",
            "$.sources[0].patterns.beat: lane \"cowbel\" is not a drum");
        row("drum steps", {"sources", 0, "patterns", "beat", "kick"}, "x... ....",
            "$.sources[0].patterns.beat: lane \"kick\", bar 1 has 8 steps, the pattern has 16");
        row("drum char", {"sources", 0, "patterns", "beat", "kick"}, "x... ..?. x... ....",
            "lane \"kick\", bar 1, step 7: \"?\" is not a step");
        row("bar too long", {"sources", 1, "patterns", "riff"}, "E2:q E2 E2 E2 E2",
            "$.sources[1].patterns.riff: bar 1 lasts 5 quarter notes, a bar of 4/4 lasts 4");
        row("bad note", {"sources", 1, "patterns", "riff"}, "E2:h H2",
            "$.sources[1].patterns.riff: bar 1, token 2 \"H2\": \"H2\" is not a note");
        row("bad duration", {"sources", 1, "patterns", "riff"}, "E2:x E2:w",
            "bar 1, token 1 \"E2:x\": unknown duration \"x\"");
        row("open chord", {"sources", 1, "patterns", "hold"}, "[E2 B2:w",
            "$.sources[1].patterns.hold: bar 1: chord \"[E2 B2:w\" is not closed");
        row("play section", {"sources", 1, "play", "Bridge"}, "riff",
            "$.sources[1].play.Bridge: no section \"Bridge\"");
        row("play pattern", {"sources", 1, "play", "Verse"}, "riff*2 solo",
            "$.sources[1].play.Verse: no pattern \"solo\"");
        row("play too long", {"sources", 1, "play", "Verse"}, "riff hold",
            "$.sources[1].play.Verse: \"hold\" would start after the end of section \"Verse\" (2 bars)");
        row("part from", {"sources", 2, "partFrom"}, "keys", "$.sources[2].partFrom: no earlier source \"keys\"");
        row("two instruments", {"sources", 1, "kit"}, "standard",
            "$.sources[1].program: a source needs exactly one of");
        row("swing", {"sources", 2, "swing"}, 80, "$.sources[2].swing: swing 80 is outside 50");
        row("timing without note", {"sources", 0, "faults", 0, "beat"}, 2.5,
            "$.sources[0].faults[0].beat: no note of \"drums\" on snare starts at bar 3 beat 2.5");
        row("timing bar", {"sources", 0, "faults", 0, "bar"}, 9,
            "$.sources[0].faults[0].bar: bar 9 is outside the arrangement");
        row("track id", {"tracks", 1, "id"}, "kick", "$.tracks[1].id: duplicate track id \"kick\"");
        row("same file", {"tracks", 1, "name"}, "KIK_final_v2",
            "$.tracks[1].name: file \"KIK_final_v2.wav\" is delivered twice");
        row("file name", {"tracks", 1, "file"}, "a/b.wav",
            "$.tracks[1].file: \"a/b.wav\" is not a plain .wav file name");
        row("feed source", {"tracks", 3, "from"}, "bas", "$.tracks[3].from: no source \"bas\"");
        row("feed piece", {"tracks", 0, "from", "drums.cowbell"}, 0,
            "$.tracks[0].from.drums.cowbell: \"cowbell\" is not a kit piece");
        row("feed unplayed", {"tracks", 0, "from", "drums.cymbals"}, -20,
            "the part of \"drums\" never plays the cymbals");
        row("mic preset", {"tracks", 0, "mic"}, "u87", "$.tracks[0].mic: unknown mic preset \"u87\"");
        row("mic field", {"tracks", 2, "mic", "highpassHz"}, 5000,
            "$.tracks[2].mic.highpassHz: 5000 is outside 0 to 2000");
        row("fault type", {"tracks", 2, "faults", 0, "type"}, "reversed",
            "$.tracks[2].faults[0].type: unknown fault \"reversed\"");
        row("fault expect", {"tracks", 2, "faults", 0, "expect"}, "maybe",
            "$.tracks[2].faults[0].expect: \"maybe\" is not one of: fix, keep");
        row("fault on wrong level", {"tracks", 2, "faults", 0, "type"}, "timing",
            "\"timing\" is a performance fault: put it on the source");
        row("keep without reason", {"tracks", 4, "faults", 0, "reason"}, QJsonValue::Undefined,
            "$.tracks[4].faults[0].reason: a fault the brief asks to keep needs a reason");
        row("fault parameter", {"tracks", 3, "faults", 0, "percent"}, 40,
            "$.tracks[3].faults[0].percent: 40 is outside -25 to 25");
        row("fault missing parameter", {"tracks", 3, "faults", 0, "percent"}, QJsonValue::Undefined,
            "$.tracks[3].faults[0].percent: missing required field");
        row("fault unknown parameter", {"tracks", 3, "faults", 0, "hz"}, 3, "$.tracks[3].faults[0].hz: unknown field");
        row("bit depth", {"tracks", 3, "faults", 1, "bits"}, 24,
            "$.tracks[3].faults[1].bits: 24 bits is not below the session's 24");
        row("stereo only", {"tracks", 3, "faults", 1}, QJsonObject {{"type", "dual_mono"}, {"expect", "fix"}},
            "$.tracks[3].faults[1]: \"dual_mono\" needs a stereo track");
        row("twice", {"tracks", 3, "faults", 1}, QJsonObject {{"type", "dc_offset"}, {"percent", 2}, {"expect", "fix"}},
            "$.tracks[3].faults[1]: \"dc_offset\" is planted twice on this track");
        row("empty with feed", {"tracks", 5, "from"}, "bass", "$.tracks[5].from: an empty track has no sources");
        row("no feed", {"tracks", 3, "from"}, QJsonValue::Undefined, "$.tracks[3]: track \"bass_di\" needs \"from\"");
        row("answer track", {"answerKey", "tracks", 1, "track"}, "snare",
            "$.answerKey.tracks[1].track: no delivered track \"snare\"");
        row("answer twice", {"answerKey", "tracks", 1, "track"}, "kick",
            "$.answerKey.tracks[1].track: track \"kick\" is listed twice");
        row("answer family", {"answerKey", "tracks", 3, "family"}, "woodwind",
            "$.answerKey.tracks[3].family: unknown instrument family \"woodwind\"");
        row("answer colour", {"answerKey", "tracks", 4, "colour"}, "yellow",
            "$.answerKey.tracks[4].colour: \"yellow\" is not a colour");
        row("answer name clash", {"answerKey", "tracks", 1, "name"}, "kick",
            "$.answerKey.tracks[1].name: two tracks would be named \"kick\"");
        row("answer keeps empty", {"answerKey", "tracks", 5},
            QJsonObject {{"track", "audio07"}, {"name", "Spare"}, {"family", "fx"}},
            "$.answerKey.tracks: track \"audio07\" is empty: the answer key must remove it");
        row("answer removed with name", {"answerKey", "tracks", 5, "name"}, "Spare",
            "$.answerKey.tracks[5].name: unknown field");
        row("pair removed", {"answerKey", "pairs", 0, "b"}, "audio07",
            "$.answerKey.pairs[0].b: \"audio07\" is not a track that stays");
        row("pair polarity", {"answerKey", "pairs", 0, "polarity"}, "flipped", "$.answerKey.pairs[0].polarity:");
        row("topic kind", {"answerKey", "topics", 0, "kind"}, "done",
            "$.answerKey.topics[0].kind: \"done\" is not found");
        row("topic id", {"answerKey", "topics", 1, "id"}, "snare_polarity",
            "$.answerKey.topics[1].id: duplicate topic id");
        row("topic words", {"answerKey", "topics", 0, "keywords", 1}, QJsonArray(),
            "$.answerKey.topics[0].keywords[1]: expected a non-empty list");
    }

    void rejectsWrongExercises()
    {
        QFETCH(QList<QVariant>, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Result<Exercise> loaded = loadEdited(path, value);
        QVERIFY2(!loaded.ok(), "the edited exercise was accepted");
        QVERIFY2(loaded.errorMessage().startsWith(QStringLiteral("test.json: ")), qPrintable(loaded.errorMessage()));
        QVERIFY2(loaded.errorMessage().contains(expected), qPrintable(loaded.errorMessage()));
    }

    void rejectsDuplicateJsonKeys()
    {
        const QByteArray text = "{\"format\": 1, \"key\": \"a\", \"key\": \"b\"}";
        const Result<Exercise> loaded = ExerciseLoader::fromJson(text, QStringLiteral("dup.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errorMessage(), QStringLiteral("dup.json: $.key: duplicate key"));
    }

    void folderMustMatchKey()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("other-name")));
        const QString path = dir.filePath(QStringLiteral("other-name/exercise.json"));
        QVERIFY(QFile::copy(minimalPath(), path));
        const Result<Exercise> loaded = ExerciseLoader::fromFile(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(
                     QStringLiteral("$.key: \"test-minimal\" does not match its folder \"other-name\"")),
            qPrintable(loaded.errorMessage()));
        const Result<Exercise> missing = ExerciseLoader::fromFile(dir.filePath(QStringLiteral("nope/exercise.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("nope/exercise.json: cannot read")));
    }

    void bundledExercisesFollowTheRules_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : ExerciseLoader::bundledKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    // Every bundled exercise is 30-60 s of music with 6-16 tracks, and assesses all five
    // dimensions at once (docs/ARCHITECTURE.md): something to fix in the signal, a session to
    // organise, editing to do, notes to write, and something the brief wants kept.
    void bundledExercisesFollowTheRules()
    {
        QFETCH(QString, key);
        const Result<Exercise> loaded = ExerciseLoader::bundled(key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Exercise &exercise = *loaded;
        QVERIFY2(exercise.musicSeconds() >= 30.0 && exercise.musicSeconds() <= 60.0,
            qPrintable(QString::number(exercise.musicSeconds())));
        QVERIFY(exercise.tailSeconds >= 2.0);
        const qsizetype tracks = exercise.tracks.size();
        QVERIFY2(tracks >= 6 && tracks <= 16, qPrintable(QString::number(tracks)));
        if (exercise.difficulty == 1)
            QVERIFY2(tracks <= 10, "a first-level exercise has at most 10 tracks");
        if (exercise.difficulty == 3)
            QVERIFY2(tracks >= 12, "a third-level exercise has at least 12 tracks");

        const QSet<FaultKind> signalKinds {FaultKind::Clipping, FaultKind::Hot, FaultKind::DcOffset,
            FaultKind::Polarity, FaultKind::Delay, FaultKind::Hum, FaultKind::Noise, FaultKind::PhraseNoise,
            FaultKind::Clicks, FaultKind::SampleRate, FaultKind::BitDepth, FaultKind::Unconsolidated,
            FaultKind::DualMono, FaultKind::OneSideSilent};
        const QSet<FaultKind> editingKinds {
            FaultKind::Clicks, FaultKind::PhraseNoise, FaultKind::Timing, FaultKind::Pitch};
        bool signalFix = false, editing = false;
        for (const FaultLocation &location : exercise.plantedFaults()) {
            signalFix
                = signalFix || (location.fault.intent == FaultIntent::Fix && signalKinds.contains(location.fault.kind));
            editing = editing || editingKinds.contains(location.fault.kind);
            // polarity and delay are only measurable against a related track
            if (location.fault.kind == FaultKind::Polarity || location.fault.kind == FaultKind::Delay) {
                const bool paired = std::any_of(exercise.answerKey.pairs.begin(), exercise.answerKey.pairs.end(),
                    [&](const ExpectedPair &pair) { return pair.a == location.trackId || pair.b == location.trackId; });
                QVERIFY2(paired, qPrintable(location.trackId + QStringLiteral(" has a pair fault but no pair")));
            }
        }
        QVERIFY2(signalFix, "Signal Integrity: no signal fault to fix");
        QVERIFY2(!exercise.answerKey.groups().isEmpty(), "Workflow: no groups in the answer key");
        QVERIFY2(exercise.sections.size() >= 3, "Workflow: fewer than three sections to mark");
        int renamed = 0;
        for (const ExpectedTrack &expected : exercise.answerKey.tracks)
            renamed += !expected.remove && exercise.track(expected.trackId)->name != expected.name;
        QVERIFY2(renamed * 2 >= exercise.answerKey.expectedOrder().size(),
            "Workflow: most delivered names are already right");
        QVERIFY2(editing, "Musical Refinement: no edit, phrase, timing or take problem");
        const AnswerKey &answers = exercise.answerKey;
        QVERIFY2(!answers.topicsOfKind(NoteTopic::Kind::Found).isEmpty()
                || !answers.topicsOfKind(NoteTopic::Kind::Fixed).isEmpty(),
            "Documentation: no found or fixed topic");
        QVERIFY2(!answers.topicsOfKind(NoteTopic::Kind::Kept).isEmpty(), "Documentation: no kept topic");
        QVERIFY2(
            !answers.topicsOfKind(NoteTopic::Kind::Question).isEmpty(), "Documentation: no question for the artist");
        QVERIFY2(!answers.topicsOfKind(NoteTopic::Kind::Reference).isEmpty(), "Documentation: no reference");
        QVERIFY2(
            !exercise.faultsWithIntent(FaultIntent::Keep).isEmpty(), "Creative Intent: nothing the brief asks to keep");
    }

    // The set as a whole: 27 exercises, three per genre at difficulties 1, 2 and 3,
    // each different in what it plants and what it asks to keep, harder ones bigger.
    void bundledSetIsComplete()
    {
        const Result<QVector<Exercise>> all = ExerciseLoader::allBundled();
        QVERIFY2(all.ok(), qPrintable(all.errorMessage()));
        QCOMPARE(all->size(), 27);
        QMap<Genre, QList<int>> difficulties;
        QSet<QString> titles;
        QMap<QString, QString> signatures;
        QSet<FaultKind> kindsUsed;
        for (const Exercise &exercise : *all) {
            difficulties[exercise.genre] << exercise.difficulty;
            QVERIFY2(!titles.contains(exercise.title), qPrintable(exercise.title));
            titles.insert(exercise.title);
            QStringList signature;
            for (const FaultLocation &location : exercise.plantedFaults()) {
                signature << faultKindKey(location.fault.kind) + QLatin1Char('/')
                        + faultIntentKey(location.fault.intent);
                kindsUsed.insert(location.fault.kind);
            }
            signature.sort();
            const QString joined = signature.join(QLatin1Char(','));
            QVERIFY2(!signatures.contains(joined),
                qPrintable(exercise.key + QStringLiteral(" plants the same faults as ") + signatures.value(joined)));
            signatures.insert(joined, exercise.key);
        }
        for (Genre genre : allGenres())
            QCOMPARE(difficulties.value(genre), (QList<int> {1, 2, 3})); // allBundled() sorts by genre, then difficulty
        for (const QString &kind : allFaultKindKeys())
            QVERIFY2(
                kindsUsed.contains(*faultKindFromKey(kind)), qPrintable(kind + QStringLiteral(" is planted nowhere")));
        for (int g = 0; g < 9; ++g) {
            const Exercise &easy = (*all)[g * 3];
            const Exercise &hard = (*all)[g * 3 + 2];
            QVERIFY2(hard.tracks.size() > easy.tracks.size(), qPrintable(hard.key));
            QVERIFY2(hard.plantedFaults().size() > easy.plantedFaults().size(), qPrintable(hard.key));
        }
    }

    void unknownBundledKey()
    {
        const Result<Exercise> loaded = ExerciseLoader::bundled(QStringLiteral("no-such-exercise"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errorMessage(), QStringLiteral("no bundled exercise \"no-such-exercise\""));
    }
};

QTEST_GUILESS_MAIN(TestExerciseLoader)
#include "tst_exerciseloader.moc"
