// The level tables of the automatic checks, row by row, without audio: hand-made facts
// fed to each check's levelFor(). Every threshold the code has is tried just below, at
// and just above. The expected levels are read from the level descriptors of
// rubrics/mixprep-5d.json (and rubrics/mixprep-foundation.json for the foundation
// variants) with the thresholds each check's header states, worked out by hand. Where
// the code's table departs from a descriptor, the row keeps the code's level and a
// comment says how they differ.
//
// An expected level of 0 means "nothing to judge" (lecturer only). The evidence column
// lists words every evidence line together must hold; a word starting with "!" must not
// appear.

#include "grading/checks/CleanupConsolidationCheck.h"
#include "grading/checks/ClippingHeadroomCheck.h"
#include "grading/checks/ColourOrderCheck.h"
#include "grading/checks/FadesEditsCheck.h"
#include "grading/checks/FixAgainstBriefCheck.h"
#include "grading/checks/FormatClicksCheck.h"
#include "grading/checks/GroupsBusesCheck.h"
#include "grading/checks/IntentJustificationCheck.h"
#include "grading/checks/KeepDeliberateCheck.h"
#include "grading/checks/MarkersTidyFoundationCheck.h"
#include "grading/checks/NoiseHumDcCheck.h"
#include "grading/checks/NotesTopicsCheck.h"
#include "grading/checks/PhraseCleaningCheck.h"
#include "grading/checks/PolarityAlignmentCheck.h"
#include "grading/checks/SectionMarkersCheck.h"
#include "grading/checks/TakeChoiceCheck.h"
#include "grading/checks/TrackNamingCheck.h"

#include <QTest>

using namespace prepmark;

namespace {

// "" when the outcome has the level (0 = nothing to judge) and the words, else why not.
QString mismatch(const CheckOutcome &outcome, int level, const QStringList &words)
{
    const QString text = outcome.evidence.join(QLatin1Char('\n'));
    const int got = outcome.level.value_or(0);
    if (got != level)
        return QStringLiteral("level %1, expected %2; evidence:\n%3").arg(got).arg(level).arg(text);
    if (outcome.evidence.isEmpty())
        return QStringLiteral("no evidence line");
    for (const QString &word : words) {
        const bool absent = word.startsWith(QLatin1Char('!'));
        const QString needle = absent ? word.mid(1) : word;
        if (text.contains(needle) == absent)
            return QStringLiteral("\"%1\" %2 the evidence:\n%3")
                .arg(needle, absent ? QStringLiteral("is in") : QStringLiteral("is not in"), text);
    }
    return {};
}

#define VERIFY_OUTCOME(outcome, level, words)                                                                          \
    do {                                                                                                               \
        const QString why = mismatch((outcome), (level), (words));                                                     \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                                      \
    } while (false)

// "Track 1", "Track 2", ...
QStringList names(const QString &prefix, int count, int first = 1)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list << QStringLiteral("%1 %2").arg(prefix).arg(i);
    return list;
}

void addLevelColumns()
{
    QTest::addColumn<bool>("foundation");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("evidence");
}

// --- clipping ---------------------------------------------------------------------------

ClippingHeadroomCheck::Track clean(const QString &name, double truePeakDbtp, double samplePeakDbfs)
{
    ClippingHeadroomCheck::Track track;
    track.name = name;
    track.truePeakDbtp = truePeakDbtp;
    track.samplePeakDbfs = samplePeakDbfs;
    return track;
}

ClippingHeadroomCheck::Track clipped(const QString &name, int runs, bool named)
{
    ClippingHeadroomCheck::Track track = clean(name, -4.0, -8.0);
    track.plantedClipping = true;
    track.clipRuns = runs;
    track.named = named;
    return track;
}

ClippingHeadroomCheck::Facts clipFacts(const QVector<ClippingHeadroomCheck::Track> &tracks)
{
    return ClippingHeadroomCheck::Facts {tracks};
}

// --- polarity ---------------------------------------------------------------------------

PolarityAlignmentCheck::Pair pairAt(double errorMs, bool inverted = false, bool changed = true)
{
    PolarityAlignmentCheck::Pair pair;
    pair.a = QStringLiteral("Snare Top");
    pair.b = QStringLiteral("Snare Bottom");
    pair.changed = changed;
    pair.measured = true;
    pair.correlation = inverted ? -0.8 : 0.9;
    pair.lagMs = errorMs;
    pair.errorMs = errorMs;
    pair.inverted = inverted;
    return pair;
}

PolarityAlignmentCheck::Facts pairs(const QVector<PolarityAlignmentCheck::Pair> &list)
{
    return PolarityAlignmentCheck::Facts {list};
}

// --- noise ------------------------------------------------------------------------------

NoiseHumDcCheck::Problem hum(bool treated, bool named, bool stillFlagged)
{
    NoiseHumDcCheck::Problem problem;
    problem.track = QStringLiteral("Lead Vox");
    problem.what = QStringLiteral("hum 50 Hz");
    problem.treated = treated;
    problem.named = named;
    problem.noiseFlagged = stillFlagged;
    return problem;
}

NoiseHumDcCheck::Problem dcAt(double percent)
{
    NoiseHumDcCheck::Problem problem;
    problem.track = QStringLiteral("Bass DI");
    problem.what = QStringLiteral("DC offset 3%");
    problem.dc = true;
    problem.treated = true;
    problem.named = true;
    problem.dcPercent = percent;
    return problem;
}

NoiseHumDcCheck::Facts noise(const QVector<NoiseHumDcCheck::Problem> &problems,
    const QVector<NoiseHumDcCheck::DcReading> &dc = {}, const QStringList &mismatched = {})
{
    return NoiseHumDcCheck::Facts {problems, dc, mismatched};
}

// --- format and edits --------------------------------------------------------------------

EditFacts edits(int insideClicks, int hardEdges)
{
    EditFacts facts;
    facts.insideClicks = insideClicks;
    facts.hardEdges = hardEdges;
    if (insideClicks > 0)
        facts.clickTracks << QStringLiteral("Lead Vox (%1)").arg(insideClicks);
    if (hardEdges > 0)
        facts.edgeTracks << QStringLiteral("Lead Gtr (end)");
    return facts;
}

FormatClicksCheck::Facts format(int stemRate, int stemBits, const EditFacts &found = {}, bool unnamed = false)
{
    FormatClicksCheck::Facts facts;
    facts.sessionRate = 48000;
    facts.sessionBitDepth = 24;
    facts.stems << FormatClicksCheck::Stem {QStringLiteral("Kick In"), 48000, 24};
    facts.stems << FormatClicksCheck::Stem {QStringLiteral("Gtr 2"), stemRate, stemBits};
    if (unnamed)
        facts.unnamedConversions << QStringLiteral("Gtr 2");
    facts.edits = found;
    return facts;
}

FadesEditsCheck::Facts fades(double inMs, double outMs, const EditFacts &found = {}, bool unmatched = false)
{
    FadesEditsCheck::Facts facts;
    facts.edits = found;
    facts.fades << FadesEditsCheck::Fades {QStringLiteral("Kick In"), 5.0, 20.0};
    facts.fades << FadesEditsCheck::Fades {QStringLiteral("Lead Vox"), inMs, outMs};
    if (unmatched)
        facts.unmatchedPairs << QStringLiteral("Kick In / Kick Out");
    return facts;
}

// --- naming -----------------------------------------------------------------------------

TrackNamingCheck::Name name(const QString &given, const QString &expected, bool recognisable, bool complete)
{
    return TrackNamingCheck::Name {given, expected, false, recognisable, complete};
}

TrackNamingCheck::Name exact(const QString &expected)
{
    return name(expected, expected, true, true);
}

TrackNamingCheck::Name unclear(int n)
{
    return name(QStringLiteral("Audio %1").arg(n), QStringLiteral("Source %1").arg(n), false, false);
}

TrackNamingCheck::Name wrong(const QString &given, const QString &expected)
{
    return TrackNamingCheck::Name {given, expected, true, false, false};
}

// n exact names, then the given ones
TrackNamingCheck::Facts naming(int exactNames, const QVector<TrackNamingCheck::Name> &others = {})
{
    TrackNamingCheck::Facts facts;
    for (const QString &n : names(QStringLiteral("Track"), exactNames))
        facts.tracks << exact(n);
    facts.tracks << others;
    return facts;
}

// --- colour and order ----------------------------------------------------------------------

ColourOrderCheck::Facts colours(int offColour, int outOfPlace, int tracks = 8)
{
    ColourOrderCheck::Facts facts;
    facts.tracks = tracks;
    facts.offColour = names(QStringLiteral("Track"), offColour);
    facts.offPalette = facts.offColour;
    facts.outOfPlace = outOfPlace;
    return facts;
}

ColourOrderCheck::Facts noScheme(bool importOrder)
{
    ColourOrderCheck::Facts facts = colours(8, importOrder ? 5 : 0);
    facts.oneColour = true;
    facts.uncoloured = true;
    facts.importOrder = importOrder;
    return facts;
}

// --- groups -------------------------------------------------------------------------------

GroupsBusesCheck::Facts grouping(int misplacedInGroups, int misplacedOnBuses = 0)
{
    GroupsBusesCheck::Facts facts;
    facts.keyHasLabels = true;
    facts.anyLabel = true;
    facts.groups.misplaced = misplacedInGroups;
    facts.groups.misplacedNames = names(QStringLiteral("Tom"), misplacedInGroups);
    facts.buses.misplaced = misplacedOnBuses;
    facts.buses.misplacedNames = names(QStringLiteral("Bass"), misplacedOnBuses);
    return facts;
}

// --- markers and cleanup -------------------------------------------------------------------

// six sections (Intro, Verse 1, Chorus 1, Verse 2, Chorus 2, Outro) at 120 bpm in 4/4
SectionMarkersCheck::Facts markers(int exact, int misplaced, int misnamed, const QStringList &missingMain = {})
{
    SectionMarkersCheck::Facts facts;
    facts.sections = 6;
    facts.exact = exact;
    facts.misplaced = misplaced;
    facts.misnamed = misnamed;
    facts.markers = exact + misplaced + misnamed;
    const int missing = 6 - facts.markers;
    facts.missing = names(QStringLiteral("Bridge"), missing);
    facts.missingMain = missingMain;
    facts.wrong = names(QStringLiteral("Chorus"), misplaced + misnamed);
    facts.sessionTempo = 120.0;
    facts.songTempo = 120.0;
    facts.sessionMeter = QStringLiteral("4/4");
    facts.songMeter = QStringLiteral("4/4");
    return facts;
}

