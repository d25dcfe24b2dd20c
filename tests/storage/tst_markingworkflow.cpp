#include "support/TestDatabases.h"

#include "storage/AssignmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"
#include "storage/marking/CommentBankRepository.h"
#include "storage/marking/MarkingDraftRepository.h"
#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"
#include "storage/marking/ReleaseRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace prepmark;

namespace {
// The four-dimension test rubric: audio (peaks w2, phase w1; threshold 3), layout
// (names, colours; 3), edits (fades; 2.5), notes (found w1, questions w0.5; 3.5).
MarkSheet sheetWith(int peaks, int phase, int names, int colours, int fades, int found, int questions)
{
    MarkSheet sheet;
    const QPair<const char *, int> levels[] = {{"peaks", peaks}, {"phase", phase}, {"names", names},
        {"colours", colours}, {"fades", fades}, {"found", found}, {"questions", questions}};
    for (const auto &[key, level] : levels) {
        if (level > 0)
            sheet.setLevel(QString::fromLatin1(key), level);
    }
    return sheet;
}

int count(const QSqlDatabase &c, const QString &sql)
{
    SqlQuery q(c, sql);
    const Result<QVariant> value = q.scalar();
    if (!value)
        qFatal("%s", qPrintable(value.errorMessage()));
    return value->toInt();
}
} // namespace

