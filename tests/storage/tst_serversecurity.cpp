// On a department server the database, not PrepMark, decides who reads and writes what.
// These tests sign in to a real PostgreSQL server (a private cluster) as the demo's own
// login roles, with psql and with Qt's driver, never through PrepMark's repositories, and
// check every table: a student reads nothing of another student and cannot touch marks,
// evidence, releases, rubrics, enrolments, accounts or the audit log; a lecturer sees only
// the cohorts they teach; nobody, the owner included, rewrites the audit log. Then the same
// roles use PrepMark's own repositories, to show the application still works under those
// rules.
#include "support/PostgresServer.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"
#include "storage/marking/MarkingQueueRepository.h"

#include <QSet>
#include <QTest>

using namespace prepmark;
using prepmark::test::PostgresServer;

namespace {
const QString kDatabase = QStringLiteral("security");

// Which rows of each table a student may read, as SQL the owner runs (:me is the student's
// users.id). Every table of the schema must be listed: a new table without a rule here fails
// the test until someone decides who may read it. "denied": the student has no privilege.
QMap<QString, QString> studentReadRules()
{
    return {
        {"settings", "true"},
        {"schema_migrations", "true"},
        {"programmes", "true"},
        {"modules", "true"},
        {"rubrics", "true"},
        {"exercises", "true"},
        {"users", "id = :me OR role <> 'student'"},
        {"cohorts", "id IN (SELECT cohort_id FROM enrolments WHERE user_id = :me)"},
        {"enrolments", "user_id = :me"},
        {"assignments", "cohort_id IN (SELECT cohort_id FROM enrolments WHERE user_id = :me)"},
        {"submissions", "student_id = :me"},
        {"attempts", "submission_id IN (SELECT id FROM submissions WHERE student_id = :me)"},
        {"evidence",
            "attempt_id IN (SELECT t.id FROM attempts t JOIN submissions s ON s.id = t.submission_id "
            "WHERE s.student_id = :me)"},
        {"released_results",
            "attempt_id IN (SELECT t.id FROM attempts t JOIN submissions s ON s.id = t.submission_id "
            "WHERE s.student_id = :me)"},
        {"practice_attempts", "student_id = :me"},
        {"workbench_drafts", "user_id = :me"},
        {"learning_outcomes", "false"},
        {"outcome_dimensions", "false"},
        {"marks", "denied"},
        {"markings", "denied"},
        {"dimension_results", "denied"},
        {"marking_drafts", "denied"},
        {"moderations", "denied"},
        {"comment_bank", "denied"},
        {"audit_log", "denied"},
    };
}
} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

    PostgresServer *m_server = nullptr;
    std::unique_ptr<Database> m_owner;

    QString owner(const QString &sql)
    {
        const Result<QString> out
            = m_server->psql(kDatabase, PostgresServer::ownerRole(), PostgresServer::ownerPassword(), sql);
        if (!out)
            qFatal("owner SQL failed: %s\n%s", qPrintable(out.errorMessage()), qPrintable(sql));
        return out->trimmed();
    }
    Result<QString> as(const QString &role, const QString &sql)
    {
        return m_server->psql(kDatabase, role, DemoDataBuilder::demoPassword(), sql);
    }
    qint64 idOf(const QString &username)
    {
        return owner(QStringLiteral("SELECT id FROM users WHERE username = '%1';").arg(username)).toLongLong();
    }
    QStringList tables()
    {
        return owner(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1;"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        const Result<PostgresServer *> server = PostgresServer::instance();
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = *server;
        const Result<DatabaseLocation> location = m_server->createDatabase(kDatabase);
        QVERIFY2(location.ok(), qPrintable(location.errorMessage()));
        auto database = Database::open(*location, Database::Mode::CreateOrMigrate, PostgresServer::ownerPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        m_owner = std::move(database).value();
        const Result<DemoSummary> demo = DemoDataBuilder(*m_owner).build();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    }

    void demoAccountsAreLoginRolesWithTheDemoPassword()
    {
        for (const char *name : {"s24001", "mbaker", "jahmed", "admin"}) {
            const Result<QString> who = as(QString::fromLatin1(name), QStringLiteral("SELECT session_user;"));
            QVERIFY2(who.ok(), qPrintable(who.errorMessage()));
            QCOMPARE(who->trimmed(), QString::fromLatin1(name));
        }
        const Result<QString> wrong = m_server->psql(
            kDatabase, QStringLiteral("s24001"), QStringLiteral("not-demo"), QStringLiteral("SELECT 1;"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.errorMessage().contains(QLatin1String("password authentication failed")),
            qPrintable(wrong.errorMessage()));
        // The server stores a SCRAM verifier, never the password; PrepMark's column is empty.
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> '';")), QStringLiteral("0"));
    }

    void aStudentReadsOnlyTheirOwnRowsOfEveryTable_data()
    {
        QTest::addColumn<QString>("student");
        QTest::newRow("s24001") << "s24001";
        QTest::newRow("s25010") << "s25010";
        QTest::newRow("s26003") << "s26003";
    }

    void aStudentReadsOnlyTheirOwnRowsOfEveryTable()
    {
        QFETCH(QString, student);
        const qint64 me = idOf(student);
        QVERIFY(me > 0);
        const QMap<QString, QString> rules = studentReadRules();
        int tablesWithOthersRows = 0;
        for (const QString &table : tables()) {
            QVERIFY2(rules.contains(table), qPrintable(table + QStringLiteral(": no read rule in this test")));
            const QString rule = QString(rules.value(table)).replace(QStringLiteral(":me"), QString::number(me));
            // Row identities: the whole row as text, so any column of another student's row shows
            // (of users, the columns anyone may read: password_hash is nobody's business).
            const QString row = table == QLatin1String("users")
                ? QStringLiteral("(t.id, t.username, t.display_name, t.email, t.role, t.student_number, t.active, "
                                 "t.created_at)::text")
                : QStringLiteral("t::text");
            const Result<QString> seen = as(student, QStringLiteral("SELECT %1 FROM %2 t ORDER BY 1;").arg(row, table));
            if (rule == QLatin1String("denied")) {
                QVERIFY2(!seen.ok(), qPrintable(table));
                QVERIFY2(
                    seen.errorMessage().contains(QLatin1String("permission denied")), qPrintable(seen.errorMessage()));
                continue;
            }
            QVERIFY2(seen.ok(), qPrintable(table + QStringLiteral(": ") + seen.errorMessage()));
            const QString expected
                = owner(QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY 1;").arg(row, table, rule));
            QCOMPARE(seen->trimmed(), expected);
            if (owner(QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT (%2);").arg(table, rule)).toInt() > 0)
                ++tablesWithOthersRows;
        }
        // The demo has other students' rows in the tables that matter, so the checks bite.
        QVERIFY(tablesWithOthersRows >= 8);
        // And the student has rows of their own to see.
        QVERIFY(owner(QStringLiteral("SELECT count(*) FROM submissions WHERE student_id = %1;").arg(me)).toInt() > 0);
    }

    void aStudentCannotWriteMarksEvidenceReleasesRubricsEnrolmentsAccountsOrTheAuditLog_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert mark") << "INSERT INTO marks (attempt_id, marker_id, criterion_key, level, updated_at) "
                                        "SELECT t.id, 1, 'x', 5, 'now' FROM attempts t LIMIT 1";
        QTest::newRow("update mark") << "UPDATE marks SET level = 5";
        QTest::newRow("delete mark") << "DELETE FROM marks";
        QTest::newRow("insert evidence")
            << "INSERT INTO evidence (attempt_id, criterion_key, provisional_level, lines) "
               "SELECT t.id, 'si_clipping', 5, '[]' FROM attempts t JOIN submissions s ON s.id = t.submission_id "
               "WHERE s.student_id = pm_uid() LIMIT 1";
        QTest::newRow("update evidence") << "UPDATE evidence SET provisional_level = 5";
        QTest::newRow("delete evidence") << "DELETE FROM evidence";
        QTest::newRow("insert release")
            << "INSERT INTO released_results (attempt_id, released_at, released_by, rubric_key, rubric_version, "
               "scores, "
               "verdict, adequate, mean, blocking) SELECT t.id, 'x', pm_uid(), 'r', 1, '{}', '{}', 1, 5, '[]' "
               "FROM attempts t JOIN submissions s ON s.id = t.submission_id WHERE s.student_id = pm_uid() LIMIT 1";
        QTest::newRow("update release") << "UPDATE released_results SET adequate = 1, mean = 5";
        QTest::newRow("delete release") << "DELETE FROM released_results";
        QTest::newRow("insert rubric")
            << "INSERT INTO rubrics (key, version, title, definition) VALUES ('x', 1, 'x', '{}')";
        QTest::newRow("update rubric") << "UPDATE rubrics SET definition = '{}'";
        QTest::newRow("enrol") << "INSERT INTO enrolments (cohort_id, user_id, role) SELECT id, pm_uid(), 'lecturer' "
                                  "FROM cohorts LIMIT 1";
        QTest::newRow("unenrol") << "DELETE FROM enrolments";
        QTest::newRow("insert user") << "INSERT INTO users (username, display_name, role, password_hash) "
                                        "VALUES ('eve', 'Eve', 'admin', '')";
        QTest::newRow("promote self") << "UPDATE users SET role = 'admin' WHERE id = pm_uid()";
        QTest::newRow("create login") << "SELECT pm_create_login('eve', 'admin', NULL)";
        QTest::newRow("other's password") << "SELECT pm_set_password('mbaker', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA')";
        QTest::newRow("write audit") << "INSERT INTO audit_log (entity, action) VALUES ('mark', 'forged')";
        QTest::newRow("update audit") << "UPDATE audit_log SET detail = 'x'";
        QTest::newRow("delete audit") << "DELETE FROM audit_log";
        QTest::newRow("agreed score") << "UPDATE dimension_results SET score = 5";
        QTest::newRow("marking draft") << "INSERT INTO marking_drafts (attempt_id, marker_id, content, saved_at) "
                                          "SELECT t.id, pm_uid(), '{}', 'x' FROM attempts t LIMIT 1";
        QTest::newRow("release own submission")
            << "UPDATE submissions SET status = 'released', status_changed_by = pm_uid() WHERE student_id = pm_uid()";
    }

    void aStudentCannotWriteMarksEvidenceReleasesRubricsEnrolmentsAccountsOrTheAuditLog()
    {
        QFETCH(QString, sql);
        const QString before = owner(QStringLiteral(
            "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (SELECT t::text AS x FROM marks t UNION ALL "
            "SELECT t::text FROM evidence t UNION ALL SELECT t::text FROM released_results t UNION ALL "
            "SELECT t::text FROM rubrics t UNION ALL SELECT t::text FROM enrolments t UNION ALL "
            "SELECT t::text FROM users t UNION ALL SELECT t::text FROM audit_log t UNION ALL "
            "SELECT t::text FROM dimension_results t UNION ALL SELECT t::text FROM submissions t) rows;"));
        const Result<QString> done = as(QStringLiteral("s24001"), sql + QLatin1Char(';'));
        QVERIFY2(!done.ok(), qPrintable(QStringLiteral("allowed: ") + sql));
        QVERIFY2(done.errorMessage().contains(QLatin1String("permission denied"))
                || done.errorMessage().contains(QLatin1String("row-level security"))
                || done.errorMessage().contains(QLatin1String("may not")),
            qPrintable(done.errorMessage()));
        QCOMPARE(owner(QStringLiteral(
                     "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (SELECT t::text AS x FROM marks t UNION ALL "
                     "SELECT t::text FROM evidence t UNION ALL SELECT t::text FROM released_results t UNION ALL "
                     "SELECT t::text FROM rubrics t UNION ALL SELECT t::text FROM enrolments t UNION ALL "
                     "SELECT t::text FROM users t UNION ALL SELECT t::text FROM audit_log t UNION ALL "
                     "SELECT t::text FROM dimension_results t UNION ALL SELECT t::text FROM submissions t) rows;")),
            before);
    }

    void aStudentCannotTouchAnotherStudentsWork()
    {
        const qint64 other = idOf(QStringLiteral("s24002"));
        const QString before = owner(
            QStringLiteral("SELECT string_agg(t::text, ',' ORDER BY id) FROM submissions t WHERE student_id = %1;")
                .arg(other));
        // Row-level security hides the rows: the statements succeed and change nothing.
        QVERIFY(as(QStringLiteral("s24001"),
            QStringLiteral("UPDATE submissions SET status = 'not_marked', status_changed_by = pm_uid() "
                           "WHERE student_id = %1;")
                .arg(other))
                    .ok());
        QCOMPARE(owner(QStringLiteral(
                     "SELECT string_agg(t::text, ',' ORDER BY id) FROM submissions t WHERE student_id = %1;")
                           .arg(other)),
            before);
        const Result<QString> handIn = as(QStringLiteral("s24001"),
            QStringLiteral("INSERT INTO attempts (submission_id, number, submitted_at) "
                           "SELECT id, 99, 'x' FROM submissions WHERE student_id = %1 LIMIT 1 RETURNING id;")
                .arg(other));
        QVERIFY(handIn.ok());
        QCOMPARE(handIn->trimmed(), QString()); // the SELECT saw no submission of s24002
        const Result<QString> forged = as(QStringLiteral("s24001"),
            QStringLiteral("INSERT INTO submissions (assignment_id, student_id) "
                           "SELECT id, %1 FROM assignments LIMIT 1;")
                .arg(other));
        QVERIFY(!forged.ok());
        QVERIFY2(
            forged.errorMessage().contains(QLatin1String("row-level security")), qPrintable(forged.errorMessage()));
    }

    void aLecturerSeesOnlyTheCohortsTheyTeach()
    {
        const qint64 me = idOf(QStringLiteral("mbaker"));
        const QString taught
            = owner(QStringLiteral("SELECT string_agg(cohort_id::text, ',' ORDER BY cohort_id) FROM enrolments "
                                   "WHERE user_id = %1 AND role = 'lecturer';")
                        .arg(me));
        QVERIFY(!taught.isEmpty());
        const int others = owner(QStringLiteral("SELECT count(*) FROM submissions s JOIN assignments a ON "
                                                "a.id = s.assignment_id WHERE a.cohort_id NOT IN (%1);")
                                     .arg(taught))
                               .toInt();
        QVERIFY(others > 0);
        const Result<QString> seen = as(QStringLiteral("mbaker"),
            QStringLiteral("SELECT count(*) FROM submissions s JOIN assignments a ON a.id = s.assignment_id "
                           "WHERE a.cohort_id NOT IN (%1);")
                .arg(taught));
        QVERIFY2(seen.ok(), qPrintable(seen.errorMessage()));
        QCOMPARE(seen->trimmed(), QStringLiteral("0"));
        for (const char *table :
            {"attempts", "evidence", "marks", "dimension_results", "released_results", "markings", "moderations"}) {
            const QString attemptColumn = QString::fromLatin1(table) == QLatin1String("attempts")
                ? QStringLiteral("id")
                : QStringLiteral("attempt_id");
            const QString outside = QStringLiteral(
                "%1 IN (SELECT t.id FROM attempts t JOIN submissions s ON s.id = t.submission_id JOIN assignments a "
                "ON a.id = s.assignment_id WHERE a.cohort_id NOT IN (%2))")
                                        .arg(attemptColumn, taught);
            QVERIFY2(owner(QStringLiteral("SELECT count(*) FROM %1 WHERE %2;").arg(QString::fromLatin1(table), outside))
                         .toInt()
                    > 0,
                table);
            const Result<QString> count = as(QStringLiteral("mbaker"),
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2;").arg(QString::fromLatin1(table), outside));
            QVERIFY2(count.ok(), qPrintable(count.errorMessage()));
            QCOMPARE(count->trimmed(), QStringLiteral("0"));
        }
        // Writing marks on an attempt of another cohort is refused.
        const QString attempt = owner(QStringLiteral(
            "SELECT t.id FROM attempts t JOIN submissions s ON s.id = t.submission_id JOIN assignments a "
            "ON a.id = s.assignment_id WHERE a.cohort_id NOT IN (%1) LIMIT 1;")
                                          .arg(taught));
        const Result<QString> mark = as(QStringLiteral("mbaker"),
            QStringLiteral("INSERT INTO marks (attempt_id, marker_id, criterion_key, level, updated_at, changed_by) "
                           "VALUES (%1, pm_uid(), 'si_clipping', 5, 'x', pm_uid());")
                .arg(attempt));
        QVERIFY(!mark.ok());
        QVERIFY2(mark.errorMessage().contains(QLatin1String("row-level security")), qPrintable(mark.errorMessage()));
        // Nor may a lecturer read the audit log, enrol anyone or create accounts.
        QVERIFY(!as(QStringLiteral("mbaker"), QStringLiteral("SELECT count(*) FROM audit_log;")).ok());
        QVERIFY(!as(QStringLiteral("mbaker"), QStringLiteral("DELETE FROM enrolments;")).ok());
        QVERIFY(!as(QStringLiteral("mbaker"), QStringLiteral("SELECT pm_create_login('eve', 'admin', NULL);")).ok());
    }

    // Blind marking, enforced by the server (version 8): a lecturer cannot read
    // submissions.student_id or markings.feedback at all; submission_students names the
    // student only where the assignment is not blind-marked or the submission is released,
    // and marking_feedback shows another marker's feedback only as the blind rules allow.
    // The expected rows are the rules written out here as the owner's SQL. hkhan teaches the
    // demo cohort whose blind-marked assignment is still being marked: second marker of some
    // attempts (not yet complete), not marking others.
    void blindMarkingHidesWhoseWorkItIsAndTheOtherMarkersFeedback()
    {
        const QString lecturer = QStringLiteral("hkhan");
        const qint64 me = idOf(lecturer);
        for (const char *sql : {"SELECT student_id FROM submissions LIMIT 1;", "SELECT feedback FROM markings LIMIT 1;",
                 "SELECT count(*) FROM submissions WHERE student_id = 1;"}) {
            const Result<QString> denied = as(lecturer, QString::fromLatin1(sql));
            QVERIFY2(!denied.ok(), sql);
            QVERIFY2(
                denied.errorMessage().contains(QLatin1String("permission denied")), qPrintable(denied.errorMessage()));
        }
        const QString taught = QStringLiteral(
            "a.cohort_id IN (SELECT cohort_id FROM enrolments WHERE user_id = %1 AND role = 'lecturer')")
                                   .arg(me);
        const QString submissions
            = QStringLiteral("FROM submissions s JOIN assignments a ON a.id = s.assignment_id WHERE %1").arg(taught);
        QVERIFY(owner(QStringLiteral("SELECT count(*) %1 AND a.blind_marking = 1 AND s.status <> 'released';")
                          .arg(submissions))
                    .toInt()
            > 0);
        const QString named = owner(QStringLiteral("SELECT string_agg(s.id || ':' || s.student_id, ',' ORDER BY s.id) "
                                                   "%1 AND (a.blind_marking = 0 OR s.status = 'released');")
                                        .arg(submissions));
        QVERIFY(!named.isEmpty());
        const Result<QString> seen = as(lecturer,
            QStringLiteral("SELECT string_agg(submission_id || ':' || student_id, ',' ORDER BY submission_id) "
                           "FROM submission_students;"));
        QVERIFY2(seen.ok(), qPrintable(seen.errorMessage()));
        QCOMPARE(seen->trimmed(), named);

        // Feedback: their own; another marker's once their own marking of the attempt is
        // complete or they moderate it; if they are not marking it, once it is second marked.
        const QString mine = QStringLiteral("SELECT 1 FROM markings x WHERE x.attempt_id = m.attempt_id AND "
                                            "x.marker_id = %1")
                                 .arg(me);
        const QString markings
            = QStringLiteral("FROM markings m JOIN attempts t ON t.id = m.attempt_id JOIN submissions s "
                             "ON s.id = t.submission_id JOIN assignments a ON a.id = s.assignment_id "
                             "WHERE %1")
                  .arg(taught);
        const QString visible
            = QStringLiteral("m.marker_id = %1 OR EXISTS (%2 AND (x.completed_at IS NOT NULL OR x.role = 'moderator')) "
                             "OR (NOT EXISTS (%2) AND s.status NOT IN ('not_marked', 'in_marking', 'first_marked'))")
                  .arg(me)
                  .arg(mine);
        const QString expected = owner(
            QStringLiteral("SELECT string_agg(m.attempt_id || ':' || m.marker_id || ':' || coalesce(m.feedback, '-'), "
                           "',' ORDER BY m.attempt_id, m.marker_id) %1 AND (%2);")
                .arg(markings, visible));
        QVERIFY(!expected.isEmpty());
        // Another marker's feedback is written on attempts the rules still hide from hkhan.
        const int hiddenFeedback = owner(
            QStringLiteral("SELECT count(*) %1 AND NOT (%2) AND m.feedback IS NOT NULL;").arg(markings, visible))
                                       .toInt();
        QVERIFY(hiddenFeedback > 0);
        const Result<QString> read = as(lecturer,
            QStringLiteral("SELECT string_agg(attempt_id || ':' || marker_id || ':' || coalesce(feedback, '-'), ',' "
                           "ORDER BY attempt_id, marker_id) FROM marking_feedback;"));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->trimmed(), expected);
    }

    void nobodyRewritesTheAuditLog_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("owner") << PostgresServer::ownerRole() << PostgresServer::ownerPassword();
        QTest::newRow("admin") << "admin" << DemoDataBuilder::demoPassword();
        QTest::newRow("leader") << "jahmed" << DemoDataBuilder::demoPassword();
    }

    void nobodyRewritesTheAuditLog()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        const QString before
            = owner(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, ',' ORDER BY id)) "
                                   "FROM audit_log t;"));
        QVERIFY(before.split(QLatin1Char(':')).first().toInt() > 100);
        for (const char *sql : {"UPDATE audit_log SET detail = 'rewritten' WHERE id = (SELECT min(id) FROM audit_log);",
                 "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);", "TRUNCATE audit_log;"}) {
            const Result<QString> done = m_server->psql(kDatabase, role, password, QString::fromLatin1(sql));
            QVERIFY2(!done.ok(), sql);
        }
        QCOMPARE(owner(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, ',' ORDER BY id)) "
                                      "FROM audit_log t;")),
            before);
        // Leaders and admins read it.
        const Result<QString> read
            = m_server->psql(kDatabase, role, password, QStringLiteral("SELECT count(*) FROM audit_log;"));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->trimmed(), before.split(QLatin1Char(':')).first());
    }

    // PrepMark itself, signed in as the student's role: what the repositories return is what
    // the database lets the role see, and handing in works under the policies.
    void prepmarkWorksAsTheStudentsOwnRole()
    {
        DatabaseLocation location = m_server->location(kDatabase, QStringLiteral("s24001"));
        auto database = Database::open(location, Database::Mode::Existing, DemoDataBuilder::demoPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
        QVERIFY2(actor.ok(), qPrintable(actor.errorMessage()));
        QCOMPARE(actor->username, QStringLiteral("s24001"));
        QCOMPARE(actor->role, Role::Student);
        SubmissionRepository submissions((*database)->connection(), *actor);
        const auto own = submissions.own();
        QVERIFY2(own.ok(), qPrintable(own.errorMessage()));
        QCOMPARE(QString::number(own->size()),
            owner(QStringLiteral("SELECT count(*) FROM submissions WHERE student_id = %1;").arg(actor->userId)));
        const auto attempt = submissions.addAttempt(
            own->first().id, QStringLiteral("{}"), QStringLiteral("notes"), QDateTime::currentDateTimeUtc());
        QVERIFY2(attempt.ok(), qPrintable(attempt.errorMessage()));
        QCOMPARE(owner(QStringLiteral("SELECT status || ',' || status_changed_by FROM submissions WHERE id = %1;")
                           .arg(own->first().id)),
            QStringLiteral("not_marked,%1").arg(actor->userId));
        // The student's own password change goes through; another's is refused by the server.
        UserRepository users((*database)->connection(), *actor);
        QVERIFY2(users.setPassword(QStringLiteral("s24001"), QStringLiteral("new-secret")).ok(), "own password");
        QVERIFY(
            m_server
                ->psql(kDatabase, QStringLiteral("s24001"), QStringLiteral("new-secret"), QStringLiteral("SELECT 1;"))
                .ok());
        QVERIFY(users.setPassword(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()).ok());
    }

    void prepmarkWorksAsALecturersRole()
    {
        auto database = Database::open(m_server->location(kDatabase, QStringLiteral("mbaker")),
            Database::Mode::Existing, DemoDataBuilder::demoPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
        QVERIFY2(actor.ok(), qPrintable(actor.errorMessage()));
        MarkingQueueRepository queue((*database)->connection(), *actor);
        const auto rows = queue.queue(MarkingQueueFilter {});
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QVERIFY(!rows->isEmpty());
    }

    void anAdminManagesAccountsOnTheServer()
    {
        auto database = Database::open(m_server->location(kDatabase, QStringLiteral("admin")), Database::Mode::Existing,
            DemoDataBuilder::demoPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
        QVERIFY(actor.ok());
        UserRepository users((*database)->connection(), *actor);
        UserRecord user;
        user.username = QStringLiteral("s29001");
        user.displayName = QStringLiteral("New Student");
        user.role = Role::Student;
        const Result<qint64> created = users.createAccount(user, QStringLiteral("first-password"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QVERIFY(m_server
                    ->psql(kDatabase, QStringLiteral("s29001"), QStringLiteral("first-password"),
                        QStringLiteral("SELECT 1;"))
                    .ok());
        QVERIFY(users.setActive(QStringLiteral("s29001"), false).ok());
        const Result<QString> disabled = m_server->psql(
            kDatabase, QStringLiteral("s29001"), QStringLiteral("first-password"), QStringLiteral("SELECT 1;"));
        QVERIFY(!disabled.ok());
        QVERIFY2(disabled.errorMessage().contains(QLatin1String("not permitted to log in")),
            qPrintable(disabled.errorMessage()));
        QVERIFY(users.setActive(QStringLiteral("s29001"), true).ok());
        QVERIFY(users.setPassword(QStringLiteral("s29001"), QStringLiteral("second")).ok());
        QVERIFY(
            m_server->psql(kDatabase, QStringLiteral("s29001"), QStringLiteral("second"), QStringLiteral("SELECT 1;"))
                .ok());
        // A user name that cannot be a role is refused with a message that says why.
        user.username = QStringLiteral("Bad Name");
        const Result<qint64> bad = users.createAccount(user, QStringLiteral("x"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorMessage().contains(QLatin1String("lower-case")), qPrintable(bad.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
