#include "session/SessionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {

Session fullSession()
{
    Session session;
    session.exerciseKey = QStringLiteral("rock-test");
    session.title = QStringLiteral("Test");
    session.state = Session::State::Prepared;
    session.sampleRate = 44100;
    session.bitDepth = 24;
    session.lengthSamples = 1323000;
    session.tempo = 132.5;
    session.meter = QStringLiteral("6/8");
    SessionTrack kick;
    kick.id = QStringLiteral("kick");
    kick.file = QStringLiteral("stems/kik_FINAL_v2.wav");
    kick.name = QStringLiteral("Kick In");
    kick.colour = QStringLiteral("#c0392b");
    kick.family = QStringLiteral("drums");
    kick.group = QStringLiteral("Drums");
    kick.bus = QStringLiteral("Drum Bus");
    kick.gainDb = -3.5;
    kick.polarityInverted = true;
    kick.offsetSamples = -101;
    kick.fadeInSamples = 220;
    kick.fadeOutSamples = 882;
    kick.cuts = {{100, 2000}, {50000, 60000}};
    kick.processing = {QStringLiteral("remove_dc"), QStringLiteral("declick")};
    kick.keep = true;
    kick.keepReason = QStringLiteral("The artist likes the boom.");
    kick.fileSampleRate = 48000;
    kick.fileBitDepth = 16;
    kick.fileChannels = 1;
    kick.fileFrames = 1440000;
    SessionTrack empty;
    empty.id = QStringLiteral("audio07");
    empty.file = QStringLiteral("stems/Audio 07.wav");
    empty.name = QStringLiteral("Audio 07");
    empty.removed = true;
    session.tracks = {kick, empty};
    session.markers = {{QStringLiteral("Intro"), 0}, {QStringLiteral("Verse 1"), 88200}};
    session.notes.found = QStringLiteral("Kick out of polarity.");
    session.notes.fixed = QStringLiteral("Flipped it.");
    session.notes.left = QStringLiteral("Boom kept.");
    session.notes.questions = QStringLiteral("More boom?");
    session.notes.references = QStringLiteral("Track X at 1:20.");
    return session;
}

QJsonObject fullJson()
{
    return QJsonDocument::fromJson(SessionJson::toJson(fullSession())).object();
}

} // namespace

class TestSessionJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const Session session = fullSession();
        const QByteArray json = SessionJson::toJson(session);
        const Result<Session> read = SessionJson::fromJson(json, QStringLiteral("s.json"));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(*read == session);
        // writing again gives the same bytes: the format is stable
        QCOMPARE(SessionJson::toJson(*read), json);
    }

    void writesAndReadsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.json"));
        QVERIFY(SessionJson::write(fullSession(), path).ok());
        const Result<Session> read = SessionJson::read(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->tracks.size(), 2);
        QCOMPARE(read->activeTracks().size(), 1);
        QCOMPARE(read->track(QStringLiteral("kick"))->offsetSamples, qint64(-101));
        QCOMPARE(read->indexOf(QStringLiteral("audio07")), 1);
        QVERIFY(!read->track(QStringLiteral("snare")));
        const Result<Session> missing = SessionJson::read(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("none.json: cannot read")));
    }

    void minimalSessionGetsDefaults()
    {
        const QByteArray json = R"({"format": "prepmark-session", "version": 1, "sampleRate": 48000, "bitDepth": 24,
            "lengthSamples": 480000, "tracks": [{"id": "a", "file": "a.wav", "name": "A"}]})";
        const Result<Session> read = SessionJson::fromJson(json, QStringLiteral("m.json"));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->state, Session::State::Delivered);
        QCOMPARE(read->tracks[0].gainDb, 0.0);
        QVERIFY(!read->tracks[0].polarityInverted);
        QVERIFY(read->notes.isEmpty());
        QVERIFY(read->markers.isEmpty());
    }

    void notesText()
    {
        const QString text = fullSession().notes.allText();
        QVERIFY(text.startsWith(QStringLiteral("## Found\nKick out of polarity.\n")));
        QVERIFY(text.contains(QStringLiteral("## Questions for the artist\nMore boom?")));
        QVERIFY(SessionNotes().allText().isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *pointer, QJsonValue value, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(pointer) << value << QString::fromUtf8(expected);
        };
        row("format", "format", "reaper", "$.format: \"reaper\" is not a PrepMark session");
        row("version", "version", 7, "$.version: version 7 is not supported");
        row("state", "state", "mixed", "$.state: state is \"delivered\" or \"prepared\"");
        row("rate", "sampleRate", 12, "$.sampleRate: 12 Hz is not a sample rate");
        row("length", "lengthSamples", 0, "$.lengthSamples: 0 is below 1");
        row("fraction", "lengthSamples", 10.5, "$.lengthSamples: expected a whole number of samples");
        row("unknown", "mood", "calm", "$.mood: unknown field");
        row("id", "tracks/1/id", "kick", "$.tracks[1].id: duplicate track id \"kick\"");
        row("escape", "tracks/0/file", "../secret.wav", "$.tracks[0].file: \"../secret.wav\" must be a path inside");
        row("absolute", "tracks/0/file", "/etc/passwd", "$.tracks[0].file: \"/etc/passwd\" must be a path inside");
        row("colour", "tracks/0/colour", "red", "$.tracks[0].colour: \"red\" is not a colour");
        row("family", "tracks/0/family", "kazoo", "$.tracks[0].family: unknown instrument family \"kazoo\"");
        row("fade", "tracks/0/fadeInSamples", -5, "$.tracks[0].fadeInSamples: -5 is below 0");
        row("gain", "tracks/0/gainDb", 100, "$.tracks[0].gainDb: gain 100 dB is outside");
        row("polarity type", "tracks/0/polarityInverted", "yes", "$.tracks[0].polarityInverted: expected a boolean");
        row("cut", "tracks/0/cuts/0", QJsonArray {500, 100}, "$.tracks[0].cuts[0]: [500, 100] is not a range");
        row("cut shape", "tracks/0/cuts/1", 7, "$.tracks[0].cuts[1]: expected [start, end]");
        row("processing", "tracks/0/processing/1", "autotune",
            "$.tracks[0].processing[1]: unknown processing step \"autotune\"");
        row("track field", "tracks/0/solo", true, "$.tracks[0].solo: unknown field");
        row("delivered field", "tracks/0/delivered/codec", "mp3", "$.tracks[0].delivered.codec: unknown field");
        row("marker", "markers/1/positionSamples", -1, "$.markers[1].positionSamples: -1 is below 0");
        row("marker name", "markers/0/name", "", "$.markers[0].name: must not be empty");
        row("notes", "notes/todo", "x", "$.notes.todo: unknown field");
    }

    void rejects()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        // apply the edit along the pointer
        std::function<QJsonValue(const QJsonValue &, QStringList)> edit
            = [&](const QJsonValue &node, QStringList keys) -> QJsonValue {
            if (keys.isEmpty())
                return value;
            const QString head = keys.takeFirst();
            bool isIndex = false;
            const int index = head.toInt(&isIndex);
            if (isIndex) {
                QJsonArray array = node.toArray();
                array[index] = edit(array[index], keys);
                return array;
            }
            QJsonObject object = node.toObject();
            object[head] = edit(object[head], keys);
            return object;
        };
        const QJsonObject edited = edit(fullJson(), pointer.split(QLatin1Char('/'))).toObject();
        const Result<Session> read = SessionJson::fromJson(QJsonDocument(edited).toJson(), QStringLiteral("bad.json"));
        QVERIFY2(!read.ok(), "the edited session was accepted");
        QVERIFY2(read.errorMessage().startsWith(QStringLiteral("bad.json: ")), qPrintable(read.errorMessage()));
        QVERIFY2(read.errorMessage().contains(expected), qPrintable(read.errorMessage()));
    }

    void rejectsDuplicateKeys()
    {
        const Result<Session> read
            = SessionJson::fromJson(R"({"format": "prepmark-session", "format": "x"})", QStringLiteral("d.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.errorMessage(), QStringLiteral("d.json: $.format: duplicate key"));
    }
};

QTEST_GUILESS_MAIN(TestSessionJson)
#include "tst_sessionjson.moc"