CleanupFacts cleanup(int leftIn, int misplaced, int lost = 0, int lengthIssues = 0)
{
    CleanupFacts facts;
    facts.leftIn = names(QStringLiteral("Vox copy"), leftIn);
    facts.misplaced = names(QStringLiteral("Lead Gtr"), misplaced);
    facts.lost = names(QStringLiteral("Room"), lost);
    facts.lengthIssues = names(QStringLiteral("Bass: 10 frames short"), lengthIssues);
    return facts;
}

// --- phrases, takes --------------------------------------------------------------------------

PhraseCleaningCheck::Facts phrases(int cleanedNamed, int cleanedUnnamed, int left, double outsideMs = 0.0)
{
    PhraseCleaningCheck::Facts facts;
    if (outsideMs > 0.0)
        facts.cuts << PhraseCleaningCheck::CutDamage {QStringLiteral("Acoustic"), outsideMs};
    for (const QString &n : names(QStringLiteral("Named"), cleanedNamed))
        facts.cleanings << PhraseCleaningCheck::Cleaning {n, true, true, n + QStringLiteral(" cleaned.")};
    for (const QString &n : names(QStringLiteral("Quiet"), cleanedUnnamed))
        facts.cleanings << PhraseCleaningCheck::Cleaning {n, true, false, n + QStringLiteral(" cleaned.")};
    for (const QString &n : names(QStringLiteral("Noisy"), left))
        facts.cleanings << PhraseCleaningCheck::Cleaning {n, false, true, n + QStringLiteral(" still noisy.")};
    return facts;
}

// --- notes --------------------------------------------------------------------------------

NotesTopicsCheck::Coverage coverage(int covered, int total)
{
    return NotesTopicsCheck::Coverage {total, covered, names(QStringLiteral("Topic"), total - covered)};
}

// --- keeps and fixes ---------------------------------------------------------------------------

KeepStatus keep(double levelChangeDb, bool flagged = true, bool removed = false, bool cleaned = false)
{
    KeepStatus status;
    status.removed = removed;
    status.cleaned = cleaned;
    status.levelChangeDb = levelChangeDb;
    status.flagged = flagged;
    status.evidence = QStringLiteral("Room mic distortion: level %1 dB.").arg(levelChangeDb);
    return status;
}

FixStatus fix(bool fixed, bool mentioned, bool fixable = true)
{
    FixStatus status;
    status.fixed = fixed;
    status.fixable = fixable;
    status.mentioned = mentioned;
    status.evidence = fixed ? QStringLiteral("Kick Out flipped.") : QStringLiteral("Kick Out is still inverted.");
    return status;
}

IntentJustificationCheck::Reasons reasons(int justified, int decisions, int keepsLost = 0, int keepsUnflagged = 0)
{
    IntentJustificationCheck::Reasons found;
    found.decisions = decisions;
    found.justified = justified;
    found.keepsLost = keepsLost;
    found.keepsUnflagged = keepsUnflagged;
    found.missing = names(QStringLiteral("Decision"), decisions - justified);
    return found;
}

FixAgainstBriefCheck::Facts fixes(const QVector<FixStatus> &list, const QVector<KeepStatus> &keeps = {},
    bool questionsRaised = true, const IntentJustificationCheck::Reasons &found = {})
{
    return FixAgainstBriefCheck::Facts {list, keeps, questionsRaised, found};
}

} // namespace

