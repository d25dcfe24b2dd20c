#include "support/TestDatabases.h"

#include "storage/AccessPolicy.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkbenchDraftRepository.h"
#include "storage/marking/DoubleMarkingRepository.h"
#include "storage/marking/MarkingRepository.h"
#include "storage/marking/ReleaseRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace prepmark;

namespace {
QByteArray testRubric()
{
    QFile file(
        QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test rubric");
    return file.readAll();
}

Actor actorFor(qint64 id, Role role, const char *name)
{
    return Actor {id, role, QString::fromLatin1(name), QString::fromLatin1(name)};
}

int rowCount(const QSqlDatabase &c, const QString &table)
{
    SqlQuery q(c, QStringLiteral("SELECT count(*) FROM ") + table);
    return q.scalar()->toInt();
}

const CriterionLevels kFullMarks {{QStringLiteral("peaks"), 4}, {QStringLiteral("phase"), 2},
    {QStringLiteral("names"), 3}, {QStringLiteral("colours"), 4}, {QStringLiteral("fades"), 3},
    {QStringLiteral("found"), 4}, {QStringLiteral("questions"), 2}};
} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    QSqlDatabase c;
    Actor lecturer1, lecturer2, student1, student2, student3, leader;
    qint64 cohort1 = 0, cohort2 = 0, assignment1 = 0, assignment2 = 0;
    qint64 submission1 = 0, submission2 = 0, submission3 = 0;
    qint64 attempt1 = 0, attempt2 = 0;

    // The version of lecturer1's mark of the criterion on attempt1, as a page reads it.
    qint64 markVersion(const MarkingRepository &marking, const QString &criterion)
    {
        for (const MarkRecord &mark : marking.marks(attempt1).value()) {
            if (mark.markerId == lecturer1.userId && mark.criterionKey == criterion)
                return mark.version;
        }
        return 0;
    }

    QString storedMark(const QString &criterion)
    {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT level || '@' || row_version FROM marks WHERE attempt_id = :a AND criterion_key = :k"));
        q.bind(QStringLiteral(":a"), attempt1).bind(QStringLiteral(":k"), criterion);
        return q.scalar()->toString();
    }

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        c = m_database->connection();
        const Actor system = Actor::system();
        UserRepository users(c, system);
        // Every account signs in with "secret": an Argon2id hash in a file, a login role on a server.
        auto make = [&](const char *name, Role role) {
            UserRecord u;
            u.username = QString::fromLatin1(name);
            u.displayName = QString::fromLatin1(name).toUpper();
            u.role = role;
            if (role == Role::Student)
                u.studentNumber = QStringLiteral("n-") + u.username;
            const Result<qint64> id = users.createAccount(u, QStringLiteral("secret"), PasswordHasher::Cost::Minimum);
            if (!id)
                qFatal("cannot create %s: %s", name, qPrintable(id.errorMessage()));
            return actorFor(*id, role, name);
        };
        lecturer1 = make("lect1", Role::Lecturer);
        lecturer2 = make("lect2", Role::Lecturer);
        student1 = make("stud1", Role::Student);
        student2 = make("stud2", Role::Student);
        student3 = make("stud3", Role::Student);
        leader = make("lead", Role::Leader);

