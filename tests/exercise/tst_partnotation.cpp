#include "exercise/PartNotation.h"

#include <QTest>

#include <algorithm>

using namespace prepmark;

class TestPartNotation : public QObject
{
    Q_OBJECT

private slots:
    void pitches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("key");
        QTest::newRow("middle C") << "C4" << 60;
        QTest::newRow("A440") << "A4" << 69;
        QTest::newRow("sharp") << "F#3" << 54;
        QTest::newRow("flat") << "Bb2" << 46;
        QTest::newRow("B sharp wraps up") << "B#3" << 60;
        QTest::newRow("lowest") << "C-1" << 0;
        QTest::newRow("lowercase") << "c4" << -1;
        QTest::newRow("no octave") << "C" << -1;
        QTest::newRow("too high") << "A9" << -1;
    }
    void pitches()
    {
        QFETCH(QString, name);
        QFETCH(int, key);
        QCOMPARE(PartNotation::parsePitch(name).value_or(-1), key);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ticks");
        QTest::newRow("whole") << "w" << 3840;
        QTest::newRow("dotted quarter") << "q." << 1440;
        QTest::newRow("double-dotted half") << "h.." << 3360;
        QTest::newRow("eighth triplet") << "e3" << 320;
        QTest::newRow("sixteenth") << "s" << 240;
        QTest::newRow("thirty-second") << "t" << 120;
        QTest::newRow("unknown") << "x" << -1;
        QTest::newRow("three dots") << "q..." << -1;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(int, ticks);
        QCOMPARE(PartNotation::parseDuration(text).value_or(-1), qint64(ticks));
    }

    void durationCarriesOverAndVelocityAndStaccato()
    {
        PartNotation::PitchedStyle style;
        style.velocity = 80;
        style.gate = 1.0;
        const Result<Pattern> pattern
            = PartNotation::parsePitched(QStringLiteral("C3:e D3 E3@110 F3' [G3 B3]:q r"), Meter {4, 4}, style);
        QVERIFY2(pattern.ok(), qPrintable(pattern.errorMessage()));
        const QVector<PatternBar::Note> &notes = pattern->bars[0].notes;
        QCOMPARE(notes.size(), 6);
        QCOMPARE(notes[1].event.startTick, qint64(480));
        QCOMPARE(notes[2].event.velocity, 110);
        QCOMPARE(notes[1].event.velocity, 80);
        QCOMPARE(notes[3].event.lengthTicks, qint64(240)); // staccato: half the eighth
        QCOMPARE(notes[4].event.startTick, qint64(1920));
        QCOMPARE(notes[5].event.key, 59);
        QCOMPARE(notes[5].event.startTick, qint64(1920));
    }

    void compoundMeter()
    {
        const Result<Pattern> pattern = PartNotation::parsePitched(
            QStringLiteral("A3:q. C4:e D4 E4 | A3:h."), Meter {6, 8}, PartNotation::PitchedStyle());
        QVERIFY2(pattern.ok(), qPrintable(pattern.errorMessage()));
        QCOMPARE(pattern->bars.size(), 2);
        const Result<Pattern> wrong
            = PartNotation::parsePitched(QStringLiteral("A3:h."), Meter {7, 8}, PartNotation::PitchedStyle());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.errorMessage(), QStringLiteral("bar 1 lasts 3 quarter notes, a bar of 7/8 lasts 3.5"));
    }

    void drumsOfTwoBars()
    {
        const Result<Pattern> pattern
            = PartNotation::parseDrums({{QStringLiteral("kick"), QStringLiteral("X..o|g...")},
                                           {QStringLiteral("hat"), QStringLiteral("x.x.|x-x-")}},
                4, Meter {4, 4});
        QVERIFY2(pattern.ok(), qPrintable(pattern.errorMessage()));
        QCOMPARE(pattern->bars.size(), 2);
        const QVector<PatternBar::Note> &first = pattern->bars[0].notes;
        QCOMPARE(first.size(), 4);
        QCOMPARE(first[0].event.startTick, qint64(0));
        QCOMPARE(first.last().event.startTick, qint64(2880));
        QCOMPARE(first.last().event.lane, QStringLiteral("kick"));
        QCOMPARE(first.last().event.velocity, 70);
        const auto ghost = std::find_if(pattern->bars[1].notes.begin(), pattern->bars[1].notes.end(),
            [](const PatternBar::Note &n) { return n.event.lane == QLatin1String("kick"); });
        QVERIFY(ghost != pattern->bars[1].notes.end());
        QCOMPARE(ghost->event.velocity, 42);
        QCOMPARE(ghost->event.key, 36);

        const Result<Pattern> uneven
            = PartNotation::parseDrums({{QStringLiteral("kick"), QStringLiteral("x..")}}, 7, Meter {4, 4});
        QVERIFY(!uneven.ok());
        QVERIFY(uneven.errorMessage().contains(QStringLiteral("7 steps do not divide")));
    }

    void playSequences()
    {
        const QStringList known {QStringLiteral("a"), QStringLiteral("fill")};
        const Result<QStringList> sequence = PartNotation::parsePlaySequence(QStringLiteral("a*3 fill"), known);
        QVERIFY(sequence.ok());
        QCOMPARE(*sequence, (QStringList {"a", "a", "a", "fill"}));
        QVERIFY(!PartNotation::parsePlaySequence(QStringLiteral("a*0"), known).ok());
        QVERIFY(!PartNotation::parsePlaySequence(QStringLiteral("  "), known).ok());
        QCOMPARE(PartNotation::parsePlaySequence(QStringLiteral("b"), known).errorMessage(),
            QStringLiteral("no pattern \"b\""));
    }
};

QTEST_GUILESS_MAIN(TestPartNotation)
#include "tst_partnotation.moc"