class TestLevelTables : public QObject
{
    Q_OBJECT

private slots:
    // si_clipping_headroom: 1 new clip runs, a true peak above 0 dBTP, or 3+ clipped tracks
    // neither repaired nor named; 2 one or two such tracks, or a true peak above -1 dBTP
    // (the code adds: 3+ tracks outside the range); 3 every true peak <= -1 dBTP, at most 2
    // outside -12..-6 dBFS; 4 in range and <= -3 dBTP; 5 as 4 with repairs named.
    // f_si_clipping: 1 new clipping; 2 a clipped track unnamed or a sample peak above
    // -1 dBFS; 3 every peak <= -1 dBFS; 4 in range; 5 repaired and named.
    // Range: -12.5..-5.5 dBFS (0.5 dB slack), or within 1 dB of the key's clip gain.
    void clippingHeadroom_data()
    {
        QTest::addColumn<ClippingHeadroomCheck::Facts>("facts");
        addLevelColumns();
        using T = ClippingHeadroomCheck::Track;
        const T kick = clean(QStringLiteral("Kick"), -9.0, -8.0);
        QTest::newRow("no track") << clipFacts({}) << false << 0 << QStringList {QStringLiteral("No track")};
        T kept = clean(QStringLiteral("Room"), 1.0, 0.0);
        kept.keptClipping = true;
        QTest::newRow("only a kept clipped track")
            << clipFacts({kept}) << false << 0 << QStringList {QStringLiteral("No track to judge")};
        QTest::newRow("kept clipped track beside a clean one")
            << clipFacts({kept, kick}) << false << 5
            << QStringList {QStringLiteral("Room is clipped on purpose"),
                   QStringLiteral("Loudest true peak: -9.0 dBTP on Kick"), QStringLiteral("For the lecturer")};
        QTest::newRow("clean, in range") << clipFacts({kick}) << false << 5
                                         << QStringList {QStringLiteral("!Peaks above")};
        QTest::newRow("true peak -3.0: at the limit")
            << clipFacts({clean(QStringLiteral("Kick"), -3.0, -6.0)}) << false << 5 << QStringList {};
        QTest::newRow("true peak -2.9") << clipFacts({clean(QStringLiteral("Kick"), -2.9, -6.0)}) << false << 3
                                        << QStringList {QStringLiteral("!Peaks above -1")};
        QTest::newRow("true peak -1.0: at the limit")
            << clipFacts({clean(QStringLiteral("Kick"), -1.0, -6.0)}) << false << 3 << QStringList {};
        QTest::newRow("true peak -0.9") << clipFacts({clean(QStringLiteral("Kick"), -0.9, -6.0)}) << false << 2
                                        << QStringList {QStringLiteral("Peaks above -1: Kick (-0.9 dBTP)")};
        QTest::newRow("true peak 0.0: at the limit")
            << clipFacts({clean(QStringLiteral("Kick"), 0.0, -6.0)}) << false << 2 << QStringList {};
        QTest::newRow("true peak +0.1") << clipFacts({clean(QStringLiteral("Kick"), 0.1, -6.0)}) << false << 1
                                        << QStringList {QStringLiteral("Kick (0.1 dBTP)")};
        QTest::newRow("foundation: true peak -2 dBTP, sample peak -7 dBFS")
            << clipFacts({clean(QStringLiteral("Kick"), -2.0, -7.0)}) << true << 5 << QStringList {};
        QTest::newRow("foundation: sample peak -1.0: at the limit")
            << clipFacts({clean(QStringLiteral("Kick"), 0.5, -1.0)}) << true << 3 << QStringList {};
        QTest::newRow("foundation: sample peak -0.9") << clipFacts({clean(QStringLiteral("Kick"), 0.5, -0.9)}) << true
                                                      << 2 << QStringList {QStringLiteral("Kick (-0.9 dBFS)")};
        QTest::newRow("foundation: sample peak +0.5 (no 0 dB rule)")
            << clipFacts({clean(QStringLiteral("Kick"), 1.0, 0.5)}) << true << 2 << QStringList {};

        // The descriptor's range is -12 to -6 dBFS; the code allows 0.5 dB either side.
        QTest::newRow("sample peak -5.5: top of the range")
            << clipFacts({clean(QStringLiteral("Kick"), -4.0, -5.5)}) << false << 5 << QStringList {};
        QTest::newRow("sample peak -5.4") << clipFacts({clean(QStringLiteral("Kick"), -4.0, -5.4)}) << false << 3
                                          << QStringList {QStringLiteral("Outside the -12 to -6 dBFS target range")};
        QTest::newRow("sample peak -12.5: bottom of the range")
            << clipFacts({clean(QStringLiteral("Kick"), -11.0, -12.5)}) << false << 5 << QStringList {};
        QTest::newRow("sample peak -12.6") << clipFacts({clean(QStringLiteral("Kick"), -11.0, -12.6)}) << false << 3
                                           << QStringList {QStringLiteral("Kick (-12.6 dBFS)")};
        QTest::newRow("foundation: sample peak -12.6")
            << clipFacts({clean(QStringLiteral("Kick"), -11.0, -12.6)}) << true << 3 << QStringList {};
        const QVector<T> twoOut {
            clean(QStringLiteral("A"), -14.0, -15.0), clean(QStringLiteral("B"), -14.0, -15.0), kick};
        QTest::newRow("two tracks out of range") << clipFacts(twoOut) << false << 3 << QStringList {};
        QVector<T> threeOut = twoOut;
        threeOut << clean(QStringLiteral("C"), -14.0, -15.0);
        // No descriptor covers 3+ tracks out of range with every peak <= -1 dBTP (3 allows at
        // most 2, 2 names other faults); the code gives 2.
        QTest::newRow("three tracks out of range")
            << clipFacts(threeOut) << false << 2 << QStringList {QStringLiteral("More than 2 tracks outside")};
        QTest::newRow("foundation: three tracks out of range")
            << clipFacts(threeOut) << true << 3 << QStringList {QStringLiteral("!More than 2")};
        T keyGain = clean(QStringLiteral("Shaker"), -18.0, -20.0);
        keyGain.gainFromKeyDb = 1.0;
        QTest::newRow("quiet, at the key's gain +1.0 dB") << clipFacts({keyGain}) << false << 5 << QStringList {};
        keyGain.gainFromKeyDb = -1.0;
        QTest::newRow("quiet, at the key's gain -1.0 dB") << clipFacts({keyGain}) << false << 5 << QStringList {};
        keyGain.gainFromKeyDb = 1.1;
        QTest::newRow("quiet, 1.1 dB off the key's gain")
            << clipFacts({keyGain}) << false << 3 << QStringList {QStringLiteral("Shaker (-20.0 dBFS)")};
        keyGain.gainFromKeyDb = std::nullopt;
        QTest::newRow("quiet, no key gain") << clipFacts({keyGain}) << false << 3 << QStringList {};
        keyGain.gainFromKeyDb = 0.0;
        keyGain.plantedHot = true;
        QTest::newRow("quiet hot track at the key's gain") << clipFacts({keyGain}) << false << 3 << QStringList {};

        T newClip = kick;
        newClip.clipRuns = 2;
        QTest::newRow("new clip runs") << clipFacts(
            {newClip}) << false << 1 << QStringList {QStringLiteral("New clipping after preparation on Kick (2 runs)")};
        QTest::newRow("foundation: new clip runs") << clipFacts({newClip}) << true << 1 << QStringList {};
        const QVector<T> unaddressed3 {clipped(QStringLiteral("Bass"), 4, false),
            clipped(QStringLiteral("Gtr"), 1, false), clipped(QStringLiteral("Keys"), 1, false)};
        QTest::newRow("three clipped, neither repaired nor named")
            << clipFacts(unaddressed3) << false << 1
            << QStringList {QStringLiteral("neither repaired nor named in the notes: Bass, Gtr, Keys")};
        QTest::newRow("foundation: three clipped, unnamed") << clipFacts(unaddressed3) << true << 2 << QStringList {};
        QTest::newRow("two clipped, neither repaired nor named")
            << clipFacts(unaddressed3.mid(0, 2)) << false << 2 << QStringList {};
        QTest::newRow("one clipped, neither repaired nor named")
            << clipFacts({clipped(QStringLiteral("Bass"), 4, false)}) << false << 2 << QStringList {};
        QTest::newRow("still clipped, named")
            << clipFacts({clipped(QStringLiteral("Bass"), 4, true)}) << false << 4
            << QStringList {
                   QStringLiteral("Still clipped but named in the notes: Bass"), QStringLiteral("!Repaired but")};
        QTest::newRow("foundation: still clipped, named")
            << clipFacts({clipped(QStringLiteral("Bass"), 4, true)}) << true << 4 << QStringList {};
        QTest::newRow("repaired, not named")
            << clipFacts({clipped(QStringLiteral("Bass"), 0, false)}) << false << 4
            << QStringList {QStringLiteral("Repaired but not listed in the notes: Bass")};
        // f_si_clipping asks at 3 that every track that clipped is mentioned (2 when one is not);
        // the code asks it only of tracks still clipped and gives 4.
        QTest::newRow("foundation: repaired, not named")
            << clipFacts({clipped(QStringLiteral("Bass"), 0, false)}) << true << 4 << QStringList {};
        QTest::newRow("repaired and named") << clipFacts({clipped(QStringLiteral("Bass"), 0, true)}) << false << 5
                                            << QStringList {QStringLiteral("For the lecturer: the positions")};
        QTest::newRow("foundation: repaired and named")
            << clipFacts({clipped(QStringLiteral("Bass"), 0, true)}) << true << 5 << QStringList {};
    }
    void clippingHeadroom()
    {
        QFETCH(ClippingHeadroomCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant
            = foundation ? ClippingHeadroomCheck::Variant::Foundation : ClippingHeadroomCheck::Variant::Default;
        VERIFY_OUTCOME(ClippingHeadroomCheck::levelFor(facts, variant), level, evidence);
    }

    // si_polarity_alignment: coherent = in polarity and within 1 ms; 1 two or more pairs not
    // coherent, or one made incoherent by the student; 2 one pair; 3 all coherent; 4 within
    // 0.25 ms; 5 within 0.1 ms, every change named. f_si_polarity: coherent within 2 ms; 1 two
    // or more pairs inverted, or a correct pair flipped; 2 one pair inverted or > 2 ms; 3 all
    // within 2 ms; 4 within 1 ms; 5 within 0.25 ms, named. A key tolerance wider than a limit
    // replaces it for that pair.
    void polarityAlignment_data()
    {
        QTest::addColumn<PolarityAlignmentCheck::Facts>("facts");
        addLevelColumns();
        using P = PolarityAlignmentCheck::Pair;
        QTest::newRow("no pairs") << pairs({}) << false << 0 << QStringList {QStringLiteral("no related pairs")};
        QTest::newRow("0.00 ms") << pairs({pairAt(0.0)}) << false << 5
                                 << QStringList {QStringLiteral(
                                        "Snare Top / Snare Bottom: in polarity (r = 0.90), 0.00 ms apart")};
        QTest::newRow("0.10 ms") << pairs({pairAt(0.1)}) << false << 5 << QStringList {};
        QTest::newRow("0.11 ms") << pairs({pairAt(0.11)}) << false << 4 << QStringList {QStringLiteral("!Not every")};
        QTest::newRow("0.25 ms") << pairs({pairAt(0.25)}) << false << 4 << QStringList {};
        QTest::newRow("0.26 ms") << pairs({pairAt(0.26)}) << false << 3 << QStringList {};
        QTest::newRow("1.00 ms") << pairs({pairAt(1.0)}) << false << 3 << QStringList {QStringLiteral("!more than")};
        QTest::newRow("1.01 ms") << pairs({pairAt(1.01)}) << false << 2
                                 << QStringList {
                                        QStringLiteral("Snare Bottom is 1.01 ms away from Snare Top (more than 1 ms)")};
        QTest::newRow("two pairs 1.5 ms") << pairs({pairAt(1.5), pairAt(1.5)}) << false << 1 << QStringList {};
        QTest::newRow("foundation: 0.25 ms") << pairs({pairAt(0.25)}) << true << 5 << QStringList {};
        QTest::newRow("foundation: 0.26 ms") << pairs({pairAt(0.26)}) << true << 4 << QStringList {};
        QTest::newRow("foundation: 1.00 ms") << pairs({pairAt(1.0)}) << true << 4 << QStringList {};
        QTest::newRow("foundation: 1.01 ms") << pairs({pairAt(1.01)}) << true << 3 << QStringList {};
        QTest::newRow("foundation: 2.00 ms") << pairs({pairAt(2.0)}) << true << 3 << QStringList {};
        QTest::newRow("foundation: 2.01 ms")
            << pairs({pairAt(2.01)}) << true << 2 << QStringList {QStringLiteral("(more than 2 ms)")};
        QTest::newRow("foundation: two pairs 2.5 ms")
            << pairs({pairAt(2.5), pairAt(2.5)}) << true << 2 << QStringList {};

        QTest::newRow("one pair still inverted")
            << pairs({pairAt(0.0, true), pairAt(0.0)}) << false << 2
            << QStringList {QStringLiteral("Snare Bottom is still inverted against Snare Top: r = -0.80"),
                   QStringLiteral("!as delivered")};
        QTest::newRow("two pairs still inverted")
            << pairs({pairAt(0.0, true), pairAt(0.0, true)}) << false << 1 << QStringList {};
        QTest::newRow("foundation: one pair still inverted")
            << pairs({pairAt(0.0, true), pairAt(0.0)}) << true << 2 << QStringList {};
        QTest::newRow("foundation: two pairs still inverted")
            << pairs({pairAt(0.0, true), pairAt(0.0, true)}) << true << 1 << QStringList {};
        QTest::newRow("one inverted, one 3 ms apart")
            << pairs({pairAt(0.0, true), pairAt(3.0)}) << false << 1 << QStringList {};
        QTest::newRow("foundation: one inverted, one 3 ms apart")
            << pairs({pairAt(0.0, true), pairAt(3.0)}) << true << 2 << QStringList {};
        QTest::newRow("a correct pair flipped by the student")
            << pairs({pairAt(0.0, true, false)}) << false << 1
            << QStringList {QStringLiteral("were in polarity as delivered: the preparation inverted them")};
        QTest::newRow("foundation: a correct pair flipped by the student")
            << pairs({pairAt(0.0, true, false)}) << true << 1 << QStringList {};
        QTest::newRow("a correct pair moved 1.5 ms by the student")
            << pairs({pairAt(1.5, false, false)}) << false << 1 << QStringList {QStringLiteral("!as delivered")};
        QTest::newRow("foundation: a correct pair moved 2.5 ms by the student")
            << pairs({pairAt(2.5, false, false)}) << true << 2 << QStringList {};

        P removed = pairAt(0.0);
        removed.removed = true;
        QTest::newRow("a track of the pair removed")
            << pairs({removed, pairAt(0.0)}) << false << 2
            << QStringList {QStringLiteral("Snare Top / Snare Bottom: a track of the pair was removed")};
        QTest::newRow("two pairs with a track removed") << pairs({removed, removed}) << false << 1 << QStringList {};
        QTest::newRow("foundation: two pairs with a track removed")
            << pairs({removed, removed}) << true << 2 << QStringList {};

        P unnamed = pairAt(0.0);
        unnamed.changesNamed = false;
        QTest::newRow("aligned, change not in the notes") << pairs(
            {unnamed}) << false << 4 << QStringList {QStringLiteral("Not every polarity flip or move is named")};
        P unnamedLate = pairAt(0.2);
        unnamedLate.changesNamed = false;
        QTest::newRow("0.2 ms, change not in the notes")
            << pairs({unnamedLate}) << false << 4 << QStringList {QStringLiteral("!Not every")};
        QTest::newRow("foundation: aligned, change not in the notes")
            << pairs({unnamed}) << true << 4 << QStringList {};

        P room = pairAt(1.5);
        room.keyToleranceMs = 2.0;
        QTest::newRow("key tolerance 2 ms, 1.5 ms apart") << pairs({room}) << false << 5 << QStringList {};
        room.errorMs = 2.0;
        QTest::newRow("key tolerance 2 ms, 2.0 ms apart") << pairs({room}) << false << 5 << QStringList {};
        room.errorMs = 2.01;
        QTest::newRow("key tolerance 2 ms, 2.01 ms apart")
            << pairs({room}) << false << 2 << QStringList {QStringLiteral("(more than 2 ms)")};
        P loose = pairAt(0.5);
        loose.keyToleranceMs = 0.5;
        QTest::newRow("key tolerance 0.5 ms, 0.5 ms apart") << pairs({loose}) << false << 5 << QStringList {};
        loose.errorMs = 0.6;
        QTest::newRow("key tolerance 0.5 ms, 0.6 ms apart") << pairs({loose}) << false << 3 << QStringList {};

        P columns = pairAt(0.3);
        columns.measured = false;
        columns.unmeasuredWhy = QStringLiteral("too little in common");
        QTest::newRow("not measurable, 0.3 ms from the key's offset")
            << pairs({columns}) << false << 3
            << QStringList {QStringLiteral("judged from the polarity and offset columns: 0.30 ms from the answer key")};
        columns.inverted = true;
        columns.errorMs = 0.0;
        QTest::newRow("not measurable, inverted against the key")
            << pairs({columns}) << false << 2 << QStringList {QStringLiteral("offset columns: inverted")};
    }
    void polarityAlignment()
    {
        QFETCH(PolarityAlignmentCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant
            = foundation ? PolarityAlignmentCheck::Variant::Foundation : PolarityAlignmentCheck::Variant::Default;
        VERIFY_OUTCOME(PolarityAlignmentCheck::levelFor(facts, variant), level, evidence);
    }

    // si_noise_hum_dc: 1 none treated or named; 2 one neither treated nor named, or DC above
    // 0.1 % left; 3 all treated or named, DC <= 0.1 %; 4 all fixed; 5 steps matched to causes
    // and every treated track named. f_si_noise_hum: 1 none; 2 some; 3 all treated or named
    // (DC left stays at 3); 4 all fixed; 5 matched and named.
    void noiseHumDc_data()
    {
        QTest::addColumn<NoiseHumDcCheck::Facts>("facts");
        addLevelColumns();
        using R = NoiseHumDcCheck::DcReading;
        QTest::newRow("nothing to fix") << noise({}) << false << 5
                                        << QStringList {QStringLiteral("No DC offset, hum or noise to fix"),
                                               QStringLiteral("For the lecturer: listen")};
        QTest::newRow("hum neither treated nor named")
            << noise({hum(false, false, true)}) << false << 1
            << QStringList {QStringLiteral("Lead Vox: hum 50 Hz neither treated nor named."),
                   QStringLiteral("!For the lecturer")};
        QTest::newRow("foundation: hum neither treated nor named")
            << noise({hum(false, false, true)}) << true << 1 << QStringList {};
        QTest::newRow("one of two untouched")
            << noise({hum(true, true, false), hum(false, false, true)}) << false << 2 << QStringList {};
        QTest::newRow("foundation: one of two untouched")
            << noise({hum(true, true, false), hum(false, false, true)}) << true << 2 << QStringList {};
        QTest::newRow("hum named, not treated")
            << noise({hum(false, true, true)}) << false << 3
            << QStringList {QStringLiteral("named in the notes but not treated"), QStringLiteral("For the lecturer")};
        QTest::newRow("hum treated, still flagged") << noise({hum(true, true, true)}) << false << 3
                                                    << QStringList {QStringLiteral("treated but still flagged")};
        QTest::newRow("foundation: hum treated, still flagged")
            << noise({hum(true, true, true)}) << true << 3 << QStringList {};
        QTest::newRow("hum fixed and named") << noise({hum(true, true, false)}) << false << 5
                                             << QStringList {QStringLiteral("Lead Vox: hum 50 Hz fixed.")};
        QTest::newRow("hum fixed, not named")
            << noise({hum(true, false, false)}) << false << 4
            << QStringList {QStringLiteral("Treated but not listed in the notes: Lead Vox")};
        QTest::newRow("foundation: hum fixed, not named")
            << noise({hum(true, false, false)}) << true << 4 << QStringList {};
        NoiseHumDcCheck::Problem cutAway = hum(false, true, false);
        cutAway.cut = true;
        QTest::newRow("noise cut away, named")
            << noise({cutAway}) << false << 5 << QStringList {QStringLiteral("fixed")};
        QTest::newRow("fixed, with a step without its problem")
            << noise({hum(true, true, false)}, {}, {QStringLiteral("denoise on Kick")}) << false << 4
            << QStringList {QStringLiteral("Treatment without the problem it is for: denoise on Kick")};

        QTest::newRow("DC 0.10 % after remove_dc")
            << noise({dcAt(0.1)}, {R {QStringLiteral("Bass DI"), 0.1, true, false}}) << false << 5
            << QStringList {QStringLiteral("!DC offset left")};
        QTest::newRow("DC 0.11 % after remove_dc")
            << noise({dcAt(0.11)}, {R {QStringLiteral("Bass DI"), 0.11, true, false}}) << false << 2
            << QStringList {QStringLiteral("DC offset left"), QStringLiteral("Bass DI (0.11 %)"),
                   QStringLiteral("treated but still flagged")};
        QTest::newRow("foundation: DC 0.11 % after remove_dc")
            << noise({dcAt(0.11)}, {R {QStringLiteral("Bass DI"), 0.11, true, false}}) << true << 3 << QStringList {};
        // A flagged offset without a planted one is never a problem to treat or mention: naming
        // it does not help, and leaving it alone gives 2, not the descriptor's 1.
        QTest::newRow("DC flagged on a track without a planted problem")
            << noise({}, {R {QStringLiteral("Synth"), 0.05, false, true}}) << false << 2
            << QStringList {QStringLiteral("No DC offset, hum or noise to fix"), QStringLiteral("Synth (0.05 %)")};
        QTest::newRow("foundation: DC flagged on a track without a planted problem")
            << noise({}, {R {QStringLiteral("Synth"), 0.05, false, true}}) << true << 3 << QStringList {};
    }
    void noiseHumDc()
    {
        QFETCH(NoiseHumDcCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant = foundation ? NoiseHumDcCheck::Variant::Foundation : NoiseHumDcCheck::Variant::Default;
        VERIFY_OUTCOME(NoiseHumDcCheck::levelFor(facts, variant), level, evidence);
    }

    // si_format_edit_clicks: 1 a file at another sample rate, or 5+ clicks; 2 a file below
    // the session's bit depth, or 3-4 clicks; 3 at most 2; 4 no click inside the song, at
    // most 1 at a region edge; 5 none, every conversion named.
    void formatClicks_data()
    {
        QTest::addColumn<FormatClicksCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("clean") << format(48000, 24) << false << 5
                               << QStringList {QStringLiteral("Every file is at 48000 Hz, 24-bit."),
                                      QStringLiteral("No clicks found")};
        QTest::newRow("44.1 kHz file") << format(44100, 24) << false << 1
                                       << QStringList {QStringLiteral("Not converted to the session's 48000 Hz"),
                                              QStringLiteral("Gtr 2 (44100 Hz)")};
        QTest::newRow("16-bit file") << format(48000, 16) << false << 2
                                     << QStringList {QStringLiteral("Below the session's 24 bits: Gtr 2 (16-bit)")};
        QTest::newRow("32-bit file") << format(48000, 32) << false << 5 << QStringList {};
        QTest::newRow("5 clicks") << format(48000, 24, edits(5, 0)) << false << 1
                                  << QStringList {QStringLiteral("Clicks inside the song: Lead Vox (5)")};
        QTest::newRow("3 clicks and 2 hard edges") << format(48000, 24, edits(3, 2)) << false << 1 << QStringList {};
        QTest::newRow("4 clicks") << format(48000, 24, edits(4, 0)) << false << 2 << QStringList {};
        QTest::newRow("3 hard edges") << format(48000, 24, edits(0, 3)) << false << 2 << QStringList {};
        QTest::newRow("2 clicks") << format(48000, 24, edits(2, 0)) << false << 3 << QStringList {};
        QTest::newRow("1 click") << format(48000, 24, edits(1, 0)) << false << 3 << QStringList {};
        QTest::newRow("2 hard edges") << format(48000, 24, edits(0, 2)) << false << 3
                                      << QStringList {QStringLiteral("without a fade: Lead Gtr (end)")};
        QTest::newRow("1 hard edge") << format(48000, 24, edits(0, 1)) << false << 4
                                     << QStringList {QStringLiteral("!Conversions not listed")};
        QTest::newRow("conversion not named") << format(48000, 24, {},
            true) << false << 4 << QStringList {QStringLiteral("Conversions not listed in the notes: Gtr 2")};
    }
    void formatClicks()
    {
        QFETCH(FormatClicksCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(FormatClicksCheck::levelFor(facts), level, evidence);
    }

    // wf_track_naming: 1 more than half unclear; 2 three or more unclear, or one named as
    // another source; 3 at most 2 unclear or longer than 16 characters; 4 every name
    // complete, no duplicates, none longer than 16; 5 the key's names. f_wf_naming: the same
    // without the length rule.
    void trackNaming_data()
    {
        QTest::addColumn<TrackNamingCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("no kept track") << TrackNamingCheck::Facts {} << false << 0 << QStringList {};
        QTest::newRow("every name the key's")
            << naming(4) << false << 5 << QStringList {QStringLiteral("All 4 track names match the answer key.")};
        QTest::newRow("the key's name in another case")
            << naming(1, {name(QStringLiteral("kick in"), QStringLiteral("Kick In"), true, true)}) << false << 5
            << QStringList {};
        QTest::newRow("complete, spelt differently")
            << naming(3, {name(QStringLiteral("Kick Inside"), QStringLiteral("Kick In"), true, true)}) << false << 4
            << QStringList {QStringLiteral("spelt differently from the answer key's names: Kick Inside")};
        QTest::newRow("recognisable, incomplete")
            << naming(3, {name(QStringLiteral("Kick"), QStringLiteral("Kick In"), true, false)}) << false << 3
            << QStringList {QStringLiteral("Missing the source or mic position the answer key gives: Kick (Kick In)")};
        QTest::newRow("2 of 4 unclear") << naming(2, {unclear(1), unclear(2)}) << false << 3
                                        << QStringList {
                                               QStringLiteral("2 of 4 tracks still have default or unclear names")};
        QTest::newRow("3 of 6 unclear") << naming(3, {unclear(1), unclear(2), unclear(3)}) << false << 2
                                        << QStringList {};
        QTest::newRow("3 of 5 unclear") << naming(2, {unclear(1), unclear(2), unclear(3)}) << false << 1
                                        << QStringList {};
        QTest::newRow("foundation: 3 of 5 unclear")
            << naming(2, {unclear(1), unclear(2), unclear(3)}) << true << 1 << QStringList {};
        QTest::newRow("named as another source")
            << naming(3, {wrong(QStringLiteral("Snare"), QStringLiteral("Hi-Hat"))}) << false << 2
            << QStringList {QStringLiteral("Named as another source: Snare (should be Hi-Hat)")};
        QTest::newRow("duplicate names") << naming(2,
            {name(QStringLiteral("Gtr"), QStringLiteral("Gtr L"), true, false),
                name(QStringLiteral("Gtr"), QStringLiteral("Gtr R"), true, false)})
                                         << false << 3 << QStringList {QStringLiteral("Duplicate names: Gtr")};
        const QString sixteen = QStringLiteral("Kick In Mic Abcd");
        const QString seventeen = QStringLiteral("Kick In Mic Abcde");
        QTest::newRow("16 characters") << naming(3, {name(sixteen, QStringLiteral("Kick In"), true, true)}) << false
                                       << 4 << QStringList {QStringLiteral("!Longer than")};
        QTest::newRow("17 characters") << naming(3, {name(seventeen, QStringLiteral("Kick In"), true, true)}) << false
                                       << 3 << QStringList {QStringLiteral("Longer than 16 characters: ") + seventeen};
        QTest::newRow("foundation: 17 characters")
            << naming(3, {name(seventeen, QStringLiteral("Kick In"), true, true)}) << true << 4
            << QStringList {QStringLiteral("!Longer than")};
        QTest::newRow("17 characters, as long as the key's name")
            << naming(3, {name(seventeen.toLower(), seventeen, true, true)}) << false << 5 << QStringList {};
        QTest::newRow("2 unclear and 1 too long")
            << naming(5, {unclear(1), unclear(2), name(seventeen, QStringLiteral("Kick In"), true, true)}) << false << 2
            << QStringList {};
        QTest::newRow("foundation: 2 unclear and 1 too long")
            << naming(5, {unclear(1), unclear(2), name(seventeen, QStringLiteral("Kick In"), true, true)}) << true << 3
            << QStringList {};
        QTest::newRow("no name") << naming(3, {name(QString(), QStringLiteral("Kick In"), false, false)}) << false << 3
                                 << QStringList {QStringLiteral("(no name)")};
    }
    void trackNaming()
    {
        QFETCH(TrackNamingCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant = foundation ? TrackNamingCheck::Variant::Foundation : TrackNamingCheck::Variant::Default;
        VERIFY_OUTCOME(TrackNamingCheck::levelFor(facts, variant), level, evidence);
    }

    // wf_colour_order: 1 no colours and the import order; 2 three or more off-colour, a split
    // family, or more than 2 off-colour or out of place; 3 at most 2; 4 none; 5 the key's
    // colours. f_wf_colour_order: 2 three or more off-colour or out of place, or a split
    // family; 3 at most 2, or a family of 2+ tracks the key groups not in one group; 4 none;
    // 5 the key's colours.
    void colourOrder_data()
    {
        QTest::addColumn<ColourOrderCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("no kept track") << colours(0, 0, 0) << false << 0 << QStringList {};
        QTest::newRow("by family, the key's order and colours")
            << colours(0, 0) << false << 5
            << QStringList {QStringLiteral("Every track coloured by family, in the answer key's order.")};
        QTest::newRow("no colours, import order")
            << noScheme(true) << false << 1
            << QStringList {QStringLiteral("every track has the same colour (none)"),
                   QStringLiteral("still in the order they were delivered")};
        QTest::newRow("foundation: no colours, import order") << noScheme(true) << true << 1 << QStringList {};
        QTest::newRow("no colours, key's order") << noScheme(false) << false << 2 << QStringList {};
        QTest::newRow("2 off-colour") << colours(
            2, 0) << false << 3 << QStringList {QStringLiteral("2 of 8 tracks are coloured outside their family")};
        QTest::newRow("3 off-colour") << colours(3, 0) << false << 2 << QStringList {};
        QTest::newRow("2 out of place") << colours(0, 2) << false << 3
                                        << QStringList {QStringLiteral("2 tracks are out of the answer key's order")};
        QTest::newRow("3 out of place") << colours(0, 3) << false << 2 << QStringList {};
        QTest::newRow("1 off-colour, 1 out of place") << colours(1, 1) << false << 3 << QStringList {};
        QTest::newRow("2 off-colour, 1 out of place") << colours(2, 1) << false << 2 << QStringList {};
        QTest::newRow("foundation: 2 off-colour") << colours(2, 0) << true << 3 << QStringList {};
        QTest::newRow("foundation: 2 off-colour, 1 out of place") << colours(2, 1) << true << 2 << QStringList {};
        QTest::newRow("foundation: 3 out of place") << colours(0, 3) << true << 2 << QStringList {};
        ColourOrderCheck::Facts split = colours(0, 1);
        split.splitFamilies << QStringLiteral("drums");
        QTest::newRow("a family split") << split << false << 2
                                        << QStringList {QStringLiteral("Families split across the track list: drums")};
        QTest::newRow("foundation: a family split") << split << true << 2 << QStringList {};
        ColourOrderCheck::Facts palette = colours(0, 0);
        palette.offPalette << QStringLiteral("Kick");
        QTest::newRow("off the house palette")
            << palette << false << 4 << QStringList {QStringLiteral("Colours differ from the house palette on Kick")};
        // f_wf_colour_order's 5 asks for a named bus or folder per family; the code's 5 asks for
        // the answer key's colours.
        QTest::newRow("foundation: off the house palette") << palette << true << 4 << QStringList {};
        ColourOrderCheck::Facts ungrouped = colours(0, 0);
        ungrouped.ungroupedFamilies << QStringLiteral("drums");
        QTest::newRow("a family not in one group")
            << ungrouped << false << 5 << QStringList {QStringLiteral("!Families not in one folder")};
        QTest::newRow("foundation: a family not in one group")
            << ungrouped << true << 3 << QStringList {QStringLiteral("Families not in one folder or group: drums")};
        ColourOrderCheck::Facts ungroupedOff = colours(1, 0);
        ungroupedOff.ungroupedFamilies << QStringLiteral("drums");
        QTest::newRow("foundation: a family not in one group, 1 off-colour")
            << ungroupedOff << true << 3 << QStringList {QStringLiteral("!Families not in one folder")};
    }
    void colourOrder()
    {
        QFETCH(ColourOrderCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant = foundation ? ColourOrderCheck::Variant::Foundation : ColourOrderCheck::Variant::Default;
        VERIFY_OUTCOME(ColourOrderCheck::levelFor(facts, variant), level, evidence);
    }

    // wf_groups_buses: 1 no groups or buses; 2 a key group of 2+ tracks ungrouped, or 2+
    // tracks in the wrong group; 3 at most 1 (or a bus wrong or missing); 4 none misplaced,
    // every bus there; 5 related pairs in one group and the key's names.
    void groupsBuses_data()
    {
        QTest::addColumn<GroupsBusesCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("the key has no groups") << GroupsBusesCheck::Facts {} << false << 0 << QStringList {};
        GroupsBusesCheck::Facts none = grouping(0);
        none.anyLabel = false;
        QTest::newRow("nothing grouped") << none << false << 1
                                         << QStringList {QStringLiteral("No track is in a group, folder or bus.")};
        QTest::newRow("as the key") << grouping(0) << false << 5
                                    << QStringList {QStringLiteral("Groups and buses hold the answer key's tracks."),
                                           QStringLiteral("For the lecturer: that buses are left unprocessed")};
        GroupsBusesCheck::Facts ungrouped = grouping(0);
        ungrouped.groups.ungrouped << QStringLiteral("Drums");
        QTest::newRow("a key group left ungrouped")
            << ungrouped << false << 2 << QStringList {QStringLiteral("Left ungrouped: Drums.")};
        QTest::newRow("2 in the wrong group")
            << grouping(2) << false << 2 << QStringList {QStringLiteral("In the wrong group: Tom 1, Tom 2.")};
        QTest::newRow("1 in the wrong group") << grouping(1) << false << 3 << QStringList {};
        QTest::newRow("1 on the wrong bus")
            << grouping(0, 1) << false << 3 << QStringList {QStringLiteral("On the wrong bus: Bass 1.")};
        GroupsBusesCheck::Facts busMissing = grouping(0);
        busMissing.buses.ungrouped << QStringLiteral("Drum Bus");
        QTest::newRow("a bus missing") << busMissing << false << 3
                                       << QStringList {QStringLiteral("Buses missing: Drum Bus.")};
        GroupsBusesCheck::Facts unlinked = grouping(0);
        unlinked.unlinkedPairs << QStringLiteral("Kick In / Kick Out");
        QTest::newRow("a related pair in two groups")
            << unlinked << false << 4
            << QStringList {QStringLiteral("Related pairs not in one group: Kick In / Kick Out")};
        GroupsBusesCheck::Facts renamed = grouping(0);
        renamed.groups.renamed << QStringLiteral("Drums");
        QTest::newRow("a group named differently")
            << renamed << false << 4 << QStringList {QStringLiteral("Named differently from the answer key: Drums")};
    }
    void groupsBuses()
    {
        QFETCH(GroupsBusesCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(GroupsBusesCheck::levelFor(facts), level, evidence);
    }

    // wf_section_markers (6 sections): 1 no markers or fewer than half marked; 2 a main
    // section missing, or 3+ misnamed or misplaced; 3 at most 2; 4 every section exact;
    // 5 the song's tempo (within 0.01 bpm) and meter.
    void sectionMarkers_data()
    {
        QTest::addColumn<SectionMarkersCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("no sections") << SectionMarkersCheck::Facts {} << false << 0 << QStringList {};
        QTest::newRow("no markers") << markers(0, 0, 0) << false << 1
                                    << QStringList {QStringLiteral("No markers in the session.")};
        QTest::newRow("2 of 6 marked") << markers(2, 0, 0) << false << 1 << QStringList {};
        QTest::newRow("3 of 6 marked, the rest not main")
            << markers(3, 0, 0) << false << 3
            << QStringList {QStringLiteral("3 of 6 sections marked"), QStringLiteral("Sections without a marker")};
        QTest::newRow("3 of 6 marked, a main one missing")
            << markers(3, 0, 0, {QStringLiteral("Chorus 2")}) << false << 2 << QStringList {};
        QTest::newRow("2 exact, 1 misplaced of 6") << markers(2, 1, 0) << false << 3 << QStringList {};
        QTest::newRow("3 misplaced or misnamed")
            << markers(3, 2, 1) << false << 2 << QStringList {QStringLiteral("Misnamed or misplaced: Chorus 1")};
        QTest::newRow("2 misplaced or misnamed") << markers(4, 1, 1) << false << 3 << QStringList {};
        QTest::newRow("every section exact") << markers(6, 0, 0) << false << 5
                                             << QStringList {QStringLiteral("6 of 6 sections marked"),
                                                    QStringLiteral("For the lecturer: markers for solos")};
        SectionMarkersCheck::Facts tempo = markers(6, 0, 0);
        tempo.sessionTempo = 120.009;
        QTest::newRow("tempo 0.009 bpm off") << tempo << false << 5 << QStringList {QStringLiteral("!tempo or meter")};
        tempo.sessionTempo = 120.02;
        QTest::newRow("tempo 0.02 bpm off")
            << tempo << false << 4
            << QStringList {QStringLiteral("The session's tempo or meter (120.02, 4/4) is not the song's (120, 4/4).")};
        SectionMarkersCheck::Facts meter = markers(6, 0, 0);
        meter.sessionMeter = QStringLiteral("3/4");
        QTest::newRow("another meter") << meter << false << 4 << QStringList {QStringLiteral("(120, 3/4)")};
        SectionMarkersCheck::Facts offGrid = markers(5, 1, 0);
        offGrid.sessionMeter = QStringLiteral("3/4");
        QTest::newRow("one misplaced, another meter")
            << offGrid << false << 3
            << QStringList {QStringLiteral("tempo or meter"), QStringLiteral("!For the lecturer")};
    }
    void sectionMarkers()
    {
        QFETCH(SectionMarkersCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(SectionMarkersCheck::levelFor(facts), level, evidence);
    }

    // wf_cleanup_consolidation: 1 two or more files misplaced, or 4+ unwanted tracks; 2 one
    // file, or 2-3 tracks, or a needed track removed (cap); 3 at most 1 unwanted; 4 the same
    // length; 5 as 4 (the code gives 5 whenever nothing is left, see the header).
    void cleanupConsolidation_data()
    {
        QTest::addColumn<CleanupFacts>("facts");
        addLevelColumns();
        QTest::newRow("clean") << cleanup(0, 0) << false << 5 << QStringList {QStringLiteral("Nothing left to delete")};
        QTest::newRow("1 unwanted track")
            << cleanup(1, 0) << false << 3
            << QStringList {
                   QStringLiteral("Still in the session but not wanted: Vox copy 1"), QStringLiteral("!Nothing left")};
        QTest::newRow("2 unwanted tracks") << cleanup(2, 0) << false << 2 << QStringList {};
        QTest::newRow("3 unwanted tracks") << cleanup(3, 0) << false << 2 << QStringList {};
        QTest::newRow("4 unwanted tracks") << cleanup(4, 0) << false << 1 << QStringList {};
        QTest::newRow("1 misplaced file")
            << cleanup(0, 1) << false << 2
            << QStringList {QStringLiteral("Not placed where they belong, so the session cannot be rebuilt")};
        QTest::newRow("2 misplaced files") << cleanup(0, 2) << false << 1 << QStringList {};
        QTest::newRow("a length issue") << cleanup(0, 0, 0, 1) << false << 3
                                        << QStringList {QStringLiteral("Bass: 10 frames short 1")};
        QTest::newRow("a needed track removed") << cleanup(
            0, 0, 1) << false << 2 << QStringList {QStringLiteral("Removed although the mix needs them: Room 1")};
        QTest::newRow("a needed track removed, 2 misplaced") << cleanup(0, 2, 1) << false << 1 << QStringList {};
    }
    void cleanupConsolidation()
    {
        QFETCH(CleanupFacts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(CleanupConsolidationCheck::levelFor(facts), level, evidence);
    }

    // f_wf_markers_tidy: 1 no markers, 3+ unwanted tracks or 2+ misplaced files; 2 a main
    // section missing, 1-2 unwanted tracks or 1 misplaced file (or a needed track removed);
    // 3 main sections marked, nothing unwanted; 4 every section within 1 beat, the same
    // lengths; 5 named as the brief.
    void markersTidyFoundation_data()
    {
        QTest::addColumn<MarkersTidyFoundationCheck::Facts>("facts");
        addLevelColumns();
        using F = MarkersTidyFoundationCheck::Facts;
        QTest::newRow("tidy, every section exact")
            << F {markers(6, 0, 0), cleanup(0, 0)} << true << 5 << QStringList {QStringLiteral("6 of 6 sections")};
        QTest::newRow("no markers") << F {markers(0, 0, 0), cleanup(0, 0)} << true << 1 << QStringList {};
        QTest::newRow("3 unwanted tracks") << F {markers(6, 0, 0), cleanup(3, 0)} << true << 1 << QStringList {};
        QTest::newRow("2 unwanted tracks") << F {markers(6, 0, 0), cleanup(2, 0)} << true << 2 << QStringList {};
        QTest::newRow("1 unwanted track") << F {markers(6, 0, 0), cleanup(1, 0)} << true << 2
                                          << QStringList {QStringLiteral("Still in the session but not wanted")};
        QTest::newRow("2 misplaced files") << F {markers(6, 0, 0), cleanup(0, 2)} << true << 1 << QStringList {};
        QTest::newRow("1 misplaced file") << F {markers(6, 0, 0), cleanup(0, 1)} << true << 2 << QStringList {};
        QTest::newRow("a needed track removed")
            << F {markers(6, 0, 0), cleanup(0, 0, 1)} << true << 2 << QStringList {};
        QTest::newRow("a main section missing")
            << F {markers(5, 0, 0, {QStringLiteral("Chorus 2")}), cleanup(0, 0)} << true << 2 << QStringList {};
        QTest::newRow("a section missing, not main") << F {markers(5, 0, 0), cleanup(0, 0)} << true << 3
                                                     << QStringList {QStringLiteral("Sections without a marker")};
        QTest::newRow("a section misplaced") << F {markers(5, 1, 0), cleanup(0, 0)} << true << 3 << QStringList {};
        QTest::newRow("a section misnamed, within a beat") << F {markers(5, 0, 1), cleanup(0, 0)} << true << 4
                                                           << QStringList {QStringLiteral("Misnamed or misplaced")};
        QTest::newRow("a length issue") << F {markers(6, 0, 0), cleanup(0, 0, 0, 1)} << true << 4 << QStringList {};
    }
    void markersTidyFoundation()
    {
        QFETCH(MarkersTidyFoundationCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(MarkersTidyFoundationCheck::levelFor(facts), level, evidence);
    }

    // mr_fades_crossfades / f_mr_fades: 1 four or more audible edits; 2 two or three, or a
    // track without a fade; 3 at most one, every track faded; 4 none, fades sized (in
    // 0.5-50 ms, out 2-3000 ms); 5 related pairs cut at the same points.
    void fadesEdits_data()
    {
        QTest::addColumn<FadesEditsCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("clean") << fades(5.0, 20.0) << false << 5
                               << QStringList {
                                      QStringLiteral("No audible edit found"), QStringLiteral("For the lecturer")};
        QTest::newRow("4 audible edits") << fades(5.0, 20.0, edits(3, 1)) << false << 1
                                         << QStringList {QStringLiteral("Clicks: Lead Vox (3)"),
                                                QStringLiteral("Hard region edges: Lead Gtr (end)"),
                                                QStringLiteral("!For the lecturer")};
        QTest::newRow("3 audible edits") << fades(5.0, 20.0, edits(3, 0)) << false << 2 << QStringList {};
        QTest::newRow("2 audible edits") << fades(5.0, 20.0, edits(1, 1)) << false << 2 << QStringList {};
        QTest::newRow("1 audible edit") << fades(5.0, 20.0, edits(1, 0)) << false << 3
                                        << QStringList {QStringLiteral("For the lecturer: listen")};
        QTest::newRow("no fade-in") << fades(0.0, 20.0) << false << 2
                                    << QStringList {QStringLiteral("1 tracks without a fade-in or fade-out: Lead Vox")};
        QTest::newRow("no fade-out") << fades(5.0, 0.0) << false << 2 << QStringList {};
        QTest::newRow("fade-in 0.5 ms") << fades(0.5, 20.0) << false << 5 << QStringList {};
        QTest::newRow("fade-in 0.4 ms")
            << fades(0.4, 20.0) << false << 3
            << QStringList {QStringLiteral(
                   "Fades longer or shorter than their place allows: Lead Vox (in 0.4 ms, out 20.0 ms)")};
        QTest::newRow("fade-in 50 ms") << fades(50.0, 20.0) << false << 5 << QStringList {};
        QTest::newRow("fade-in 50.1 ms") << fades(50.1, 20.0) << false << 3 << QStringList {};
        QTest::newRow("fade-out 2 ms") << fades(5.0, 2.0) << false << 5 << QStringList {};
        QTest::newRow("fade-out 1.9 ms") << fades(5.0, 1.9) << false << 3 << QStringList {};
        QTest::newRow("fade-out 3000 ms") << fades(5.0, 3000.0) << false << 5 << QStringList {};
        QTest::newRow("fade-out 3000.1 ms") << fades(5.0, 3000.1) << false << 3 << QStringList {};
        QTest::newRow("related pair cut at different points")
            << fades(5.0, 20.0, {}, true) << false << 4
            << QStringList {QStringLiteral("Related tracks edited at different points: Kick In / Kick Out")};
    }
    void fadesEdits()
    {
        QFETCH(FadesEditsCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(FadesEditsCheck::levelFor(facts), level, evidence);
    }

    // mr_phrase_cleaning / f_mr_cleaning: 1 cuts into the music (more than 50 ms outside the
    // gaps), or 3+ tracks to clean and none cleaned; 2 two or more left; 3 at most one; 4
    // none; 5 every cleaned track named.
    void phraseCleaning_data()
    {
        QTest::addColumn<PhraseCleaningCheck::Facts>("facts");
        addLevelColumns();
        QTest::newRow("nothing planted, no cut") << phrases(0, 0, 0) << false << 0 << QStringList {};
        QTest::newRow("nothing planted, 50 ms cut from the music")
            << phrases(0, 0, 0, 50.0) << false << 0 << QStringList {};
        QTest::newRow("nothing planted, 50.1 ms cut from the music") << phrases(0, 0, 0,
            50.1) << false << 1 << QStringList {QStringLiteral("Cuts reach into the music on Acoustic (0.05 s)")};
        QTest::newRow("all cleaned and named, 50 ms cut from the music")
            << phrases(2, 0, 0, 50.0) << false << 5 << QStringList {QStringLiteral("Named 1 cleaned.")};
        QTest::newRow("3 to clean, none cleaned") << phrases(
            0, 0, 3) << false << 1 << QStringList {QStringLiteral("Still to clean between phrases: Noisy 1")};
        QTest::newRow("2 to clean, none cleaned") << phrases(0, 0, 2) << false << 2 << QStringList {};
        QTest::newRow("3 to clean, 1 cleaned") << phrases(1, 0, 2) << false << 2 << QStringList {};
        QTest::newRow("2 to clean, 1 cleaned") << phrases(1, 0, 1) << false << 3 << QStringList {};
        QTest::newRow("cleaned, not named") << phrases(
            1, 1, 0) << false << 4 << QStringList {QStringLiteral("Cleaned but not explained in the notes: Quiet 1")};
        PhraseCleaningCheck::Facts removed = phrases(1, 0, 0);
        removed.removedUncleaned << QStringLiteral("Vox");
        QTest::newRow("a noisy track removed")
            << removed << false << 3 << QStringList {QStringLiteral("Still to clean between phrases: Vox")};
        PhraseCleaningCheck::Facts allRemoved = phrases(0, 0, 0);
        allRemoved.removedUncleaned = names(QStringLiteral("Vox"), 3);
        QTest::newRow("3 noisy tracks removed") << allRemoved << false << 1 << QStringList {};
    }
    void phraseCleaning()
    {
        QFETCH(PhraseCleaningCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(PhraseCleaningCheck::levelFor(facts), level, evidence);
    }

    // mr_comp_takes: 1 a rejected take still in; 4 every rejected take out; 5 as 4 with the
    // choice of take in the notes.
    void takeChoice_data()
    {
        QTest::addColumn<TakeChoiceCheck::Facts>("facts");
        addLevelColumns();
        using F = TakeChoiceCheck::Facts;
        const QStringList take {QStringLiteral("Vox Take 2 (pitch drift)")};
        QTest::newRow("no rejected take") << F {} << false << 0 << QStringList {};
        QTest::newRow("rejected take kept")
            << F {take, {}, true, QStringLiteral("Take 1 throughout.")} << false << 1
            << QStringList {QStringLiteral("still in the session where a better one exists: Vox Take 2"),
                   QStringLiteral("Answer key: Take 1 throughout.")};
        QTest::newRow("set aside, not stated") << F {{}, take, false, {}} << false << 4
                                               << QStringList {QStringLiteral("Faulty takes set aside: Vox Take 2"),
                                                      QStringLiteral("The notes do not say which take was used.")};
        QTest::newRow("set aside and stated") << F {{}, take, true, {}} << false << 5
                                              << QStringList {QStringLiteral("For the lecturer: listen to the joins")};
    }
    void takeChoice()
    {
        QFETCH(TakeChoiceCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(TakeChoiceCheck::levelFor(facts), level, evidence);
    }

    // dc_found_fixed_left: 1 no notes or under a quarter of the topics; 2 under three
    // quarters; 3 at least three quarters; 4 all; 5 all, with measured values.
    void notesFoundFixedLeft_data()
    {
        QTest::addColumn<NotesTopicsCheck::TopicFacts>("facts");
        addLevelColumns();
        using F = NotesTopicsCheck::TopicFacts;
        QTest::newRow("no topics") << F {false, coverage(0, 0), true} << false << 0 << QStringList {};
        QTest::newRow("no notes") << F {true, coverage(0, 8), false} << false << 1
                                  << QStringList {
                                         QStringLiteral("No session notes."), QStringLiteral("!Not in the notes")};
        QTest::newRow("1 of 5 (20 %)") << F {false, coverage(1, 5), true} << false << 1 << QStringList {};
        QTest::newRow("2 of 8 (25 %)")
            << F {false, coverage(2, 8), true} << false << 2
            << QStringList {QStringLiteral("The notes cover 2 of the answer key's 8 found, fixed and kept topics."),
                   QStringLiteral("Not in the notes: Topic 1, Topic 2, Topic 3 and 3 more")};
        QTest::newRow("5 of 8 (62.5 %)") << F {false, coverage(5, 8), true} << false << 2 << QStringList {};
        QTest::newRow("6 of 8 (75 %)") << F {false, coverage(6, 8), true} << false << 3
                                       << QStringList {QStringLiteral("For the lecturer: that every fix claimed")};
        QTest::newRow("7 of 8") << F {false, coverage(7, 8), true} << false << 3 << QStringList {};
        QTest::newRow("8 of 8, no measured value")
            << F {false, coverage(8, 8), false} << false << 4 << QStringList {QStringLiteral("No measured values")};
        QTest::newRow("8 of 8, measured values")
            << F {false, coverage(8, 8), true} << false << 5 << QStringList {QStringLiteral("!No measured")};
    }
    void notesFoundFixedLeft()
    {
        QFETCH(NotesTopicsCheck::TopicFacts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(NotesTopicsCheck::levelFor(facts), level, evidence);
    }

    // f_dc_notes: 1 no notes; 2 under half the changes named; 3 at least half, problems left
    // alone mentioned (kept topics); 4 every change; 5 with measured values.
    void notesChangesFoundation_data()
    {
        QTest::addColumn<NotesTopicsCheck::ChangeFacts>("facts");
        addLevelColumns();
        using F = NotesTopicsCheck::ChangeFacts;
        const QStringList four = names(QStringLiteral("Track"), 4);
        QTest::newRow("nothing changed, nothing kept") << F {} << true << 0 << QStringList {};
        QTest::newRow("no notes") << F {true, four, four, coverage(0, 1), false} << true << 1
                                  << QStringList {QStringLiteral("No session notes."), QStringLiteral("!Changed but")};
        QTest::newRow("1 of 4 changes named")
            << F {false, four, four.mid(1), coverage(1, 1), true} << true << 2
            << QStringList {QStringLiteral("1 of 4 changed tracks are named in the notes."),
                   QStringLiteral("Changed but not in the notes: Track 2, Track 3, Track 4.")};
        QTest::newRow("2 of 4 changes named")
            << F {false, four, four.mid(2), coverage(1, 1), true} << true << 3 << QStringList {};
        QTest::newRow("every change named, a kept topic missing") << F {false, four, {}, coverage(0, 1),
            true} << true << 3 << QStringList {QStringLiteral("Not in the notes: Topic 1")};
        QTest::newRow("every change named, no measured value")
            << F {false, four, {}, coverage(1, 1), false} << true << 4 << QStringList {};
        QTest::newRow("every change named, measured values")
            << F {false, four, {}, coverage(1, 1), true} << true << 5 << QStringList {};
        QTest::newRow("nothing changed, the kept topic covered") << F {
            false, {}, {}, coverage(1, 1), true} << true << 5 << QStringList {QStringLiteral("0 of 0 changed tracks")};
    }
    void notesChangesFoundation()
    {
        QFETCH(NotesTopicsCheck::ChangeFacts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(NotesTopicsCheck::levelFor(facts), level, evidence);
    }

    // dc_artist_questions: 1 no open point raised; 2 under half; 3 at least half; 4 all; 5 all
    // under "Questions for the artist". f_dc_questions: 1 no questions at all; 2 questions
    // raising no open point; 3 at least one; 4 all; 5 all in the questions section.
    void notesQuestions_data()
    {
        QTest::addColumn<NotesTopicsCheck::QuestionFacts>("facts");
        addLevelColumns();
        using F = NotesTopicsCheck::QuestionFacts;
        QTest::newRow("no open points") << F {coverage(0, 0), coverage(0, 0), true} << false << 0 << QStringList {};
        QTest::newRow("0 of 4") << F {coverage(0, 4), coverage(0, 4), true} << false << 1
                                << QStringList {QStringLiteral("The notes raise 0 of the answer key's 4 open points.")};
        QTest::newRow("1 of 4") << F {coverage(1, 4), coverage(1, 4), true} << false << 2 << QStringList {};
        QTest::newRow("2 of 4") << F {coverage(2, 4), coverage(2, 4), true} << false << 3
                                << QStringList {QStringLiteral("Not in the notes: Topic 1, Topic 2")};
        QTest::newRow("3 of 4") << F {coverage(3, 4), coverage(3, 4), true} << false << 3
                                << QStringList {QStringLiteral("!For the lecturer")};
        QTest::newRow("4 of 4, one outside the questions")
            << F {coverage(4, 4), coverage(3, 4), true} << false << 4
            << QStringList {QStringLiteral("Not every open point is under \"Questions for the artist\"."),
                   QStringLiteral("For the lecturer: that each question is answerable")};
        QTest::newRow("4 of 4 in the questions") << F {coverage(4, 4), coverage(4, 4), true} << false << 5
                                                 << QStringList {QStringLiteral("!Not every open point")};
        QTest::newRow("foundation: no questions")
            << F {coverage(0, 4), coverage(0, 4), false} << true << 1 << QStringList {};
        QTest::newRow("foundation: questions raising no open point")
            << F {coverage(0, 4), coverage(0, 4), true} << true << 2 << QStringList {};
        QTest::newRow("foundation: 1 of 4") << F {coverage(1, 4), coverage(1, 4), true} << true << 3 << QStringList {};
        QTest::newRow("foundation: 4 of 4, one outside the questions")
            << F {coverage(4, 4), coverage(3, 4), true} << true << 4 << QStringList {};
        QTest::newRow("foundation: 4 of 4 in the questions")
            << F {coverage(4, 4), coverage(4, 4), true} << true << 5 << QStringList {};
    }
    void notesQuestions()
    {
        QFETCH(NotesTopicsCheck::QuestionFacts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant
            = foundation ? NotesTopicsCheck::Variant::QuestionsFoundation : NotesTopicsCheck::Variant::Questions;
        VERIFY_OUTCOME(NotesTopicsCheck::levelFor(facts, variant), level, evidence);
    }

    // ci_keep_deliberate / f_ci_keep: 1 two or more lost (removed, cleaned, or more than 3 dB
    // down); 2 one lost, or two changed slightly; 3 one changed slightly (more than 1 dB off);
    // 4 every one intact; 5 each flagged "keep" on its track.
    void keepDeliberate_data()
    {
        QTest::addColumn<KeepDeliberateCheck::Facts>("facts");
        addLevelColumns();
        using F = KeepDeliberateCheck::Facts;
        QTest::newRow("nothing kept") << F {} << false << 0 << QStringList {};
        QTest::newRow("intact, flagged") << F {{keep(0.0)}} << false << 5
                                         << QStringList {QStringLiteral("Room mic distortion: level 0 dB.")};
        QTest::newRow("intact, not flagged")
            << F {{keep(0.0, false)}} << false << 4
            << QStringList {
                   QStringLiteral("Kept, but not flagged \"keep — this is intentional\" with a reason on 1 of 1.")};
        QTest::newRow("-1.0 dB") << F {{keep(-1.0)}} << false << 5 << QStringList {};
        QTest::newRow("+1.0 dB") << F {{keep(1.0)}} << false << 5 << QStringList {};
        QTest::newRow("-1.1 dB") << F {{keep(-1.1)}} << false << 3 << QStringList {};
        QTest::newRow("+1.1 dB") << F {{keep(1.1)}} << false << 3 << QStringList {};
        QTest::newRow("-3.0 dB") << F {{keep(-3.0)}} << false << 3 << QStringList {};
        QTest::newRow("-3.1 dB") << F {{keep(-3.1)}} << false << 2 << QStringList {};
        // The descriptor's 3 asks for a level within 3 dB; the code only counts a cut of more
        // than 3 dB as lost, so a raise of 6 dB is "changed slightly".
        QTest::newRow("+6 dB") << F {{keep(6.0)}} << false << 3 << QStringList {};
        QTest::newRow("two changed slightly") << F {{keep(-2.0), keep(2.0)}} << false << 2 << QStringList {};
        QTest::newRow("one removed") << F {{keep(0.0, true, true), keep(0.0)}} << false << 2 << QStringList {};
        QTest::newRow("one cleaned") << F {{keep(0.0, true, false, true)}} << false << 2 << QStringList {};
        QTest::newRow("two lost") << F {{keep(0.0, true, true), keep(-4.0)}} << false << 1 << QStringList {};
    }
    void keepDeliberate()
    {
        QFETCH(KeepDeliberateCheck::Facts, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(KeepDeliberateCheck::levelFor(facts), level, evidence);
    }

    // ci_fix_against_brief: 1 two or more faults neither fixed nor named; 2 one, or a
    // deliberate feature removed or cleaned; 3 every one fixed or named; 4 every one fixed; 5
    // every open point raised. f_ci_fix_reasons: 1 two or more, or a deliberate feature lost;
    // 2 one, or reasons for under half the decisions; 3 fixed or named, reasons for at least
    // half; 4 fixed, reasons for all; 5 every open point raised.
    void fixAgainstBrief_data()
    {
        QTest::addColumn<FixAgainstBriefCheck::Facts>("facts");
        addLevelColumns();
        const auto all = reasons(4, 4);
        QTest::newRow("nothing to fix") << fixes({}) << false << 0 << QStringList {};
        QTest::newRow("nothing to fix, a kept feature kept") << fixes({}, {keep(0.0)}) << false << 0 << QStringList {};
        QTest::newRow("nothing to fix, a kept feature cleaned")
            << fixes({}, {keep(0.0, true, false, true)}) << false << 2
            << QStringList {QStringLiteral("0 of 0 faults"), QStringLiteral("Room mic distortion")};
        QTest::newRow("fixed") << fixes({fix(true, true)}, {}, true, all) << false << 5
                               << QStringList {QStringLiteral("1 of 1 faults that work against the brief fixed.")};
        QTest::newRow("2 untouched") << fixes({fix(false, false), fix(false, false)}) << false << 1
                                     << QStringList {QStringLiteral("Kick Out is still inverted.")};
        QTest::newRow("1 untouched") << fixes({fix(false, false), fix(true, true)}) << false << 2 << QStringList {};
        QTest::newRow("named, not fixed") << fixes({fix(false, true)}, {}, true, all) << false << 3
                                          << QStringList {QStringLiteral("still inverted. (named in the notes)")};
        QTest::newRow("not editable, named") << fixes({fix(false, true, false)}, {}, true, all) << false << 5
                                             << QStringList {QStringLiteral("1 of 1 faults")};
        QTest::newRow("not editable, not named") << fixes({fix(false, false, false)}) << false << 2 << QStringList {};
        // Here only a removed or cleaned feature is lost; keep_deliberate also counts a cut of
        // more than 3 dB (the descriptor's 2: "fixed in a way that changes the intended sound").
        QTest::newRow("fixed, a kept feature turned down 4 dB") << fixes({fix(true, true)}, {keep(-4.0)}, true,
            all) << false << 5 << QStringList {QStringLiteral("!Room mic")};
        QTest::newRow("fixed, a kept feature cleaned")
            << fixes({fix(true, true)}, {keep(0.0, true, false, true)}) << false << 2 << QStringList {};
        QTest::newRow("fixed, open points not raised") << fixes({fix(true, true)}, {}, false,
            all) << false << 4 << QStringList {QStringLiteral("Not every open point is raised with the artist.")};

        QTest::newRow("foundation: fixed, every reason") << fixes({fix(true, true)}, {}, true,
            all) << true << 5 << QStringList {QStringLiteral("Reasons given for 4 of 4 keep and fix decisions.")};
        QTest::newRow("foundation: fixed, a kept feature cleaned")
            << fixes({fix(true, true)}, {keep(0.0, true, false, true)}, true, all) << true << 1 << QStringList {};
        QTest::newRow("foundation: 1 untouched")
            << fixes({fix(false, false), fix(true, true)}, {}, true, all) << true << 2 << QStringList {};
        QTest::newRow("foundation: reasons for 1 of 4")
            << fixes({fix(true, true)}, {}, true, reasons(1, 4)) << true << 2 << QStringList {};
        QTest::newRow("foundation: reasons for 2 of 4")
            << fixes({fix(true, true)}, {}, true, reasons(2, 4)) << true << 3 << QStringList {};
        QTest::newRow("foundation: reasons for 3 of 4")
            << fixes({fix(true, true)}, {}, true, reasons(3, 4)) << true << 3 << QStringList {};
        QTest::newRow("foundation: named, not fixed")
            << fixes({fix(false, true)}, {}, true, all) << true << 3 << QStringList {};
        QTest::newRow("foundation: no decisions") << fixes({fix(true, true)}, {}, true, reasons(0, 0)) << true << 5
                                                  << QStringList {QStringLiteral("Reasons given for 0 of 0")};
        QTest::newRow("foundation: open points not raised")
            << fixes({fix(true, true)}, {}, false, all) << true << 4 << QStringList {};
    }
    void fixAgainstBrief()
    {
        QFETCH(FixAgainstBriefCheck::Facts, facts);
        QFETCH(bool, foundation);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        const auto variant
            = foundation ? FixAgainstBriefCheck::Variant::FoundationReasons : FixAgainstBriefCheck::Variant::Default;
        VERIFY_OUTCOME(FixAgainstBriefCheck::levelFor(facts, variant), level, evidence);
    }

    // ci_intent_justification: 1 no reason at all; 2 under three quarters, or a deliberate
    // feature lost; 3 at least three quarters; 4 all; 5 every keep flagged on its track.
    void intentJustification_data()
    {
        QTest::addColumn<IntentJustificationCheck::Reasons>("facts");
        addLevelColumns();
        QTest::newRow("no decisions") << reasons(0, 0) << false << 0 << QStringList {};
        QTest::newRow("0 of 4") << reasons(0, 4) << false << 1
                                << QStringList {QStringLiteral("Reasons given for 0 of 4 keep and fix decisions."),
                                       QStringLiteral("!For the lecturer")};
        QTest::newRow("1 of 4") << reasons(1,
            4) << false << 2 << QStringList {QStringLiteral("No reason found for: Decision 1, Decision 2, Decision 3")};
        QTest::newRow("5 of 8 (62.5 %)") << reasons(5, 8) << false << 2 << QStringList {};
        QTest::newRow("6 of 8 (75 %)") << reasons(6, 8) << false << 3
                                       << QStringList {QStringLiteral("For the lecturer: that each reason points")};
        QTest::newRow("3 of 4 (75 %)") << reasons(3, 4) << false << 3 << QStringList {};
        QTest::newRow("4 of 4") << reasons(4, 4) << false << 5 << QStringList {QStringLiteral("!No reason found")};
        QTest::newRow("4 of 4, a keep unflagged") << reasons(4, 4, 0, 1) << false << 4 << QStringList {};
        QTest::newRow("4 of 4, a deliberate feature lost")
            << reasons(4, 4, 1) << false << 2
            << QStringList {QStringLiteral("1 deliberate feature(s) the brief keeps were removed or changed")};
    }
    void intentJustification()
    {
        QFETCH(IntentJustificationCheck::Reasons, facts);
        QFETCH(int, level);
        QFETCH(QStringList, evidence);
        VERIFY_OUTCOME(IntentJustificationCheck::levelFor(facts), level, evidence);
    }
};

QTEST_GUILESS_MAIN(TestLevelTables)
#include "tst_leveltables.moc"
