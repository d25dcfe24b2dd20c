#include "core/CsvReader.h"
#include "storage/RosterReader.h"

#include "demo/DemoDataBuilder.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/RosterImporter.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;
using Action = RosterRowOutcome::Action;

namespace {
QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/storage/data/roster/") + name);
}

Result<RosterFile> roster(const QByteArray &bytes, const QString &name = QStringLiteral("roster.csv"))
{
    const Result<CsvTable> table = CsvReader::parse(bytes, name);
    if (!table)
        return table.error();
    return RosterReader::read(*table);
}

RosterFile rosterFromFixture(const QString &name)
{
    const Result<CsvTable> table = CsvReader::read(fixture(name));
    if (!table)
        qFatal("%s", qPrintable(table.errorMessage()));
    const Result<RosterFile> file = RosterReader::read(*table);
    if (!file)
        qFatal("%s", qPrintable(file.errorMessage()));
    return *file;
}

int scalar(const QSqlDatabase &c, const QString &sql)
{
    SqlQuery query(c, sql);
    return query.scalar()->toInt();
}
} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_emptyCohort = 0;
    qint64 m_demoCohort = 0;

    // A snapshot of everything an import may touch, to show that nothing changed.
    QString footprint() const
    {
        const QSqlDatabase c = m_database->connection();
        return QStringLiteral("%1 users, %2 enrolments, %3 audit entries")
            .arg(scalar(c, QStringLiteral("SELECT count(*) FROM users")))
            .arg(scalar(c, QStringLiteral("SELECT count(*) FROM enrolments")))
            .arg(scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")));
    }

private slots:
    void initTestCase()
    {
        // The demo is built once (its password hashing takes seconds); each test
        // works on a fresh copy of the file.
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY(opened.ok());
        QVERIFY(DemoDataBuilder(**opened).build().ok());
    }

    void init()
    {
        m_database.reset();
        const QString copy = m_dir.filePath(QStringLiteral("test.db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QLatin1String(suffix));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.db")), copy));
        auto opened = Database::open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        CohortRepository cohorts(m_database->connection(), Actor::system());
        m_demoCohort = cohorts.findByName(QStringLiteral("Mix Prep 2026/27")).value()->id;
        const qint64 module = scalar(m_database->connection(), QStringLiteral("SELECT id FROM modules LIMIT 1"));
        const Result<qint64> created
            = cohorts.create(module, QStringLiteral("Mix Prep 2027/28"), QStringLiteral("2027/28"));
        QVERIFY(created.ok());
        m_emptyCohort = *created;
    }

    void readsEachPlatformsFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("students");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("firstUsername");
        QTest::addColumn<QString>("secondName");
        QTest::newRow("Moodle participants") << "moodle-participants.csv"
                                             << "moodle-participants" << 4 << 1 << "zoe.obriain@example.ac.uk"
                                             << "Mateus Silva, Jr.";
        QTest::newRow("Moodle user list") << "moodle-users.csv"
                                          << "moodle-users" << 3 << 0 << "zobriain"
                                          << "Mateus Silva, Jr.";
        QTest::newRow("Canvas gradebook") << "canvas-gradebook.csv"
                                          << "canvas-gradebook" << 3 << 1 << "zobriain"
                                          << "Mateus Silva, Jr.";
        QTest::newRow("Canvas users.csv") << "canvas-users.csv"
                                          << "canvas-users" << 3 << 1 << "zobriain"
                                          << "Mateus Silva, Jr.";
    }

    void readsEachPlatformsFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, students);
        QFETCH(int, skipped);
        QFETCH(QString, firstUsername);
        QFETCH(QString, secondName);
        const RosterFile roster = rosterFromFixture(file);
        QCOMPARE(roster.format, format);
        QVERIFY(roster.problems.isEmpty());
        const auto isStudent = [](const RosterEntry &e) { return e.skipReason.isEmpty(); };
        QCOMPARE(int(std::count_if(roster.entries.begin(), roster.entries.end(), isStudent)), students);
        QCOMPARE(int(roster.entries.size()) - students, skipped);
        QCOMPARE(roster.entries[0].username, firstUsername);
        QCOMPARE(roster.entries[0].displayName, QStringLiteral("Zoë Ó Briain"));
        QCOMPARE(roster.entries[0].studentNumber, QStringLiteral("27001"));
        QCOMPARE(roster.entries[1].displayName, secondName);
    }

    void aGoodFileCreatesAndEnrolsInOneTransaction()
    {
        const QSqlDatabase c = m_database->connection();
        const int usersBefore = scalar(c, QStringLiteral("SELECT count(*) FROM users"));
        const Result<RosterImportReport> report
            = RosterImporter(c, Actor::system())
                  .import(rosterFromFixture(QStringLiteral("moodle-participants.csv")), m_emptyCohort, false);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report->applied);
        QCOMPARE(report->count(Action::Create), 4);
        QCOMPARE(report->count(Action::Skip), 1); // the teacher
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM users")), usersBefore + 4);
        const QVector<UserRecord> enrolled = CohortRepository(c, Actor::system()).students(m_emptyCohort).value();
        QCOMPARE(enrolled.size(), 4);
        const auto zoe = std::find_if(enrolled.begin(), enrolled.end(),
            [](const UserRecord &u) { return u.studentNumber == QLatin1String("27001"); });
        QVERIFY(zoe != enrolled.end());
        QCOMPARE(zoe->displayName, QStringLiteral("Zoë Ó Briain"));
        QCOMPARE(zoe->email, QStringLiteral("zoe.obriain@example.ac.uk"));
        QCOMPARE(zoe->role, Role::Student);
        // No password yet: sign-in is refused.
        QVERIFY(!UserRepository::authenticate(c, zoe->username, QString()).ok());
        QVERIFY(
            !UserRepository::authenticate(c, zoe->username, QStringLiteral("!no password set (imported from a roster)"))
                 .ok());
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'roster_import'")), 1);

        // Importing the same people again from Canvas: nothing new, all already enrolled.
        const Result<RosterImportReport> again
            = RosterImporter(c, Actor::system())
                  .import(rosterFromFixture(QStringLiteral("canvas-users.csv")), m_emptyCohort, false);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        for (const RosterRowOutcome &row : again->rows)
            QVERIFY2(
                row.action != Action::Error, qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.message)));
        QCOMPARE(again->count(Action::Create), 0);
        QCOMPARE(again->count(Action::AlreadyEnrolled), 3); // matched by student number
        QCOMPARE(again->count(Action::Skip), 1); // the deleted Canvas user
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM users")), usersBefore + 4);
    }

    void aDryRunChangesNothing()
    {
        const QString before = footprint();
        const Result<RosterImportReport> report
            = RosterImporter(m_database->connection(), Actor::system())
                  .import(rosterFromFixture(QStringLiteral("moodle-users.csv")), m_emptyCohort, true);
        QVERIFY(report.ok());
        QVERIFY(!report->applied);
        QCOMPARE(report->count(Action::Create), 3);
        QCOMPARE(footprint(), before);
    }

    void duplicateUsers_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray header("username,firstname,lastname,email,idnumber\n");
        QTest::newRow("same username twice in the file") << header + "new1,A,B,a@x.org,9001\nNEW1,C,D,c@x.org,9002\n"
                                                         << 3 << 1 << "username \"NEW1\" is already on line 2";
        QTest::newRow("same email twice in the file") << header + "new1,A,B,a@x.org,9001\nnew2,C,D,A@x.org,9002\n"
                                                      << 3 << 4 << "email address \"A@x.org\" is already on line 2";
        QTest::newRow("same student number twice in the file")
            << header + "new1,A,B,a@x.org,9001\nnew2,C,D,c@x.org,9001\n"
            << 3 << 5 << "student number \"9001\" is already on line 2";
        QTest::newRow("username of a lecturer in the database") << header
                + "mbaker,Maria,Baker,m@x.org,9001\n" << 2 << 0 << "username \"mbaker\" belongs to a lecturer account";
        QTest::newRow("student number of another student in the database")
            << header + "someone,A,B,a@x.org,24001\n"
            << 2 << 0 << "student number \"24001\" already belongs to the account \"s24001\"";
        QTest::newRow("existing student with another student number") << header
                + "s24001,A,B,a@x.org,99999\n" << 2 << 0 << "already exists with student number 24001";
    }

    void duplicateUsers()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString before = footprint();
        const Result<RosterFile> file = roster(csv);
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        const Result<RosterImportReport> report
            = RosterImporter(m_database->connection(), Actor::system()).import(*file, m_emptyCohort, false);
        QVERIFY(report.ok());
        QVERIFY(report->hasErrors());
        QVERIFY(!report->applied);
        const auto error = std::find_if(report->rows.begin(), report->rows.end(),
            [](const RosterRowOutcome &r) { return r.action == Action::Error; });
        QCOMPARE(error->line, line);
        QCOMPARE(error->column, column);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
        QCOMPARE(footprint(), before);
    }

    void existingStudentsAreEnrolledNotDuplicated()
    {
        const QSqlDatabase c = m_database->connection();
        const Result<RosterFile> file = roster("username,firstname,lastname,email,idnumber\n"
                                               "s24001,Amara,Adeyemi,s24001@example.ac.uk,24001\n"
                                               "brandnew,New,Student,new@x.org,27100\n");
        QVERIFY(file.ok());
        const int users = scalar(c, QStringLiteral("SELECT count(*) FROM users"));
        const Result<RosterImportReport> report
            = RosterImporter(c, Actor::system()).import(*file, m_emptyCohort, false);
        QVERIFY(report.ok() && report->applied);
        QCOMPARE(report->count(Action::Enrol), 1);
        QCOMPARE(report->count(Action::Create), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM users")), users + 1);
        // A second run: the existing student is now already enrolled.
        const Result<RosterImportReport> again = RosterImporter(c, Actor::system()).import(*file, m_emptyCohort, true);
        QCOMPARE(again->count(Action::AlreadyEnrolled), 2);
    }

    void missingColumnsAreRefusedWithWhatIsNeeded()
    {
        const Result<RosterFile> file = roster("Name,Mobile\nA B,0123\n", QStringLiteral("phones.csv"));
        QVERIFY(!file.ok());
        QVERIFY(file.errorMessage().startsWith(
            QStringLiteral("phones.csv:1: no roster columns found (the header has: Name, Mobile)")));
        QVERIFY(file.errorMessage().contains(QStringLiteral("Email address")));
    }

    void badEncodingIsRefusedWithLineAndColumn()
    {
        QFile source(fixture(QStringLiteral("moodle-users.csv")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray latin1 = QString::fromUtf8(source.readAll()).toLatin1(); // Zoë, Ó as single bytes
        const Result<RosterFile> file = roster(latin1, QStringLiteral("latin1.csv"));
        QVERIFY(!file.ok());
        QVERIFY2(file.errorMessage().startsWith(QStringLiteral("latin1.csv:2:42: byte 0xEB is not valid UTF-8")),
            qPrintable(file.errorMessage()));
    }

    void aRowTheDatabaseRefusesHalfWayRollsEverythingBack()
    {
        // Every row passes the checks, but the database refuses the third account while
        // the first two are already written: the transaction takes them back.
        QVERIFY(SqlQuery(m_database->connection(),
            QStringLiteral("CREATE TEMP TRIGGER refuse_good3 BEFORE INSERT ON users WHEN NEW.username = 'good3' "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .exec()
                    .ok());
        const QString before = footprint();
        const Result<RosterFile> file = roster("username,firstname,lastname,email,idnumber\n"
                                               "good1,Good,One,good1@x.org,27201\n"
                                               "good2,Good,Two,good2@x.org,27202\n"
                                               "good3,Good,Three,good3@x.org,27204\n"
                                               "good4,Good,Four,good4@x.org,27205\n");
        QVERIFY(file.ok());
        const Result<RosterImportReport> report
            = RosterImporter(m_database->connection(), Actor::system()).import(*file, m_emptyCohort, false);
        QVERIFY(!report.ok());
        QVERIFY2(report.errorMessage().contains(QStringLiteral("roster.csv:4:")), qPrintable(report.errorMessage()));
        QVERIFY2(
            report.errorMessage().contains(QStringLiteral("refused by the test")), qPrintable(report.errorMessage()));
        QCOMPARE(footprint(), before);
        QCOMPARE(
            scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'good%'")),
            0);
    }

    void aBadRowInTheMiddleImportsNothing()
    {
        const QString before = footprint();
        const Result<RosterFile> file = roster("username,firstname,lastname,email,idnumber\n"
                                               "good1,Good,One,good1@x.org,27201\n"
                                               "good2,Good,Two,good2@x.org,27202\n"
                                               "bad,Bad,Row,not-an-email,27203\n"
                                               "good3,Good,Three,good3@x.org,27204\n"
                                               "good4,Good,Four,good4@x.org,27205\n");
        QVERIFY(file.ok());
        QCOMPARE(file->problems.size(), 1);
        QCOMPARE(file->problems.first().line, 4);
        QCOMPARE(file->problems.first().column, 4);
        const Result<RosterImportReport> report
            = RosterImporter(m_database->connection(), Actor::system()).import(*file, m_emptyCohort, false);
        QVERIFY(report.ok());
        QVERIFY(!report->applied);
        QCOMPARE(report->count(Action::Create), 4); // checked, would be created...
        QCOMPARE(report->count(Action::Error), 1);
        QCOMPARE(footprint(), before); // ...but nothing was
        QVERIFY(CohortRepository(m_database->connection(), Actor::system()).students(m_emptyCohort)->isEmpty());
    }

    // Accounts and enrolments are the admins' alone: a lecturer and a programme leader are
    // both refused, before anything is read from the file.
    void onlyAdminsImport_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<int>("role");
        QTest::newRow("lecturer") << QStringLiteral("mbaker") << int(Role::Lecturer);
        QTest::newRow("leader") << QStringLiteral("jahmed") << int(Role::Leader);
    }
    void onlyAdminsImport()
    {
        QFETCH(QString, username);
        QFETCH(int, role);
        const qint64 id = scalar(
            m_database->connection(), QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(username));
        QVERIFY(id > 0);
        const Actor actor {id, Role(role), username, QString()};
        const QString before = footprint();
        const Result<RosterImportReport> report
            = RosterImporter(m_database->connection(), actor)
                  .import(rosterFromFixture(QStringLiteral("moodle-users.csv")), m_demoCohort, true);
        QVERIFY(!report.ok());
        QVERIFY2(report.errorMessage().contains(QStringLiteral("admins only")), qPrintable(report.errorMessage()));
        QCOMPARE(footprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