        ProgrammeRepository programmes(c, system);
        const qint64 programme = programmes.createProgramme(QStringLiteral("P"), QStringLiteral("Programme")).value();
        const qint64 module = programmes.createModule(programme, QStringLiteral("M"), QStringLiteral("Module")).value();
        CohortRepository cohorts(c, system);
        cohort1 = cohorts.create(module, QStringLiteral("One"), QStringLiteral("2025/26")).value();
        cohort2 = cohorts.create(module, QStringLiteral("Two"), QStringLiteral("2026/27")).value();
        QVERIFY(cohorts.enrol(cohort1, lecturer1.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(cohort2, lecturer2.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(cohort1, student1.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(cohort1, student2.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(cohort2, student3.userId, Role::Student).ok());

        const qint64 rubric = RubricRepository(c).store(testRubric(), QStringLiteral("four-dimensions.json")).value();
        AssignmentRepository assignments(c, system);
        const qint64 exercise
            = assignments.upsertExercise({0, QStringLiteral("ex"), QStringLiteral("Ex"), QStringLiteral("pop"), 1})
                  .value();
        AssignmentRecord a;
        a.cohortId = cohort1;
        a.exerciseId = exercise;
        a.rubricId = rubric;
        a.title = QStringLiteral("First");
        a.mode = QStringLiteral("assessed");
        assignment1 = assignments.create(a).value();
        a.cohortId = cohort2;
        assignment2 = assignments.create(a).value();

        submission1 = SubmissionRepository(c, student1).open(assignment1, student1.userId).value();
        submission2 = SubmissionRepository(c, student2).open(assignment1, student2.userId).value();
        submission3 = SubmissionRepository(c, student3).open(assignment2, student3.userId).value();
        attempt1 = SubmissionRepository(c, student1)
                       .addAttempt(submission1, QStringLiteral("{}"), QStringLiteral("my notes"))
                       .value()
                       .id;
        attempt2 = SubmissionRepository(c, student2)
                       .addAttempt(submission2, QStringLiteral("{}"), QStringLiteral("other notes"))
                       .value()
                       .id;
        QVERIFY(SubmissionRepository(c, student1)
                    .setEvidence(attempt1,
                        {{QStringLiteral("peaks"), 4, {QStringLiteral("no clipping")}},
                            {QStringLiteral("found"), std::nullopt, {}}})
                    .ok());
    }

    void authenticates()
    {
        // User names are case-insensitive in a file; on a server the name is the login
        // role's, which PrepMark creates in lower case (ServerAccounts::isValidUsername).
        const QString name = m_database->isServer() ? QStringLiteral("lect1") : QStringLiteral("LECT1");
        const Result<Actor> ok = test::signIn(*m_database, name, QStringLiteral("secret"));
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(ok->userId, lecturer1.userId);
        QCOMPARE(ok->role, Role::Lecturer);
        QCOMPARE(ok->username, QStringLiteral("lect1"));
        const Result<Actor> wrong = test::signIn(*m_database, QStringLiteral("lect1"), QStringLiteral("Secret"));
        const Result<Actor> unknown = test::signIn(*m_database, QStringLiteral("nobody"), QStringLiteral("secret"));
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        // One message for both, so neither reveals whether the account exists (a server's
        // names the role it was asked for, so compare with the name taken out).
        QCOMPARE(QString(wrong.errorMessage()).replace(QLatin1String("lect1"), QLatin1String("NAME")),
            QString(unknown.errorMessage()).replace(QLatin1String("nobody"), QLatin1String("NAME")));
        if (m_database->isServer()) {
            // The server keeps the password as a SCRAM verifier and PrepMark keeps none;
            // PrepMark's own password check refuses, pointing at the sign-in a server uses.
            SqlQuery stored(c,
                QStringLiteral("SELECT u.password_hash || '|' || a.rolpassword FROM users u "
                               "JOIN pg_authid a ON a.rolname = u.username WHERE u.username = 'lect1'"));
            QVERIFY(stored.scalar()->toString().startsWith(QStringLiteral("|SCRAM-SHA-256$")));
            const Result<Actor> local
                = UserRepository::authenticate(c, QStringLiteral("lect1"), QStringLiteral("secret"));
            QVERIFY(!local.ok());
            QVERIFY2(local.errorMessage().contains(QLatin1String("sign in as your own database account")),
                qPrintable(local.errorMessage()));
        } else {
            SqlQuery stored(c, QStringLiteral("SELECT password_hash FROM users WHERE username = 'lect1'"));
            QVERIFY(stored.scalar()->toString().startsWith(QStringLiteral("$argon2id$")));
        }
    }

    void studentReadsOwnWork()
    {
        SubmissionRepository mine(c, student1);
        QCOMPARE(mine.find(submission1)->studentId, student1.userId);
        QCOMPARE(mine.attempts(submission1)->size(), 1);
        QCOMPARE(mine.attempts(submission1)->first().notes, QStringLiteral("my notes"));
        const auto evidence = mine.evidence(attempt1);
        QVERIFY(evidence.ok());
        QCOMPARE(evidence->size(), 2);
        QCOMPARE(evidence->at(0).provisionalLevel.value(), 4);
        QVERIFY(!evidence->at(1).provisionalLevel.has_value());
        const auto own = mine.own();
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().id, submission1);
    }

    void studentCannotReadAnotherStudentsData()
    {
        SubmissionRepository other(c, student2);
        QVERIFY(other.find(submission1)
                    .errorMessage()
                    .contains(QStringLiteral("may not read another student's submission")));
        QVERIFY(!other.attempts(submission1).ok());
        QVERIFY(!other.evidence(attempt1).ok());
        QVERIFY(!other.addAttempt(submission1, {}, QStringLiteral("sneaky")).ok());
        QVERIFY(!other.setEvidence(attempt1, {}).ok());
        QVERIFY(!other.open(assignment1, student1.userId).ok());
        QVERIFY(!other.resultsForAssignment(assignment1).ok());
        QVERIFY(!other.setStatus(submission2, SubmissionStatus::NotMarked, SubmissionStatus::Released).ok());
        for (const SubmissionRecord &s : other.own().value())
            QCOMPARE(s.studentId, student2.userId);

        QVERIFY(!UserRepository(c, student2).find(student1.userId).ok());
        QVERIFY(!UserRepository(c, student2).findByUsername(QStringLiteral("stud1")).ok());
        QVERIFY(!UserRepository(c, student2).withRole(Role::Student).ok());
        QVERIFY(!CohortRepository(c, student2).students(cohort1).ok());
        QVERIFY(!MarkingRepository(c, student2).marks(attempt1).ok());
        QVERIFY(!MarkingRepository(c, student2).agreedScores(attempt1).ok());
        QVERIFY(
            !MarkingRepository(c, student1).setMark(attempt1, QStringLiteral("peaks"), 5).ok()); // not even their own
        QVERIFY(!ReleaseRepository(c, student2).forStudent(student1.userId).ok());
        QVERIFY(!AuditRepository(c, student2).recent(10).ok());
        // A student sees their own cohorts only, and cannot open a submission in another cohort.
        const auto cohorts = CohortRepository(c, student3).visibleCohorts();
        QCOMPARE(cohorts->size(), 1);
        QCOMPARE(cohorts->first().id, cohort2);
        QVERIFY(!SubmissionRepository(c, student3).open(assignment1, student3.userId).ok());
        QVERIFY(!AssignmentRepository(c, student3).forCohort(cohort1).ok());
        QCOMPARE(AssignmentRepository(c, student1).forCohort(cohort1)->size(), 1);
    }

    void lecturersSeeOnlyTheCohortsTheyTeach()
    {
        QCOMPARE(CohortRepository(c, lecturer1).visibleCohorts()->size(), 1);
        QCOMPARE(CohortRepository(c, leader).visibleCohorts()->size(), 2);
        QVERIFY(SubmissionRepository(c, lecturer1).find(submission1).ok());
        QVERIFY(!SubmissionRepository(c, lecturer2).find(submission1).ok());
        QVERIFY(!MarkingRepository(c, lecturer2).setMark(attempt1, QStringLiteral("peaks"), 3).ok());
        QVERIFY(SubmissionRepository(c, leader).find(submission1).ok());
        const auto rows = SubmissionRepository(c, lecturer1).resultsForAssignment(assignment1);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QVERIFY(!CohortRepository(c, lecturer1).create(1, QStringLiteral("Three"), QStringLiteral("2027/28")).ok());
        QVERIFY(SubmissionRepository(c, lecturer1).evidence(attempt1).ok());
        QCOMPARE(SubmissionRepository(c, lecturer2).evidence(attempt1).errorMessage(),
            QStringLiteral("lect2 (lecturer) may not see or mark the work of cohort %1").arg(cohort1));
        QCOMPARE(SubmissionRepository(c, lecturer1).evidence(9999).errorMessage(),
            QStringLiteral("attempt 9999 does not exist"));
        QCOMPARE(SubmissionRepository(c, lecturer1).setEvidence(9999, {}).errorMessage(),
            QStringLiteral("attempt 9999 does not exist"));
        QCOMPARE(SubmissionRepository(c, student1).open(9999, student1.userId).errorMessage(),
            QStringLiteral("assignment 9999 does not exist"));
        QCOMPARE(SubmissionRepository(c, lecturer2).open(assignment1, student1.userId).errorMessage(),
            QStringLiteral("lect2 (lecturer) may not see or mark the work of cohort %1").arg(cohort1));
    }

    // Who may read and teach an assignment, asked of AccessPolicy and of every repository that
    // reads an assignment's work: they all give the same answer and the same message.
    void assignmentAccess_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("assignment"); // "first" (cohort One), "second" (cohort Two) or "missing"
        QTest::addColumn<bool>("teaches");
        QTest::addColumn<bool>("reads");
        QTest::addColumn<QString>("refusal"); // of teaching; %1 is the assignment's cohort
        QTest::newRow("its lecturer") << "lect1"
                                      << "first" << true << true << QString();
        QTest::newRow("lecturer of another cohort")
            << "lect2"
            << "first" << false << false << "lect2 (lecturer) may not see or mark the work of cohort %1";
        QTest::newRow("programme leader") << "lead"
                                          << "second" << true << true << QString();
        QTest::newRow("student of the cohort")
            << "stud1"
            << "first" << false << true << "stud1 (student) may not see or mark the work of cohort %1";
        QTest::newRow("student of another cohort")
            << "stud3"
            << "first" << false << false << "stud3 (student) may not see or mark the work of cohort %1";
        QTest::newRow("missing assignment, lecturer")
            << "lect1"
            << "missing" << false << false << "assignment 9999 does not exist";
        QTest::newRow("missing assignment, leader") << "lead"
                                                    << "missing" << false << false << "assignment 9999 does not exist";
    }

    void assignmentAccess()
    {
        QFETCH(QString, who);
        QFETCH(QString, assignment);
        QFETCH(bool, teaches);
        QFETCH(bool, reads);
        QFETCH(QString, refusal);
        const QHash<QString, Actor> actors {{QStringLiteral("lect1"), lecturer1}, {QStringLiteral("lect2"), lecturer2},
            {QStringLiteral("lead"), leader}, {QStringLiteral("stud1"), student1}, {QStringLiteral("stud3"), student3}};
        const Actor actor = actors.value(who);
        const qint64 id = assignment == QLatin1String("first") ? assignment1
            : assignment == QLatin1String("second")            ? assignment2
                                                               : 9999;
        if (refusal.contains(QLatin1String("%1")))
            refusal = refusal.arg(assignment == QLatin1String("first") ? cohort1 : cohort2);

        const AccessPolicy access(c, actor);
        const Status teach = access.mayTeachAssignment(id);
        QCOMPARE(teach.ok(), teaches);
        QCOMPARE(teach.ok() ? QString() : teach.errorMessage(), refusal);
        QCOMPARE(access.mayReadAssignment(id).ok(), reads);
        if (id == 9999)
            QCOMPARE(access.mayReadAssignment(id).errorMessage(), refusal);

        const auto results = SubmissionRepository(c, actor).resultsForAssignment(id);
        const auto doubleMarked = DoubleMarkingRepository(c, actor).forAssignment(id);
        const auto released = ReleaseRepository(c, actor).forAssignment(id);
        QCOMPARE(results.ok() ? QString() : results.errorMessage(), refusal);
        QCOMPARE(doubleMarked.ok() ? QString() : doubleMarked.errorMessage(), refusal);
        QCOMPARE(released.ok() ? QString() : released.errorMessage(), refusal);
        if (teaches) // every student enrolled in the cohort, with or without a submission
            QCOMPARE(results->size(), id == assignment1 ? 2 : 1);
        QCOMPARE(WorkbenchDraftRepository(c, actor).load(QStringLiteral("ex"), id).ok(), reads);
    }

    void marksAreCheckedAndAllOrNothing()
    {
        MarkingRepository marking(c, lecturer1);
        QVERIFY(marking.assignMarker(attempt1, lecturer1.userId, MarkerRole::First).ok());
        CriterionLevels bad = kFullMarks;
        bad.insert(QStringLiteral("fades"), 6);
        const Status rejected = marking.setMarks(attempt1, lecturer1.userId, bad);
        QVERIFY(rejected.errorMessage().contains(QStringLiteral("level 6 is outside the scale 1-5")));
        QCOMPARE(rowCount(c, QStringLiteral("marks")), 0);
        CriterionLevels unknown = kFullMarks;
        unknown.insert(QStringLiteral("tempo"), 3);
        QVERIFY(marking.setMarks(attempt1, lecturer1.userId, unknown)
                    .errorMessage()
                    .contains(QStringLiteral("not in rubric test-4d@3")));
        QVERIFY(!marking.setMarks(attempt1, lecturer2.userId, kFullMarks).ok()); // not in another marker's name
        QCOMPARE(rowCount(c, QStringLiteral("marks")), 0);

        QVERIFY(marking
                    .setMarks(attempt1, lecturer1.userId, kFullMarks,
                        {{QStringLiteral("phase"), QStringLiteral("snare flipped")}})
                    .ok());
        QCOMPARE(rowCount(c, QStringLiteral("marks")), 7);
        const auto scores = marking.markerScores(attempt1);
        // audio: peaks (w2) 4 + phase (w1) 2 -> 10/3; notes: found (1) 4 + questions (0.5) 2 -> 5/1.5
        QCOMPARE(qRound(scores->value(lecturer1.userId).value(QStringLiteral("audio")) * 1000), 3333);
        QCOMPARE(qRound(scores->value(lecturer1.userId).value(QStringLiteral("notes")) * 1000), 3333);
        QCOMPARE(scores->value(lecturer1.userId).value(QStringLiteral("layout")), 3.5);
    }

    void everyMarkChangeIsAudited()
    {
        MarkingRepository marking(c, lecturer1);
        QCOMPARE(markVersion(marking, QStringLiteral("phase")), qint64(1));
        QVERIFY(marking.setMark(attempt1, QStringLiteral("phase"), 3, QStringLiteral("fixed on re-listen"), 1).ok());
        QCOMPARE(markVersion(marking, QStringLiteral("phase")), qint64(2));
        SqlQuery id(c, QStringLiteral("SELECT id FROM marks WHERE criterion_key = 'phase'"));
        const qint64 markId = id.scalar()->toLongLong();
        const auto entries = AuditRepository(c, lecturer1).forEntity(QStringLiteral("mark"), markId);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("insert"));
        QCOMPARE(entries->at(0).newValue, QStringLiteral("2"));
        QCOMPARE(entries->at(1).action, QStringLiteral("update"));
        QCOMPARE(entries->at(1).actorId, lecturer1.userId);
        QCOMPARE(entries->at(1).oldValue, QStringLiteral("2"));
        QCOMPARE(entries->at(1).newValue, QStringLiteral("3"));
        QVERIFY(entries->at(1).at.isValid());
    }