class TestMarkingWorkflow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    QSqlDatabase c;
    Actor first, second, third, outsider, leader, student1, student2, student3;
    qint64 cohort = 0, assessed = 0, practice = 0;
    qint64 exercise = 0, rubric = 0;

    // A new assessed, not blind, assignment of the cohort, so each concurrency test starts
    // from unmarked submissions.
    qint64 newAssignment(const QString &title)
    {
        AssignmentRecord a;
        a.cohortId = cohort;
        a.exerciseId = exercise;
        a.rubricId = rubric;
        a.title = title;
        a.mode = QStringLiteral("assessed");
        return AssignmentRepository(c, Actor::system()).create(a).value();
    }

    DimensionScores agreedOf(qint64 submission)
    {
        const qint64 attempt = MarkingQueueRepository(c, Actor::system()).row(submission)->attemptId;
        return MarkingRepository(c, leader).agreedScores(attempt)->value_or(DimensionScores());
    }

    qint64 submit(qint64 assignmentId, const Actor &student, QVector<EvidenceRecord> evidence = {})
    {
        const qint64 submission = SubmissionRepository(c, student).open(assignmentId, student.userId).value();
        const qint64 attempt = SubmissionRepository(c, student)
                                   .addAttempt(submission, QStringLiteral("{\"tracks\":[]}"), QStringLiteral("notes"))
                                   .value()
                                   .id;
        if (!evidence.isEmpty() && !SubmissionRepository(c, Actor::system()).setEvidence(attempt, evidence).ok())
            qFatal("cannot store evidence");
        return submission;
    }

    SubmissionStatus statusOf(qint64 submission)
    {
        return SubmissionRepository(c, Actor::system()).find(submission)->status;
    }

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        c = m_database->connection();
        const Actor system = Actor::system();
        const QString hash = PasswordHasher::hash(QStringLiteral("pw"), PasswordHasher::Cost::Minimum).value();
        UserRepository users(c, system);
        auto make = [&](const char *name, Role role) {
            UserRecord u;
            u.username = QString::fromLatin1(name);
            u.displayName = QStringLiteral("Name of ") + u.username;
            u.role = role;
            if (role == Role::Student)
                u.studentNumber = QStringLiteral("n-") + u.username;
            return Actor {users.create(u, hash).value(), role, u.username, u.displayName};
        };
        first = make("first", Role::Lecturer);
        second = make("second", Role::Lecturer);
        third = make("third", Role::Lecturer);
        outsider = make("outsider", Role::Lecturer);
        leader = make("leader", Role::Leader);
        student1 = make("ada", Role::Student);
        student2 = make("ben", Role::Student);
        student3 = make("cy", Role::Student);
        ProgrammeRepository programmes(c, system);
        const qint64 module
            = programmes
                  .createModule(programmes.createProgramme(QStringLiteral("P"), QStringLiteral("P")).value(),
                      QStringLiteral("M"), QStringLiteral("M"))
                  .value();
        CohortRepository cohorts(c, system);
        cohort = cohorts.create(module, QStringLiteral("Cohort"), QStringLiteral("2026/27")).value();
        const qint64 other = cohorts.create(module, QStringLiteral("Other"), QStringLiteral("2026/27")).value();
        for (const Actor &lecturer : {first, second, third})
            QVERIFY(cohorts.enrol(cohort, lecturer.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(other, outsider.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(cohort, student1.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(cohort, student2.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(cohort, student3.userId, Role::Student).ok());

        QFile rubricFile(
            QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")));
        QVERIFY(rubricFile.open(QIODevice::ReadOnly));
        rubric = RubricRepository(c).store(rubricFile.readAll(), QStringLiteral("four-dimensions.json")).value();
        AssignmentRepository assignments(c, system);
        exercise = assignments.upsertExercise({0, QStringLiteral("ex"), QStringLiteral("Ex"), QStringLiteral("pop"), 1})
                       .value();
        AssignmentRecord a;
        a.cohortId = cohort;
        a.exerciseId = exercise;
        a.rubricId = rubric;
        a.title = QStringLiteral("Assessed");
        a.mode = QStringLiteral("assessed");
        a.blindMarking = true;
        assessed = assignments.create(a).value();
        a.title = QStringLiteral("Practice");
        a.mode = QStringLiteral("practice");
        a.blindMarking = false;
        practice = assignments.create(a).value();
        a.moderationTolerance = 0;
        QVERIFY(
            assignments.create(a).errorMessage().contains(QStringLiteral("moderation tolerance 0 must be positive")));
    }

    void firstMarkerClaimsWithTheFirstDraftAndKeepsItPrivate()
    {
        const qint64 submission = submit(assessed, student1);
        MarkingWorkflow workflow(c, first);
        QCOMPARE(workflow.taskFor(submission).value(), MarkingTask::FirstMarking);
        QCOMPARE(statusOf(submission), SubmissionStatus::NotMarked);
        MarkSheet draft = sheetWith(4, 2, 0, 0, 0, 0, 0);
        draft.setRemark(QStringLiteral("phase"), QStringLiteral("snare bottom inverted"));
        draft.setFeedback(QStringLiteral("So far so good"));
        QVERIFY(workflow.saveDraft(submission, draft).ok());
        QCOMPARE(statusOf(submission), SubmissionStatus::InMarking);
        const MarkingQueueRow row = MarkingQueueRepository(c, first).row(submission).value();
        QCOMPARE(row.myRole, std::optional<MarkerRole>(MarkerRole::First));
        QVERIFY(row.myDraft);
        const auto loaded = MarkingDraftRepository(c, first).load(row.attemptId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY((*loaded)->sheet == draft);
        // Nobody else reads it, and nobody else can first-mark now.
        QVERIFY(!MarkingDraftRepository(c, second).load(row.attemptId)->has_value());
        QCOMPARE(MarkingWorkflow(c, second).taskFor(submission).value(), MarkingTask::Review);
        // Claiming after the first marker did: refused, naming who holds the role.
        const WriteResult<qint64> late = MarkingWorkflow(c, second).saveDraft(submission, draft);
        QVERIFY(late.conflict());
        QCOMPARE(late.conflict()->kind, WriteConflict::Kind::Claimed);
        QVERIFY(!late.conflict()->overwritable);
        QVERIFY2(late.errorMessage().contains(QStringLiteral("Name of first is already the first marker")),
            qPrintable(late.errorMessage()));
        QVERIFY(!MarkingWorkflow(c, outsider).taskFor(submission).ok());
        QVERIFY(!MarkingWorkflow(c, student1).saveDraft(submission, draft).ok());
    }

    void aDamagedDraftIsReportedAndKept()
    {
        const qint64 submission = submit(assessed, student2);
        MarkingWorkflow workflow(c, first);
        QVERIFY(workflow.saveDraft(submission, sheetWith(3, 0, 0, 0, 0, 0, 0)).ok());
        const qint64 attempt = MarkingQueueRepository(c, first).row(submission)->attemptId;
        SqlQuery damage(c,
            QStringLiteral("UPDATE marking_drafts SET content = '{\"levels\":{\"peaks\":9}}' WHERE attempt_id = :a"));
        damage.bind(QStringLiteral(":a"), attempt);
        QVERIFY(damage.exec().ok());
        const auto loaded = MarkingDraftRepository(c, first).load(attempt);
        QCOMPARE(loaded.errorMessage(),
            QStringLiteral("draft of attempt %1 by first: $.levels.peaks: level must be a whole number from 1 to 5")
                .arg(attempt));
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marking_drafts WHERE content LIKE '%9%'")), 1);
    }

    void completingNeedsEveryCriterionAndARemarkForEveryOverride()
    {
        const qint64 submission = SubmissionRepository(c, Actor::system()).open(assessed, student1.userId).value();
        const qint64 attempt = MarkingQueueRepository(c, first).row(submission)->attemptId;
        QVERIFY(SubmissionRepository(c, Actor::system())
                    .setEvidence(attempt, {{QStringLiteral("peaks"), 4, {QStringLiteral("no clipping")}}})
                    .ok());
        MarkingWorkflow workflow(c, first);
        const int marksBefore = count(c, QStringLiteral("SELECT count(*) FROM marks"));

        const auto missing = workflow.complete(submission, sheetWith(4, 2, 3, 0, 3, 4, 2));
        QCOMPARE(missing.errorMessage(),
            QStringLiteral("cannot complete the marking of submission %1: criterion \"colours\" has no level")
                .arg(submission));
        // The caller cannot hide an override: the stored evidence decides.
        const auto unexplained = workflow.complete(submission, sheetWith(3, 2, 3, 4, 3, 4, 2));
        QCOMPARE(unexplained.errorMessage(),
            QStringLiteral("cannot complete the marking of submission %1: criterion \"peaks\": "
                           "level 3 overrides the automatic level 4 without a remark")
                .arg(submission));
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marks")), marksBefore);
        QCOMPARE(statusOf(submission), SubmissionStatus::InMarking);

        MarkSheet sheet = sheetWith(3, 2, 3, 4, 3, 4, 2);
        sheet.setRemark(QStringLiteral("peaks"), QStringLiteral("bass DI clips at 2:14"));
        sheet.setFeedback(QStringLiteral("Organised; check the bass."));
        const auto done = workflow.complete(submission, sheet);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(*done, SubmissionStatus::FirstMarked);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marks WHERE attempt_id = %1").arg(attempt)), 7);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marking_drafts WHERE attempt_id = %1").arg(attempt)), 0);
        QCOMPARE(
            count(c,
                QStringLiteral("SELECT count(*) FROM marks WHERE attempt_id = %1 AND remark = 'bass DI clips at 2:14'")
                    .arg(attempt)),
            1);
        QCOMPARE(workflow.taskFor(submission).value(), MarkingTask::Review);
        QVERIFY(!workflow.complete(submission, sheet).ok()); // once only
    }

    void theSecondMarkerMarksBlind()
    {
        const qint64 submission = SubmissionRepository(c, Actor::system()).open(assessed, student1.userId).value();
        const qint64 attempt = MarkingQueueRepository(c, first).row(submission)->attemptId;
        QCOMPARE(MarkingWorkflow(c, second).taskFor(submission).value(), MarkingTask::SecondMarking);
        for (const Actor &blind : {second, third}) {
            MarkingRepository marking(c, blind);
            QVERIFY(marking.marks(attempt)->isEmpty());
            QVERIFY(marking.markerScores(attempt)->isEmpty());
            for (const MarkingRecord &record : marking.markings(attempt).value())
                QVERIFY(record.feedback.isEmpty());
            QVERIFY(!MarkingWorkflow(c, blind).comparison(submission).ok());
        }
        QCOMPARE(MarkingRepository(c, leader).marks(attempt)->size(), 7); // not marking: leaders see all
        QCOMPARE(MarkingRepository(c, first).marks(attempt)->size(), 7); // their own

        // Claimed by a draft: still blind until complete.
        QVERIFY(MarkingWorkflow(c, second).saveDraft(submission, sheetWith(3, 0, 0, 0, 0, 0, 0)).ok());
        QCOMPARE(statusOf(submission), SubmissionStatus::FirstMarked);
        QVERIFY(MarkingRepository(c, second).marks(attempt)->isEmpty());
        QCOMPARE(MarkingWorkflow(c, third).taskFor(submission).value(), MarkingTask::Review);
    }

    void disagreementBeyondToleranceReachesModeration()
    {
        const qint64 submission = SubmissionRepository(c, Actor::system()).open(assessed, student1.userId).value();
        const qint64 attempt = MarkingQueueRepository(c, first).row(submission)->attemptId;
        // First: audio (2*3+2)/3 = 2.67, layout 3.5, edits 3, notes (4+1)/1.5 = 3.33 -> inadequate.
        // Second: audio 4.33 (1.67 apart: beyond the 1.0 tolerance).
        MarkSheet sheet = sheetWith(4, 5, 4, 4, 3, 4, 4);
        sheet.setRemark(QStringLiteral("peaks"), QStringLiteral("fine to me")); // the automatic level is 4: no override
        const auto done = MarkingWorkflow(c, second).complete(submission, sheet);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(*done, SubmissionStatus::NeedsModeration);
        QCOMPARE(MarkingRepository(c, second).marks(attempt)->size(), 14); // complete: now both
        const MarkerComparison comparison = MarkingWorkflow(c, second).comparison(submission).value();
        QCOMPARE(comparison.dimensionsBeyondTolerance(), QStringList {QStringLiteral("audio")});
        QVERIFY(comparison.adequacyDisagrees());

        // Markers wait; a colleague who marked neither moderates, with a reason.
        QCOMPARE(MarkingWorkflow(c, first).taskFor(submission).value(), MarkingTask::Review);
        QCOMPARE(MarkingWorkflow(c, second).taskFor(submission).value(), MarkingTask::Review);
        QCOMPARE(MarkingWorkflow(c, third).taskFor(submission).value(), MarkingTask::Moderation);
        const DimensionScores agreed {{QStringLiteral("audio"), 3.25}, {QStringLiteral("layout"), 3.75},
            {QStringLiteral("edits"), 3.0}, {QStringLiteral("notes"), 3.5}};
        QVERIFY(MarkingWorkflow(c, first)
                    .moderate(submission, agreed, QStringLiteral("mine"))
                    .errorMessage()
                    .contains(QStringLiteral("may not do the moderation of submission")));
        QCOMPARE(MarkingWorkflow(c, third).moderate(submission, agreed, QStringLiteral("  ")).errorMessage(),
            QStringLiteral("moderation of submission %1: give the reason for the agreed scores").arg(submission));
        DimensionScores offScale = agreed;
        offScale[QStringLiteral("audio")] = 7;
        QVERIFY(!MarkingWorkflow(c, third).moderate(submission, offScale, QStringLiteral("typo")).ok());
        QCOMPARE(statusOf(submission), SubmissionStatus::NeedsModeration);
        QVERIFY(!MarkingRepository(c, third).agreedScores(attempt)->has_value());

        QVERIFY(MarkingWorkflow(c, third)
                    .moderate(submission, agreed, QStringLiteral("Listened to the bass DI: one clip run, repaired."))
                    .ok());
        QCOMPARE(statusOf(submission), SubmissionStatus::Agreed);
        QCOMPARE(MarkingRepository(c, third).agreedScores(attempt)->value(), agreed);
        const auto decisions = MarkingWorkflow(c, third).decisions(submission).value();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().kind, QStringLiteral("moderated"));
        QCOMPARE(decisions.first().decidedBy, third.userId);

        // Everything is in the audit log: the status changes, completions, the moderation.
        SqlQuery audit(c,
            QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE entity = 'submission' "
                           "AND entity_id = :s ORDER BY id"));
        audit.bind(QStringLiteral(":s"), submission);
        const Status read = audit.exec();
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QStringList changes;
        while (audit.next())
            changes << audit.value(0).toString();
        QCOMPARE(changes.join(QLatin1Char(',')),
            QStringLiteral(
                "not_marked>in_marking,in_marking>first_marked,first_marked>needs_moderation,needs_moderation>agreed"));
        QCOMPARE(count(c,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marking' AND action = 'complete' "
                                    "AND entity_id = %1")
                         .arg(attempt)),
            2);
        QCOMPARE(count(c,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'moderation' AND detail LIKE '%one "
                                    "clip run, repaired.' AND actor_id = %1")
                         .arg(third.userId)),
            1);
        QCOMPARE(
            count(c,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dimension_result' AND actor_id = %1")
                    .arg(third.userId)),
            4);

        // Released with the first marker's feedback; names appear once released.
        QCOMPARE(MarkingWorkflow(c, second).taskFor(submission).value(), MarkingTask::Release);
        QVERIFY(MarkingQueueRepository(c, second).row(submission)->anonymous);
        QVERIFY(MarkingWorkflow(c, second).release(submission).ok());
        QCOMPARE(statusOf(submission), SubmissionStatus::Released);
        const auto released = ReleaseRepository(c, student1).forStudent(student1.userId).value();
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.first().feedback, QStringLiteral("Organised; check the bass."));
        QVERIFY(!MarkingQueueRepository(c, second).row(submission)->anonymous);
        QCOMPARE(MarkingQueueRepository(c, second).row(submission)->studentName, QStringLiteral("Name of ada"));
    }

    void markersWithinToleranceAgree()
    {
        const qint64 submission = submit(practice, student2); // practice: marked once
        MarkSheet sheet = sheetWith(4, 4, 4, 4, 3, 4, 4);
        const auto done = MarkingWorkflow(c, first).complete(submission, sheet);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(*done, SubmissionStatus::Agreed);
        QCOMPARE(MarkingWorkflow(c, first).decisions(submission)->first().kind, QStringLiteral("single"));

        // Double marking within tolerance: second marked, then agreed by a marker.
        const qint64 assessedSubmission = submit(assessed, student3);
        QVERIFY(MarkingWorkflow(c, second)
                    .complete(assessedSubmission, sheetWith(4, 4, 4, 4, 3, 4, 4))
                    .ok()); // second is its first marker
        QVERIFY(MarkingWorkflow(c, first).complete(assessedSubmission, sheetWith(4, 3, 4, 3, 3, 4, 4)).value()
            == SubmissionStatus::SecondMarked);
        QCOMPARE(MarkingWorkflow(c, third).taskFor(assessedSubmission).value(), MarkingTask::Review);
        QCOMPARE(MarkingWorkflow(c, leader).taskFor(assessedSubmission).value(), MarkingTask::Agreement);
        const MarkerComparison comparison = MarkingWorkflow(c, first).comparison(assessedSubmission).value();
        QVERIFY(!comparison.needsModeration);
        QVERIFY(MarkingWorkflow(c, second).agree(assessedSubmission, comparison.meanScores, QString()).ok());
        QCOMPARE(statusOf(assessedSubmission), SubmissionStatus::Agreed);
        QCOMPARE(MarkingWorkflow(c, first).decisions(assessedSubmission)->first().reason,
            QStringLiteral("markers within tolerance agreed these scores"));
    }

    void theQueueFiltersAndHidesNames_data()
    {
        QTest::addColumn<qint64>("assignment");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("named");
        // Assessed (blind): ada released, ben in marking, cy agreed; practice (named): ben.
        QTest::newRow("everything") << qint64(0) << -1 << false << 4 << 2;
        QTest::newRow("anonymous on request") << qint64(0) << -1 << true << 4 << 0;
        QTest::newRow("released only") << qint64(0) << int(SubmissionStatus::Released) << false << 1 << 1;
        QTest::newRow("practice") << qint64(-1) << -1 << false << 1 << 1;
    }

    void theQueueFiltersAndHidesNames()
    {
        QFETCH(qint64, assignment);
        QFETCH(int, status);
        QFETCH(bool, anonymous);
        QFETCH(int, rows);
        QFETCH(int, named);
        MarkingQueueFilter filter;
        filter.assignmentId = assignment < 0 ? practice : assignment;
        filter.cohortId = cohort;
        if (status >= 0)
            filter.status = SubmissionStatus(status);
        filter.anonymous = anonymous;
        const auto queue = MarkingQueueRepository(c, third).queue(filter);
        QVERIFY2(queue.ok(), qPrintable(queue.errorMessage()));
        QCOMPARE(queue->size(), rows);
        int withNames = 0;
        for (const MarkingQueueRow &row : *queue) {
            withNames += row.studentName.isEmpty() ? 0 : 1;
            QCOMPARE(row.anonymous, row.studentName.isEmpty());
            QCOMPARE(row.anonymous, row.studentId == 0);
        }
        QCOMPARE(withNames, named);
        QVERIFY(MarkingQueueRepository(c, outsider).queue()->isEmpty());
        QVERIFY(!MarkingQueueRepository(c, student1).queue().ok());
    }

    void theCommentBankIsSharedOrOwn()
    {
        QVERIFY(!CommentBankRepository(c, first).add(QStringLiteral("shared"), {}, true).ok());
        const qint64 shared = CommentBankRepository(c, leader)
                                  .add(QStringLiteral("Check polarity."), QStringLiteral("audio"), true)
                                  .value();
        const qint64 own
            = CommentBankRepository(c, first).add(QStringLiteral("  Good fades.  "), QStringLiteral("edits")).value();
        QCOMPARE(CommentBankRepository(c, first).add(QStringLiteral("Good fades."), QStringLiteral("edits")).value(),
            own); // no duplicates
        QVERIFY(CommentBankRepository(c, first)
                    .add(QStringLiteral("   "))
                    .errorMessage()
                    .contains(QStringLiteral("empty")));
        QVERIFY(CommentBankRepository(c, first).add(QStringLiteral("General.")).ok());
        QCOMPARE(CommentBankRepository(c, first).comments(QStringLiteral("edits"))->size(), 2); // own edits + general
        QCOMPARE(
            CommentBankRepository(c, first).comments(QStringLiteral("audio"))->size(), 2); // shared audio + general
        QCOMPARE(CommentBankRepository(c, first).comments()->size(), 3);
        QCOMPARE(CommentBankRepository(c, second).comments()->size(), 1); // only the shared one
        QVERIFY(!CommentBankRepository(c, second).remove(own).ok());
        QVERIFY(!CommentBankRepository(c, first).remove(shared).ok());
        QVERIFY(!CommentBankRepository(c, student1).comments().ok());
        QVERIFY(CommentBankRepository(c, first).remove(own).ok());
        QVERIFY(CommentBankRepository(c, leader).remove(shared).ok());
    }

    // The same marker with the sheet open twice (two windows, two computers): the older
    // window's autosave never overwrites the newer draft, and completing from it is refused.
    void aDraftSavedElsewhereIsNeverOverwrittenSilently()
    {
        const qint64 submission = submit(newAssignment(QStringLiteral("Two windows")), student1);
        const qint64 attempt = MarkingQueueRepository(c, first).row(submission)->attemptId;
        MarkingWorkflow workflow(c, first);
        const DraftBasis opened {attempt, 0}; // both windows opened a new sheet
        const WriteResult<qint64> window1 = workflow.saveDraft(submission, sheetWith(3, 0, 0, 0, 0, 0, 0), opened);
        QVERIFY2(window1.ok(), qPrintable(window1.errorMessage()));
        QCOMPARE(*window1, qint64(1));
        const WriteResult<qint64> window2 = workflow.saveDraft(submission, sheetWith(4, 0, 0, 0, 0, 0, 0), opened);
        QVERIFY(window2.conflict());
        const WriteConflict conflict = *window2.conflict();
        QCOMPARE(conflict.kind, WriteConflict::Kind::Changed);
        QCOMPARE(conflict.changedById, first.userId);
        QVERIFY(conflict.changedAt.isValid());
        QCOMPARE(conflict.currentVersion, qint64(1));
        QVERIFY(conflict.overwritable);
        QCOMPARE(conflict.values.size(), 1);
        QCOMPARE(conflict.values.first().key, QStringLiteral("peaks"));
        QCOMPARE(conflict.values.first().theirs, QStringLiteral("3"));
        QCOMPARE(conflict.values.first().yours, QStringLiteral("4"));
        QVERIFY(MarkingDraftRepository(c, first).load(attempt).value()->sheet == sheetWith(3, 0, 0, 0, 0, 0, 0));

        // Window 1 goes on; window 2 keeps its sheet over the version it was shown: refused,
        // because window 1 saved again since, then kept over the newest.
        QCOMPARE(*workflow.saveDraft(submission, sheetWith(3, 2, 0, 0, 0, 0, 0), DraftBasis {attempt, 1}), qint64(2));
        const WriteResult<qint64> keptTooEarly = workflow.saveDraft(submission, sheetWith(4, 0, 0, 0, 0, 0, 0),
            DraftBasis {attempt, conflict.currentVersion}, WriteIntent::Overwrite);
        QVERIFY(keptTooEarly.conflict());
        QCOMPARE(keptTooEarly.conflict()->currentVersion, qint64(2));
        const WriteResult<qint64> kept = workflow.saveDraft(submission, sheetWith(4, 0, 0, 0, 0, 0, 0),
            DraftBasis {attempt, keptTooEarly.conflict()->currentVersion}, WriteIntent::Overwrite);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        QCOMPARE(*kept, qint64(3));
        // The overwritten draft stays in the audit log.
        SqlQuery audit(c,
            QStringLiteral("SELECT actor_id, old_value FROM audit_log WHERE entity = 'marking_draft' "
                           "AND action = 'overwrite' AND entity_id = :attempt"));
        audit.bind(QStringLiteral(":attempt"), attempt);
        QVERIFY(audit.exec().ok());
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toLongLong(), first.userId);
        QVERIFY(audit.value(1).toString().contains(QStringLiteral("\"phase\":2")));
        QVERIFY(!audit.next());

        // Completing from window 1 (its draft: version 2) would drop window 2's sheet.
        const MarkSheet full = sheetWith(4, 4, 4, 4, 3, 4, 4);
        const WriteResult<SubmissionStatus> stale = workflow.complete(submission, full, DraftBasis {attempt, 2});
        QVERIFY(stale.conflict());
        QCOMPARE(stale.conflict()->currentVersion, qint64(3));
        QCOMPARE(statusOf(submission), SubmissionStatus::InMarking);
        const WriteResult<SubmissionStatus> done = workflow.complete(submission, full, DraftBasis {attempt, 3});
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(*done, SubmissionStatus::FirstMarked);
        // The other window learns the marking was completed; there is nothing to keep it over.
        const WriteResult<qint64> after = workflow.saveDraft(submission, full, DraftBasis {attempt, 3});
        QVERIFY(after.conflict());
        QCOMPARE(after.conflict()->kind, WriteConflict::Kind::Completed);
        QVERIFY(!after.conflict()->overwritable);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marking_drafts WHERE attempt_id = %1").arg(attempt)), 0);
    }

    void aPageOnAnOlderAttemptIsRefused()
    {
        const qint64 submission = submit(newAssignment(QStringLiteral("Handed in again")), student2);
        const qint64 older = MarkingQueueRepository(c, first).row(submission)->attemptId;
        MarkingWorkflow workflow(c, first);
        const WriteResult<qint64> saved
            = workflow.saveDraft(submission, sheetWith(3, 0, 0, 0, 0, 0, 0), DraftBasis {older, 0});
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const qint64 newer = SubmissionRepository(c, student2)
                                 .addAttempt(submission, QStringLiteral("{}"), QStringLiteral("again"))
                                 .value()
                                 .id;
        QCOMPARE(statusOf(submission), SubmissionStatus::NotMarked);
        const WriteResult<qint64> stale
            = workflow.saveDraft(submission, sheetWith(4, 0, 0, 0, 0, 0, 0), DraftBasis {older, *saved});
        QVERIFY(stale.conflict());
        QCOMPARE(stale.conflict()->kind, WriteConflict::Kind::NewAttempt);
        QVERIFY(!stale.conflict()->overwritable);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM marking_drafts WHERE attempt_id = %1").arg(newer)), 0);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM markings WHERE attempt_id = %1").arg(newer)), 0);
    }

    // Status transitions are conditional on the status (and version) read.
    void aStatusMovesOnlyFromTheStatusRead()
    {
        const qint64 submission = submit(newAssignment(QStringLiteral("Status")), student3);
        SubmissionRepository submissions(c, first);
        const qint64 read = submissions.find(submission)->version;
        const WriteResult<qint64> moved
            = submissions.setStatus(submission, SubmissionStatus::NotMarked, SubmissionStatus::InMarking, read);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(*moved, read + 1);
        const WriteResult<qint64> again = SubmissionRepository(c, second).setStatus(
            submission, SubmissionStatus::NotMarked, SubmissionStatus::InMarking, read);
        QVERIFY(again.conflict());
        QCOMPARE(again.conflict()->changedById, first.userId);
        QCOMPARE(again.conflict()->changedByName, QStringLiteral("Name of first"));
        QCOMPARE(again.conflict()->values.first().theirs, QStringLiteral("in_marking"));
        QCOMPARE(again.conflict()->currentVersion, read + 1);
        // Without a version, the status alone decides.
        QVERIFY(SubmissionRepository(c, second)
                    .setStatus(submission, SubmissionStatus::NotMarked, SubmissionStatus::InMarking)
                    .conflict());
        QVERIFY(submissions.setStatus(submission, SubmissionStatus::InMarking, SubmissionStatus::NotMarked).ok());
    }

    // Two people agree the same submission at once: the second is refused with the first's
    // scores beside theirs, keeps theirs deliberately, and a release on the older state is refused.
    void aSecondAgreementIsRefusedAndCanBeKeptDeliberately()
    {
        const qint64 submission = submit(newAssignment(QStringLiteral("Agreement")), student1);
        QVERIFY(MarkingWorkflow(c, first).complete(submission, sheetWith(4, 4, 4, 4, 3, 4, 4)).ok());
        QCOMPARE(*MarkingWorkflow(c, second).complete(submission, sheetWith(4, 3, 4, 4, 3, 4, 4)),
            SubmissionStatus::SecondMarked);
        const qint64 read = MarkingQueueRepository(c, first).row(submission)->submissionVersion;
        QCOMPARE(MarkingQueueRepository(c, leader).row(submission)->submissionVersion, read);
        const DimensionScores firsts {{QStringLiteral("audio"), 4.0}, {QStringLiteral("layout"), 4.0},
            {QStringLiteral("edits"), 3.0}, {QStringLiteral("notes"), 4.0}};
        const DimensionScores leaders {{QStringLiteral("audio"), 3.75}, {QStringLiteral("layout"), 4.0},
            {QStringLiteral("edits"), 3.0}, {QStringLiteral("notes"), 4.0}};
        QVERIFY(MarkingWorkflow(c, first).agree(submission, firsts, QString(), read).ok());
        const WriteStatus late = MarkingWorkflow(c, leader).agree(submission, leaders, QStringLiteral("3.75"), read);
        QVERIFY(late.conflict());
        const WriteConflict conflict = *late.conflict();
        QCOMPARE(conflict.kind, WriteConflict::Kind::Changed);
        QCOMPARE(conflict.changedById, first.userId);
        QVERIFY(conflict.overwritable); // agreed, not released: a leader may replace it
        QCOMPARE(conflict.currentVersion, read + 1);
        QHash<QString, ConflictingValue> values;
        for (const ConflictingValue &value : conflict.values)
            values.insert(value.key, value);
        QCOMPARE(values.value(QStringLiteral("status")).theirs, QStringLiteral("agreed"));
        QCOMPARE(values.value(QStringLiteral("audio")).theirs, QStringLiteral("4"));
        QCOMPARE(values.value(QStringLiteral("audio")).yours, QStringLiteral("3.75"));
        QCOMPARE(values.value(QStringLiteral("reason")).theirs,
            QStringLiteral("markers within tolerance agreed these scores"));
        QCOMPARE(agreedOf(submission), firsts);
        // A lecturer who neither marked it nor leads the programme is not offered "keep mine".
        const WriteStatus bystander = MarkingWorkflow(c, third).agree(submission, leaders, QString(), read);
        QVERIFY(bystander.conflict());
        QVERIFY(!bystander.conflict()->overwritable);
        QVERIFY(!MarkingWorkflow(c, third)
                     .agree(submission, leaders, QString(), conflict.currentVersion, WriteIntent::Overwrite)
                     .ok());

        QVERIFY(MarkingWorkflow(c, leader)
                    .agree(submission, leaders, QStringLiteral("3.75"), conflict.currentVersion, WriteIntent::Overwrite)
                    .ok());
        QCOMPARE(agreedOf(submission), leaders);
        QCOMPARE(statusOf(submission), SubmissionStatus::Agreed);
        const qint64 attempt = MarkingQueueRepository(c, leader).row(submission)->attemptId;
        QCOMPARE(count(c,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dimension_result' AND action = "
                                    "'overwrite' AND actor_id = %1 AND detail LIKE '%attempt %2,%'")
                         .arg(leader.userId)
                         .arg(attempt)),
            4);
        QCOMPARE(MarkingWorkflow(c, leader).decisions(submission)->size(), 2);

        // The first marker's page still shows their own agreement: releasing it is refused.
        const WriteResult<qint64> release
            = MarkingWorkflow(c, first).release(submission, QDateTime::currentDateTimeUtc(), read + 1);
        QVERIFY(release.conflict());
        QCOMPARE(release.conflict()->changedById, leader.userId);
        QVERIFY(!release.conflict()->overwritable);
        QCOMPARE(statusOf(submission), SubmissionStatus::Agreed);
        const qint64 now = MarkingQueueRepository(c, first).row(submission)->submissionVersion;
        QVERIFY(MarkingWorkflow(c, first).release(submission, QDateTime::currentDateTimeUtc(), now).ok());
        const WriteResult<qint64> twice
            = MarkingWorkflow(c, leader).release(submission, QDateTime::currentDateTimeUtc(), now);
        QVERIFY(twice.conflict());
        QCOMPARE(twice.conflict()->kind, WriteConflict::Kind::Released);
        QCOMPARE(ReleaseRepository(c, student1).forStudent(student1.userId)->last().scores, leaders);
    }
};

QTEST_GUILESS_MAIN(TestMarkingWorkflow)
#include "tst_markingworkflow.moc"
