// Issue 5's verification over every bundled exercise: automatic grading of
//   1. the answer key's own preparation is adequate, every judged dimension >= 4.5;
//   2. the session as delivered is inadequate;
//   3. a preparation that fixes everything but one polarity flip (or, where nothing is
//      planted on a pair, inverts one track of a related pair) is inadequate with
//      Signal Integrity blocking;
//   4. a preparation that "cleans" a fault the brief keeps scores lower on Creative
//      Intent than the answer key's, and the evidence says why.
// Exercises are rendered once as excerpts (ExerciseExcerpt, kExcerptBars bars of every
// section) into a temporary folder shared by every test function.

#include "grading/PreparedSessionGrader.h"
#include "grading/facts/FaultAssessor.h"
#include "session/ReferencePreparation.h"
#include "session/SessionRenderer.h"

#include "core/RubricLoader.h"
#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {

constexpr int kExcerptBars = 1;
const QString kSignal = QStringLiteral("signal_integrity");
const QString kIntent = QStringLiteral("creative_intent");

struct Delivery
{
    Exercise exercise; // the excerpt that was rendered
    RenderedSession rendered;
};

QString describe(const GradingReport &report)
{
    QStringList lines;
    for (auto it = report.scores.constBegin(); it != report.scores.constEnd(); ++it)
        lines << QStringLiteral("%1 %2").arg(it.key()).arg(*it, 0, 'f', 2);
    for (const CriterionGrade &grade : report.criteria) {
        if (grade.level && *grade.level < 5)
            lines << QStringLiteral("  %1 = %2: %3")
                         .arg(grade.key)
                         .arg(*grade.level)
                         .arg(grade.evidence.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

// The first planted polarity fault the brief wants fixed, on a track.
QString polarityFaultTrack(const Exercise &exercise)
{
    for (const FaultLocation &location : exercise.faultsWithIntent(FaultIntent::Fix)) {
        if (!location.trackId.isEmpty() && location.fault.kind == FaultKind::Polarity)
            return location.trackId;
    }
    return {};
}

// The first track fault the brief keeps that a processing step or a cut can clean.
const FaultLocation *cleanableKeptFault(const QVector<FaultLocation> &kept)
{
    for (const FaultLocation &location : kept) {
        if (!location.trackId.isEmpty()
            && (location.fault.kind == FaultKind::PhraseNoise
                || !FaultAssessor::cleaningSteps(location.fault.kind).isEmpty()))
            return &location;
    }
    return nullptr;
}

} // namespace

class TestAutoGrading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Rubric m_rubric;
    QHash<QString, Delivery> m_deliveries;
    QHash<QString, GradingReport> m_referenceReports; // by exercise key

    // Renders an exercise once per test run.
    const Delivery *delivery(const QString &key)
    {
        if (const auto it = m_deliveries.constFind(key); it != m_deliveries.constEnd())
            return &*it;
        const Result<Exercise> loaded = ExerciseLoader::bundled(key);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.errorMessage()));
            return nullptr;
        }
        const Exercise exercise = ExerciseExcerpt::of(*loaded, kExcerptBars);
        const Result<RenderedSession> rendered
            = SessionRenderer().render(exercise, m_dir.filePath(key + QStringLiteral("/render")));
        if (!rendered) {
            qWarning("%s", qPrintable(rendered.errorMessage()));
            return nullptr;
        }
        return &*m_deliveries.insert(key, Delivery {exercise, *rendered});
    }

    Result<GradingReport> grade(const Delivery &delivery, const Session &prepared, const QString &name)
    {
        GradingRequest request;
        request.rubric = m_rubric;
        request.exercise = delivery.exercise;
        request.delivered = delivery.rendered.session;
        request.prepared = prepared;
        request.audioDirectory = delivery.rendered.directory;
        request.outputDirectory = m_dir.filePath(delivery.exercise.key + QLatin1Char('/') + name);
        SilentProgress progress;
        return PreparedSessionGrader::grade(request, progress);
    }

    static void addExerciseRows()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : ExerciseLoader::bundledKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!SessionRenderer::defaultSoundFont().isEmpty(), "no General MIDI SoundFont installed");
        QVERIFY(m_dir.isValid());
        const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        m_rubric = *rubric;
        QCOMPARE(ExerciseLoader::bundledKeys().size(), 27);
    }

    void referenceIsAdequate_data() { addExerciseRows(); }
    void referenceIsAdequate()
    {
        QFETCH(QString, key);
        const Delivery *d = delivery(key);
        QVERIFY(d);
        const Result<GradingReport> report
            = grade(*d, ReferencePreparation::prepare(d->exercise, d->rendered.session), QStringLiteral("reference"));
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        m_referenceReports.insert(key, *report);
        QVERIFY2(report->verdict.adequate, qPrintable(describe(*report)));
        QVERIFY(report->complete()); // every dimension of the default rubric has a judged criterion
        QCOMPARE(report->scores.size(), m_rubric.dimensions.size());
        for (auto it = report->scores.constBegin(); it != report->scores.constEnd(); ++it)
            QVERIFY2(
                *it >= 4.5, qPrintable(QStringLiteral("%1: %2\n%3").arg(it.key()).arg(*it).arg(describe(*report))));
        for (const CriterionGrade &grade : report->criteria) {
            QVERIFY2(!grade.evidence.isEmpty(), qPrintable(grade.key));
            if (grade.check.isEmpty())
                QVERIFY2(!grade.level, qPrintable(grade.key)); // no check: lecturer only, never guessed
        }
    }

    void deliveredIsInadequate_data() { addExerciseRows(); }
    void deliveredIsInadequate()
    {
        QFETCH(QString, key);
        const Delivery *d = delivery(key);
        QVERIFY(d);
        const Result<GradingReport> report = grade(*d, d->rendered.session, QStringLiteral("delivered"));
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(!report->verdict.adequate, qPrintable(describe(*report)));
        QVERIFY(!report->verdict.blocking.isEmpty());
        // nothing was written for the mix engineer
        const CriterionGrade *notes = report->criterion(QStringLiteral("dc_found_fixed_left"));
        QVERIFY(notes && notes->level);
        QCOMPARE(*notes->level, 1);
        QVERIFY(report->verdict.blocking.contains(QStringLiteral("documentation_communication")));
    }

    void onePolarityLeftBlocksSignalIntegrity_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("planted"); // a planted polarity fault left unfixed, else one pair track inverted
        for (const QString &key : ExerciseLoader::bundledKeys()) {
            const Result<Exercise> exercise = ExerciseLoader::bundled(key);
            QVERIFY2(exercise.ok(), qPrintable(exercise.errorMessage()));
            if (!polarityFaultTrack(*exercise).isEmpty())
                QTest::newRow(qPrintable(key + QStringLiteral(" unfixed"))) << key << true;
            else if (!exercise->answerKey.pairs.isEmpty())
                QTest::newRow(qPrintable(key + QStringLiteral(" inverted"))) << key << false;
        }
    }
    void onePolarityLeftBlocksSignalIntegrity()
    {
        QFETCH(QString, key);
        QFETCH(bool, planted);
        const Delivery *d = delivery(key);
        QVERIFY(d);
        Session prepared = ReferencePreparation::prepare(d->exercise, d->rendered.session);
        const QString trackId = planted ? polarityFaultTrack(d->exercise) : d->exercise.answerKey.pairs.first().b;
        SessionTrack *track = prepared.track(trackId);
        QVERIFY(track && !track->removed);
        track->polarityInverted = !track->polarityInverted;

        const Result<GradingReport> report = grade(*d, prepared, QStringLiteral("polarity"));
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(!report->verdict.adequate, qPrintable(describe(*report)));
        QVERIFY2(report->verdict.blocking.contains(kSignal), qPrintable(describe(*report)));
        const CriterionGrade *polarity = report->criterion(QStringLiteral("si_polarity_alignment"));
        QVERIFY(polarity && polarity->level);
        QVERIFY2(*polarity->level <= 2, qPrintable(describe(*report)));
        const QString evidence = polarity->evidence.join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("inverted")), qPrintable(evidence));
        QVERIFY2(evidence.contains(track->name), qPrintable(evidence));
        // every other dimension stays where the answer key's preparation has it
        for (auto it = report->scores.constBegin(); it != report->scores.constEnd(); ++it) {
            if (it.key() != kSignal && it.key() != kIntent && it.key() != QLatin1String("documentation_communication"))
                QVERIFY2(*it >= 4.5, qPrintable(describe(*report)));
        }
    }

    void cleaningAKeptFaultCostsCreativeIntent_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : ExerciseLoader::bundledKeys()) {
            const Result<Exercise> exercise = ExerciseLoader::bundled(key);
            QVERIFY2(exercise.ok(), qPrintable(exercise.errorMessage()));
            if (cleanableKeptFault(exercise->faultsWithIntent(FaultIntent::Keep)))
                QTest::newRow(qPrintable(key)) << key;
        }
    }
    void cleaningAKeptFaultCostsCreativeIntent()
    {
        QFETCH(QString, key);
        const Delivery *d = delivery(key);
        QVERIFY(d);
        const Session reference = ReferencePreparation::prepare(d->exercise, d->rendered.session);
        Result<GradingReport> before = makeError(QStringLiteral("not graded"));
        if (const auto it = m_referenceReports.constFind(key); it != m_referenceReports.constEnd())
            before = *it; // graded by referenceIsAdequate
        else
            before = grade(*d, reference, QStringLiteral("reference"));
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));

        const QVector<FaultLocation> kept = d->exercise.faultsWithIntent(FaultIntent::Keep);
        const FaultLocation *fault = cleanableKeptFault(kept);
        QVERIFY(fault);
        Session cleaned = reference;
        SessionTrack *track = cleaned.track(fault->trackId);
        QVERIFY(track && !track->removed);
        if (fault->fault.kind == FaultKind::PhraseNoise) // gate the breaths away
            track->cuts
                = ReferencePreparation::phraseGaps(d->exercise, *d->exercise.track(fault->trackId), cleaned.sampleRate);
        else
            track->processing << FaultAssessor::cleaningSteps(fault->fault.kind).first();

        const Result<GradingReport> after = grade(*d, cleaned, QStringLiteral("cleaned"));
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QVERIFY2(after->scores.value(kIntent) < before->scores.value(kIntent),
            qPrintable(QStringLiteral("before:\n%1\nafter:\n%2").arg(describe(*before), describe(*after))));
        const CriterionGrade *keep = after->criterion(QStringLiteral("ci_keep_deliberate"));
        QVERIFY(keep && keep->level);
        QVERIFY(*keep->level <= 2);
        const QString evidence = keep->evidence.join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("The brief asks to keep")) && evidence.contains(track->name),
            qPrintable(evidence));
    }
};

QTEST_GUILESS_MAIN(TestAutoGrading)
#include "tst_autograding.moc"