    // Two windows (or a marker and a moderator) read the same mark; whoever writes second
    // wrote on stale data and is refused, told who changed it, when, and to what.
    void aStaleMarkIsRefusedAndKeepingMineIsAudited()
    {
        MarkingRepository window1(c, lecturer1);
        MarkingRepository window2(c, lecturer1);
        const qint64 read = markVersion(window1, QStringLiteral("found"));
        QCOMPARE(read, qint64(1));
        const WriteResult<qint64> first
            = window1.setMark(attempt1, QStringLiteral("found"), 5, QStringLiteral("every topic"), read);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(*first, qint64(2));

        const WriteResult<qint64> stale = window2.setMark(attempt1, QStringLiteral("found"), 3, QString(), read);
        QVERIFY(!stale.ok());
        QVERIFY(stale.conflict());
        const WriteConflict conflict = *stale.conflict();
        QCOMPARE(conflict.kind, WriteConflict::Kind::Changed);
        QCOMPARE(conflict.changedById, lecturer1.userId);
        QCOMPARE(conflict.changedByName, QStringLiteral("LECT1"));
        QVERIFY(conflict.changedAt.isValid());
        QVERIFY(conflict.overwritable);
        QCOMPARE(conflict.currentVersions.value(QStringLiteral("found")), qint64(2));
        QCOMPARE(conflict.values.size(), 1);
        QCOMPARE(conflict.values.first().label, QStringLiteral("Found"));
        QCOMPARE(conflict.values.first().theirs, QStringLiteral("5 (every topic)"));
        QCOMPARE(conflict.values.first().yours, QStringLiteral("3"));
        QVERIFY2(stale.errorMessage().contains(
                     QStringLiteral("the marks of attempt %1 by LECT1: changed by LECT1 at ").arg(attempt1)),
            qPrintable(stale.errorMessage()));
        QCOMPARE(storedMark(QStringLiteral("found")), QStringLiteral("5@2")); // nothing of the stale write
        // A writer that read no mark finds the one stored meanwhile.
        QVERIFY(window2.setMark(attempt1, QStringLiteral("found"), 3).conflict());

        // "Keep mine": over the version the conflict showed, recorded as an overwrite.
        const WriteResult<qint64> kept = window2.setMark(attempt1, QStringLiteral("found"), 3, QString(),
            conflict.currentVersions.value(QStringLiteral("found")), WriteIntent::Overwrite);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        QCOMPARE(*kept, qint64(3));
        QCOMPARE(storedMark(QStringLiteral("found")), QStringLiteral("3@3"));
        SqlQuery id(c, QStringLiteral("SELECT id FROM marks WHERE criterion_key = 'found'"));
        const auto entries = AuditRepository(c, leader).forEntity(QStringLiteral("mark"), id.scalar()->toLongLong());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 3); // insert, update, overwrite
        QCOMPARE(entries->at(1).action, QStringLiteral("update"));
        QCOMPARE(entries->at(2).action, QStringLiteral("overwrite"));
        QCOMPARE(entries->at(2).oldValue, QStringLiteral("5"));
        QCOMPARE(entries->at(2).newValue, QStringLiteral("3"));
        QCOMPARE(entries->at(2).actorId, lecturer1.userId);
        QVERIFY2(entries->at(2).detail.contains(QStringLiteral("kept over version 2 by user %1").arg(lecturer1.userId)),
            qPrintable(entries->at(2).detail));
        // The first window now holds stale data itself, even over an overwrite.
        QVERIFY(window1.setMark(attempt1, QStringLiteral("found"), 4, QString(), 2).conflict());
        QVERIFY(window1.setMark(attempt1, QStringLiteral("found"), 4, QString(), 2, WriteIntent::Overwrite).conflict());

