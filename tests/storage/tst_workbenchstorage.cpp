// Storage of the student's workbench (db/004): practice attempts, workbench drafts and
// a student's view of their assignments, with the access rules the repositories keep.
#include "support/TestDatabases.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/PracticeRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkbenchDraftRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace prepmark;

class TestWorkbenchStorage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    QSqlDatabase c;
    Actor lecturer, otherLecturer, student1, student2, outsider;
    qint64 cohort = 0, assignment = 0, foreignAssignment = 0;

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        c = m_database->connection();
        const Actor system = Actor::system();
        const QString hash = PasswordHasher::hash(QStringLiteral("secret"), PasswordHasher::Cost::Minimum).value();
        UserRepository users(c, system);
        auto make = [&](const char *name, Role role) {
            UserRecord u;
            u.username = QString::fromLatin1(name);
            u.displayName = u.username;
            u.role = role;
            if (role == Role::Student)
                u.studentNumber = QStringLiteral("n-") + u.username;
            return Actor {users.create(u, hash).value(), role, u.username, u.username};
        };
        lecturer = make("lect", Role::Lecturer);
        otherLecturer = make("other", Role::Lecturer);
        student1 = make("s1", Role::Student);
        student2 = make("s2", Role::Student);
        outsider = make("s3", Role::Student);
        ProgrammeRepository programmes(c, system);
        const qint64 programme = programmes.createProgramme(QStringLiteral("P"), QStringLiteral("Programme")).value();
        const qint64 module = programmes.createModule(programme, QStringLiteral("M"), QStringLiteral("Module")).value();
        CohortRepository cohorts(c, system);
        cohort = cohorts.create(module, QStringLiteral("One"), QStringLiteral("2026/27")).value();
        const qint64 other = cohorts.create(module, QStringLiteral("Two"), QStringLiteral("2026/27")).value();
        QVERIFY(cohorts.enrol(cohort, lecturer.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(other, otherLecturer.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(cohort, student1.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(cohort, student2.userId, Role::Student).ok());
        QVERIFY(cohorts.enrol(other, outsider.userId, Role::Student).ok());
        QFile rubricFile(
            QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")));
        QVERIFY(rubricFile.open(QIODevice::ReadOnly));
        const qint64 rubric
            = RubricRepository(c).store(rubricFile.readAll(), QStringLiteral("four-dimensions.json")).value();
        AssignmentRepository assignments(c, system);
        const qint64 exercise
            = assignments.upsertExercise({0, QStringLiteral("pop-x"), QStringLiteral("X"), QStringLiteral("pop"), 1})
                  .value();
        AssignmentRecord a;
        a.cohortId = cohort;
        a.exerciseId = exercise;
        a.rubricId = rubric;
        a.title = QStringLiteral("Later");
        a.mode = QStringLiteral("assessed");
        a.dueAt = QDateTime(QDate(2027, 3, 1), QTime(17, 0), Qt::UTC);
        QVERIFY(assignments.create(a).ok());
        a.title = QStringLiteral("Sooner");
        a.mode = QStringLiteral("practice");
        a.dueAt = QDateTime(QDate(2027, 1, 1), QTime(17, 0), Qt::UTC);
        assignment = assignments.create(a).value();
        a.cohortId = other;
        a.title = QStringLiteral("Elsewhere");
        foreignAssignment = assignments.create(a).value();
    }

    void practiceAttemptsAreNumberedPerExercise()
    {
        PracticeRepository mine(c, student1);
        const auto first = mine.add(QStringLiteral("pop-x"), QStringLiteral("{\"a\":1}"), QStringLiteral("notes"));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->number, 1);
        QCOMPARE(mine.add(QStringLiteral("pop-x"), QStringLiteral("{}"), QString())->number, 2);
        QCOMPARE(mine.add(QStringLiteral("rock-y"), QStringLiteral("{}"), QString())->number, 1);
        QCOMPARE(
            PracticeRepository(c, student2).add(QStringLiteral("pop-x"), QStringLiteral("{}"), QString())->number, 1);
        const auto all = mine.attempts(student1.userId);
        QCOMPARE(all->size(), 3);
        const auto popOnly = mine.attempts(student1.userId, QStringLiteral("pop-x"));
        QCOMPARE(popOnly->size(), 2);
        QCOMPARE(popOnly->first().sessionJson, QStringLiteral("{\"a\":1}"));
        QCOMPARE(popOnly->first().notes, QStringLiteral("notes"));
        QVERIFY(popOnly->first().grading.isEmpty());
    }

    void progressFollowsTheLatestGradedAttempt()
    {
        PracticeRepository mine(c, student1);
        const auto attempts = mine.attempts(student1.userId, QStringLiteral("pop-x")).value();
        const QJsonObject blocked {{QStringLiteral("adequate"), false},
            {QStringLiteral("blocking"), QJsonArray {QStringLiteral("signal_integrity")}},
            {QStringLiteral("criteria"), QJsonArray {}}};
        QVERIFY(mine.setGrading(attempts[1].id, blocked).ok());
        auto progress = mine.progress(student1.userId);
        QVERIFY(progress.ok());
        QCOMPARE(progress->value(QStringLiteral("pop-x")).attempts, 2);
        QCOMPARE(progress->value(QStringLiteral("pop-x")).latestAdequate, std::optional<bool>(false));
        QCOMPARE(
            progress->value(QStringLiteral("pop-x")).latestBlocking, QStringList {QStringLiteral("signal_integrity")});
        QVERIFY(!progress->value(QStringLiteral("rock-y")).latestAdequate.has_value());
        QVERIFY(!progress->contains(QStringLiteral("jazz-z")));
        QVERIFY(mine.setGrading(attempts[0].id, QJsonObject {{QStringLiteral("adequate"), true}}).ok());
        QVERIFY(mine.progress(student1.userId)->value(QStringLiteral("pop-x")).everAdequate);
    }

    void practiceIsPrivateToTheStudentAndTheirTeachers()
    {
        const auto attemptId = PracticeRepository(c, student1).attempts(student1.userId)->first().id;
        QVERIFY(PracticeRepository(c, student2)
                    .attempts(student1.userId)
                    .errorMessage()
                    .contains(QStringLiteral("may not read the practice work")));
        QVERIFY(!PracticeRepository(c, student2).setGrading(attemptId, {}).ok());
        QVERIFY(PracticeRepository(c, lecturer).attempts(student1.userId).ok());
        QVERIFY(!PracticeRepository(c, otherLecturer).attempts(student1.userId).ok());
        QVERIFY(!PracticeRepository(c, lecturer).add(QStringLiteral("pop-x"), QStringLiteral("{}"), QString()).ok());
        QVERIFY(
            !PracticeRepository(c, Actor::system()).add(QStringLiteral("pop-x"), QStringLiteral("{}"), QString()).ok());
        QVERIFY(!PracticeRepository(c, student1).add(QStringLiteral(" "), QStringLiteral("{}"), QString()).ok());
    }

    void draftsArePerUserExerciseAndTask()
    {
        WorkbenchDraftRepository mine(c, student1);
        QVERIFY(!mine.load(QStringLiteral("pop-x"), 0)->has_value());
        QVERIFY(mine.save(QStringLiteral("pop-x"), 0, QStringLiteral("practice v1")).ok());
        QVERIFY(mine.save(QStringLiteral("pop-x"), 0, QStringLiteral("practice v2")).ok());
        QVERIFY(mine.save(QStringLiteral("pop-x"), assignment, QStringLiteral("assignment")).ok());
        QCOMPARE(mine.load(QStringLiteral("pop-x"), 0)->value().sessionJson, QStringLiteral("practice v2"));
        QCOMPARE(mine.load(QStringLiteral("pop-x"), assignment)->value().sessionJson, QStringLiteral("assignment"));
        QVERIFY(mine.load(QStringLiteral("pop-x"), 0)->value().savedAt.isValid());
        QVERIFY(!WorkbenchDraftRepository(c, student2).load(QStringLiteral("pop-x"), 0)->has_value());
        SqlQuery rows(c, QStringLiteral("SELECT count(*) FROM workbench_drafts"));
        QCOMPARE(rows.scalar()->toInt(), 2);
        QVERIFY(mine.discard(QStringLiteral("pop-x"), 0).ok());
        QVERIFY(!mine.load(QStringLiteral("pop-x"), 0)->has_value());
        QVERIFY(mine.load(QStringLiteral("pop-x"), assignment)->has_value());
        // an assignment of a cohort the student is not in, and no signed-in user
        QVERIFY(!mine.save(QStringLiteral("pop-x"), foreignAssignment, QStringLiteral("x")).ok());
        QVERIFY(
            !WorkbenchDraftRepository(c, Actor::system()).save(QStringLiteral("pop-x"), 0, QStringLiteral("x")).ok());
    }

    void aStudentSeesTheirAssignmentsSoonestFirst()
    {
        const auto before = AssignmentRepository(c, student2).forStudent(student2.userId);
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        QCOMPARE(before->size(), 2);
        QCOMPARE(before->at(0).assignment.title, QStringLiteral("Sooner"));
        QCOMPARE(before->at(0).cohortName, QStringLiteral("One"));
        QCOMPARE(before->at(0).submissionId, 0);
        QVERIFY(before->at(0).status.isEmpty());

        SubmissionRepository submissions(c, student2);
        const qint64 submission = submissions.open(assignment, student2.userId).value();
        QVERIFY(submissions.addAttempt(submission, QStringLiteral("{}"), QString()).ok());
        QVERIFY(submissions.addAttempt(submission, QStringLiteral("{}"), QString()).ok());
        const auto after = AssignmentRepository(c, student2).forStudent(student2.userId);
        QCOMPARE(after->at(0).submissionId, submission);
        QCOMPARE(after->at(0).attempts, 2);
        QCOMPARE(after->at(0).status, QStringLiteral("not_marked"));
        QVERIFY(after->at(0).lastSubmittedAt.isValid());
        QVERIFY(!after->at(0).releasedAdequate.has_value());

        QCOMPARE(AssignmentRepository(c, outsider).forStudent(outsider.userId)->size(), 1);
        QVERIFY(!AssignmentRepository(c, student1).forStudent(student2.userId).ok());
        QVERIFY(AssignmentRepository(c, lecturer).forStudent(student2.userId).ok());
        QVERIFY(!AssignmentRepository(c, otherLecturer).forStudent(student2.userId).ok());
    }
};

QTEST_MAIN(TestWorkbenchStorage)
#include "tst_workbenchstorage.moc"
