// Safe concurrent marking, across real processes on one database (an SQLite file, or a
// PostgreSQL server when PREPMARK_TEST_BACKEND=postgresql): eight processes (the helper
// concurrency_marker) change the same marks at random, each over the version it has just
// read. From what each process says it did, the test checks that every refused write was
// stale, that no accepted write was lost (each mark holds the last accepted write, and the
// accepted writes of a mark follow each other version by version), and that the audit log
// has exactly one row per accepted change, in order. Then two processes claim the same
// submissions as first marker at the same moments: exactly one wins each.
#include "support/TestDatabases.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace prepmark;

namespace {
const QString kPassword = QStringLiteral("marker-secret-7");
constexpr int kProcesses = 8;
constexpr int kChanges = 200;
constexpr int kSubmissions = 20;
constexpr int kClaims = 10;
const QStringList kCriteria {QStringLiteral("peaks"), QStringLiteral("phase"), QStringLiteral("found")};

// One write a process tried, as it reported it.
struct Write
{
    int process = 0;
    bool accepted = false;
    int level = 0;
    qint64 read = 0; // the version the process read before writing
    qint64 version = 0; // accepted: the version written; refused: the version stored then
};

using MarkKey = std::pair<qint64, QString>; // attempt, criterion

QString joined(const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    QSqlDatabase c;
    Actor m_marker, m_rival;
    QList<qint64> m_attempts; // the marks' attempts
    QList<qint64> m_claimable; // submissions nobody marks yet

    // What --db takes for the process signing in as user.
    QString databaseFor(const QString &user) const
    {
        const DatabaseLocation &location = m_database->location();
        return location.isServer() ? location.withUser(user).display() : location.display();
    }

    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PREPMARK_TEST_PASSWORD"), kPassword);
        environment.insert(QStringLiteral("PGPASSWORD"), kPassword);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(CONCURRENCY_MARKER), arguments);
        return process;
    }

    // The lines a process printed; an Error with its stderr when it failed.
    static Result<QStringList> linesOf(QProcess *process)
    {
        if (!process->waitForFinished(500000) || process->exitStatus() != QProcess::NormalExit
            || process->exitCode() != 0)
            return makeError(QStringLiteral("concurrency_marker failed (exit %1): %2")
                                 .arg(process->exitCode())
                                 .arg(QString::fromLocal8Bit(process->readAllStandardError())));
        return QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    qint64 scalar(const QString &sql)
    {
        SqlQuery query(c, sql);
        return query.scalar()->toLongLong();
    }

    Actor account(const char *name)
    {
        UserRecord user;
        user.username = QString::fromLatin1(name);
        user.displayName = QStringLiteral("Marker ") + user.username;
        user.role = Role::Lecturer;
        const Result<qint64> id
            = UserRepository(c, Actor::system()).createAccount(user, kPassword, PasswordHasher::Cost::Minimum);
        if (!id)
            qFatal("cannot create %s: %s", name, qPrintable(id.errorMessage()));
        return Actor {*id, Role::Lecturer, user.username, user.displayName};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        auto opened = prepmark::test::freshDatabase(m_folder, QStringLiteral("concurrency"));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        c = m_database->connection();
        const Actor system = Actor::system();
        m_marker = account("conca");
        m_rival = account("concb");
        ProgrammeRepository programmes(c, system);
        const qint64 module
            = programmes
                  .createModule(programmes.createProgramme(QStringLiteral("P"), QStringLiteral("P")).value(),
                      QStringLiteral("M"), QStringLiteral("M"))
                  .value();
        CohortRepository cohorts(c, system);
        const qint64 cohort = cohorts.create(module, QStringLiteral("Cohort"), QStringLiteral("2026/27")).value();
        QVERIFY(cohorts.enrol(cohort, m_marker.userId, Role::Lecturer).ok());
        QVERIFY(cohorts.enrol(cohort, m_rival.userId, Role::Lecturer).ok());
        QFile rubricFile(
            QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")));
        QVERIFY(rubricFile.open(QIODevice::ReadOnly));
        AssignmentRepository assignments(c, system);
        AssignmentRecord assignment;
        assignment.cohortId = cohort;
        assignment.exerciseId
            = assignments.upsertExercise({0, QStringLiteral("ex"), QStringLiteral("Ex"), QStringLiteral("pop"), 1})
                  .value();
        assignment.rubricId
            = RubricRepository(c).store(rubricFile.readAll(), QStringLiteral("four-dimensions.json")).value();
        assignment.title = QStringLiteral("Concurrent");
        assignment.mode = QStringLiteral("assessed");
        const qint64 assignmentId = assignments.create(assignment).value();
        UserRepository users(c, system);
        SubmissionRepository submissions(c, system);
        for (int i = 0; i < kSubmissions + kClaims; ++i) {
            UserRecord student;
            student.username = QStringLiteral("s%1").arg(i);
            student.displayName = QStringLiteral("Student %1").arg(i);
            student.studentNumber = student.username;
            const qint64 studentId = users.create(student, UserRepository::noPasswordHash()).value();
            QVERIFY(cohorts.enrol(cohort, studentId, Role::Student).ok());
            const qint64 submission = submissions.open(assignmentId, studentId).value();
            const qint64 attempt = submissions.addAttempt(submission, QStringLiteral("{}"), QString()).value().id;
            if (i < kSubmissions)
                m_attempts << attempt;
            else
                m_claimable << submission;
        }
    }

    void eightProcessesLoseNoMarkAndWriteNoStaleOne()
    {
        const qint64 auditBefore = scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM audit_log"));
        QList<QProcess *> processes;
        for (int i = 0; i < kProcesses; ++i)
            processes << start(
                {QStringLiteral("marks"), databaseFor(m_marker.username), m_marker.username, QString::number(1000 + i),
                    QString::number(kChanges), joined(m_attempts), kCriteria.join(QLatin1Char(','))});

        std::map<MarkKey, QVector<Write>> writes;
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < kProcesses; ++i) {
            const Result<QStringList> lines = linesOf(processes.at(i));
            QVERIFY2(lines.ok(), qPrintable(lines.errorMessage()));
            QCOMPARE(lines->size(), kChanges);
            for (const QString &line : *lines) {
                const QStringList f = line.split(QLatin1Char(' '));
                QVERIFY2(f.size() >= 6 && (f[0] == QLatin1String("accepted") || f[0] == QLatin1String("refused")),
                    qPrintable(line));
                Write write {i, f[0] == QLatin1String("accepted"), f[3].toInt(), f[4].toLongLong(), f[5].toLongLong()};
                (write.accepted ? accepted : refused) += 1;
                writes[{f[1].toLongLong(), f[2]}].append(write);
            }
        }
        qInfo("%s: %d writes accepted, %d refused as stale", qPrintable(prepmark::test::backendName()), accepted,
            refused);
        QCOMPARE(accepted + refused, kProcesses * kChanges);
        QVERIFY2(refused > 0, "no two processes ever wrote the same mark at once: the test did not bite");

        for (const auto &[key, tried] : writes) {
            const QString where = QStringLiteral("attempt %1, %2").arg(key.first).arg(key.second);
            // Accepted writes of one mark: each over the version before it, no version twice.
            std::map<qint64, Write> byVersion;
            for (const Write &write : tried) {
                if (!write.accepted)
                    continue;
                QVERIFY2(write.version == write.read + 1, qPrintable(where));
                QVERIFY2(byVersion.emplace(write.version, write).second,
                    qPrintable(where + QStringLiteral(": version %1 written twice").arg(write.version)));
            }
            qint64 expected = 1;
            for (const auto &[version, write] : byVersion)
                QVERIFY2(version == expected++, qPrintable(where + QStringLiteral(": a version is missing")));
            // Every refused write was stale: it read a version that another process's accepted
            // write had already replaced.
            for (const Write &write : tried) {
                if (write.accepted)
                    continue;
                QVERIFY2(write.version > write.read, qPrintable(where));
                const auto replacing = byVersion.find(write.read + 1);
                QVERIFY2(replacing != byVersion.end(),
                    qPrintable(where + QStringLiteral(": refused without a newer write")));
                QVERIFY2(replacing->second.process != write.process, qPrintable(where));
            }
            // The mark holds the last accepted write.
            SqlQuery stored(c,
                QStringLiteral(
                    "SELECT level, row_version FROM marks WHERE attempt_id = :attempt AND marker_id = :marker "
                    "AND criterion_key = :criterion"));
            stored.bind(QStringLiteral(":attempt"), key.first)
                .bind(QStringLiteral(":marker"), m_marker.userId)
                .bind(QStringLiteral(":criterion"), key.second);
            QVERIFY(stored.exec().ok());
            if (byVersion.empty()) {
                QVERIFY2(!stored.next(), qPrintable(where));
                continue;
            }
            QVERIFY2(stored.next(), qPrintable(where));
            QCOMPARE(stored.value(0).toInt(), byVersion.rbegin()->second.level);
            QCOMPARE(stored.value(1).toLongLong(), byVersion.rbegin()->first);

            // One audit row per accepted change, in the order of the versions.
            SqlQuery audit(c,
                QStringLiteral("SELECT a.action, a.old_value, a.new_value FROM audit_log a JOIN marks m ON m.id = "
                               "a.entity_id WHERE a.entity = 'mark' AND a.id > :before AND m.attempt_id = :attempt AND "
                               "m.marker_id = :marker AND m.criterion_key = :criterion ORDER BY a.id"));
            audit.bind(QStringLiteral(":before"), auditBefore)
                .bind(QStringLiteral(":attempt"), key.first)
                .bind(QStringLiteral(":marker"), m_marker.userId)
                .bind(QStringLiteral(":criterion"), key.second);
            QVERIFY(audit.exec().ok());
            int previous = 0;
            for (const auto &[version, write] : byVersion) {
                QVERIFY2(
                    audit.next(), qPrintable(where + QStringLiteral(": no audit row for version %1").arg(version)));
                QCOMPARE(audit.value(0).toString(), version == 1 ? QStringLiteral("insert") : QStringLiteral("update"));
                if (version > 1)
                    QCOMPARE(audit.value(1).toInt(), previous);
                QCOMPARE(audit.value(2).toInt(), write.level);
                previous = write.level;
            }
            QVERIFY2(!audit.next(), qPrintable(where + QStringLiteral(": more audit rows than accepted changes")));
        }
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'mark' AND id > %1").arg(auditBefore)),
            qint64(accepted));
    }

    void twoProcessesClaimingFirstMarkerOneWins()
    {
        const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 4000; // both signed in by then
        const QString submissions = joined(m_claimable);
        QProcess *a = start({QStringLiteral("claim"), databaseFor(m_marker.username), m_marker.username,
            QString::number(startAt), submissions});
        QProcess *b = start({QStringLiteral("claim"), databaseFor(m_rival.username), m_rival.username,
            QString::number(startAt), submissions});
        const Result<QStringList> linesA = linesOf(a);
        const Result<QStringList> linesB = linesOf(b);
        QVERIFY2(linesA.ok(), qPrintable(linesA.errorMessage()));
        QVERIFY2(linesB.ok(), qPrintable(linesB.errorMessage()));
        QCOMPARE(linesA->size(), kClaims);
        QCOMPARE(linesB->size(), kClaims);
        int wonByA = 0;
        for (int i = 0; i < kClaims; ++i) {
            const QString submission = QString::number(m_claimable.at(i));
            const QString &lineA = linesA->at(i);
            const QString &lineB = linesB->at(i);
            const bool aWon = lineA == QStringLiteral("claimed ") + submission;
            const bool bWon = lineB == QStringLiteral("claimed ") + submission;
            QVERIFY2(aWon != bWon, qPrintable(lineA + QStringLiteral(" / ") + lineB));
            wonByA += aWon ? 1 : 0;
            const Actor &winner = aWon ? m_marker : m_rival;
            const QString &loser = aWon ? lineB : lineA;
            QVERIFY2(loser.startsWith(QStringLiteral("lost ") + submission + QLatin1Char(' ')), qPrintable(loser));
            QVERIFY2(
                loser.contains(winner.displayName + QStringLiteral(" is already the first marker")), qPrintable(loser));
            SqlQuery first(c,
                QStringLiteral(
                    "SELECT m.marker_id, count(*) OVER () FROM markings m JOIN attempts t ON t.id = m.attempt_id "
                    "WHERE t.submission_id = :submission AND m.role = 'first'"));
            first.bind(QStringLiteral(":submission"), m_claimable.at(i));
            QVERIFY(first.exec().ok());
            QVERIFY(first.next());
            QCOMPARE(first.value(0).toLongLong(), winner.userId);
            QCOMPARE(first.value(1).toInt(), 1);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM marking_drafts d JOIN attempts t ON t.id = d.attempt_id "
                                      "WHERE t.submission_id = %1")
                           .arg(m_claimable.at(i))),
                qint64(1));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM submissions WHERE id = %1 AND status = 'in_marking'")
                                .arg(m_claimable.at(i))),
                qint64(1));
        }
        qInfo("%s: the first process won %d of %d claims", qPrintable(prepmark::test::backendName()), wonByA, kClaims);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