        // All or nothing: one stale mark refuses the whole sheet, naming only that one.
        const qint64 peaks = markVersion(window1, QStringLiteral("peaks"));
        const QString peaksBefore = storedMark(QStringLiteral("peaks"));
        const WriteResult<RowVersions> sheet
            = window1.setMarks(attempt1, lecturer1.userId, {{QStringLiteral("peaks"), 5}, {QStringLiteral("found"), 4}},
                {}, {{QStringLiteral("peaks"), peaks}, {QStringLiteral("found"), 2}});
        QVERIFY(sheet.conflict());
        QCOMPARE(sheet.conflict()->values.size(), 1);
        QCOMPARE(sheet.conflict()->values.first().key, QStringLiteral("found"));
        QCOMPARE(storedMark(QStringLiteral("peaks")), peaksBefore);
        QCOMPARE(storedMark(QStringLiteral("found")), QStringLiteral("3@3"));
    }

    // At most one first and one second marker per attempt: the database decides.
    void aSecondFirstMarkerIsRefused()
    {
        const WriteStatus claimed
            = MarkingRepository(c, leader).assignMarker(attempt1, leader.userId, MarkerRole::First);
        QVERIFY(!claimed.ok());
        QVERIFY(claimed.conflict());
        QCOMPARE(claimed.conflict()->kind, WriteConflict::Kind::Claimed);
        QCOMPARE(claimed.conflict()->changedById, lecturer1.userId);
        QVERIFY2(claimed.errorMessage().contains(QStringLiteral("LECT1 is already the first marker")),
            qPrintable(claimed.errorMessage()));
        // Whatever the code: the unique index refuses a second first marker.
        SqlQuery raw(c, QStringLiteral("INSERT INTO markings (attempt_id, marker_id, role) VALUES (:a, :m, 'first')"));
        raw.bind(QStringLiteral(":a"), attempt1).bind(QStringLiteral(":m"), leader.userId);
        QVERIFY(!raw.exec().ok());
        QVERIFY(raw.violatedUniqueness());
        // The role one has is no change; another role of the same marker is refused.
        QVERIFY(MarkingRepository(c, lecturer1).assignMarker(attempt1, lecturer1.userId, MarkerRole::First).ok());
        QVERIFY(!MarkingRepository(c, lecturer1).assignMarker(attempt1, lecturer1.userId, MarkerRole::Second).ok());
        QCOMPARE(rowCount(c, QStringLiteral("markings")), 1);
    }

    void releaseSnapshotsAndOnlyTheOwnerReadsIt()
    {
        QVERIFY(ReleaseRepository(c, student1).forStudent(student1.userId)->isEmpty()); // nothing released yet
        QVERIFY(!ReleaseRepository(c, lecturer1).release(attempt1, {}).ok()); // no agreed scores
        MarkingRepository marking(c, lecturer1);
        const DimensionScores agreed {{QStringLiteral("audio"), 2.5}, {QStringLiteral("layout"), 4.5},
            {QStringLiteral("edits"), 4.0}, {QStringLiteral("notes"), 4.0}};
        QVERIFY(marking.setAgreedScores(attempt1, agreed).ok());
        const auto released = ReleaseRepository(c, lecturer1).release(attempt1, QStringLiteral("Check your snare."));
        QVERIFY2(released.ok(), qPrintable(released.errorMessage()));
        // Once only. On a server the refused INSERT aborts the release's transaction; its
        // prepared statement is still freed once the transaction is rolled back.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
        const int prepared = m_database->isServer() ? rowCount(c, QStringLiteral("pg_prepared_statements")) : 0;
        QVERIFY(!ReleaseRepository(c, lecturer1).release(attempt1, {}).ok());
        if (m_database->isServer())
            QCOMPARE(rowCount(c, QStringLiteral("pg_prepared_statements")), prepared);

        // Later changes never rewrite the snapshot.
        const RowVersions read = marking.agreedScoreVersions(attempt1).value();
        QCOMPARE(read.size(), 4);
        QVERIFY(marking
                    .setAgreedScores(attempt1,
                        {{QStringLiteral("audio"), 3.5}, {QStringLiteral("layout"), 4.5},
                            {QStringLiteral("edits"), 4.0}, {QStringLiteral("notes"), 4.0}},
                        read)
                    .ok());
        const auto results = ReleaseRepository(c, student1).forStudent(student1.userId);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 1);
        const ReleasedResult &r = results->first();
        QCOMPARE(r.scores.value(QStringLiteral("audio")), 2.5);
        QVERIFY(!r.adequate);
        QCOMPARE(r.blocking, QStringList {QStringLiteral("audio")});
        QCOMPARE(r.mean, 3.75);
        QCOMPARE(r.rubricKey, QStringLiteral("test-4d"));
        QCOMPARE(r.rubricVersion, 3);
        QCOMPARE(r.feedback, QStringLiteral("Check your snare."));
        QCOMPARE(r.verdict.value(QStringLiteral("masked")).toBool(), true);
        QCOMPARE(SubmissionRepository(c, student1).find(submission1)->status, SubmissionStatus::Released);

        QVERIFY(!ReleaseRepository(c, student2).forStudent(student1.userId).ok());
        QVERIFY(ReleaseRepository(c, student2).forStudent(student2.userId)->isEmpty());
        QVERIFY(ReleaseRepository(c, lecturer2).forStudent(student1.userId)->isEmpty()); // not their cohort
        QCOMPARE(ReleaseRepository(c, lecturer1).forStudent(student1.userId)->size(), 1);

        const auto agreedChange = AuditRepository(c, leader).recent(50);
        bool sawUpdate = false;
        for (const AuditEntry &e : *agreedChange)
            sawUpdate = sawUpdate
                || (e.entity == QLatin1String("dimension_result") && e.action == QLatin1String("update")
                    && e.oldValue == QLatin1String("2.5") && e.newValue == QLatin1String("3.5"));
        QVERIFY(sawUpdate);
    }

    void rubricVersionsAreImmutable()
    {
        RubricRepository rubrics(c);
        const QByteArray original = testRubric();
        const qint64 id = rubrics.store(original, QStringLiteral("same")).value();
        QCOMPARE(rubrics.store(original, QStringLiteral("same again")).value(), id);
        QByteArray changed = original;
        changed.replace("\"Four-dimension test rubric\"", "\"Changed title\"");
        QVERIFY(rubrics.store(changed, QStringLiteral("changed.json"))
                    .errorMessage()
                    .contains(QStringLiteral("new version")));
        QCOMPARE(rubrics.load(id)->identity(), QStringLiteral("test-4d@3"));
        QVERIFY(!rubrics.store("{\"key\": 1}", QStringLiteral("bad.json")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
