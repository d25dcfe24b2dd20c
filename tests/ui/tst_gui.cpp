#include "ui/app/DatabaseLocator.h"
#include "ui/app/LoginDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SignInFlow.h"
#include "ui/app/StaffHomePage.h"
#include "ui/cohort/CohortResultsModel.h"
#include "ui/cohort/CohortResultsPage.h"
#include "ui/student/ReleasedResultsPage.h"
#include "ui/student/StudentProfilePage.h"

#include "demo/DemoDataBuilder.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toInt();
    }
    QString messageOf(const LoginDialog &login) { return login.findChild<QLabel *>(QStringLiteral("message"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // This process's data folder and settings are in the temporary folder, so the first
        // start below is a real one (the demo is built in the default place) and nothing of
        // the user's own PrepMark is touched.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        const QString path = DatabaseLocator::defaultPath();
        QVERIFY2(path.startsWith(m_dir.path()), qPrintable(path));
        QVERIFY(!QFileInfo::exists(path));
        auto opened = DatabaseLocator::openOrCreateDemo(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(opened->createdDemo);
        m_database = std::move(opened->database);
        QVERIFY(DatabaseLocator::isDemo(*m_database));
    }

    void reopeningDoesNotRebuildTheDemo()
    {
        auto again = DatabaseLocator::openOrCreateDemo(DatabaseLocator::defaultPath());
        QVERIFY(again.ok());
        QVERIFY(!again->createdDemo);
    }

    void aMistypedPathIsAnErrorNotANewDemo()
    {
        const QString typo = m_dir.filePath(QStringLiteral("data/PrepMark/PrepMark/prepmrak.db"));
        const auto opened = DatabaseLocator::openOrCreateDemo(typo);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().startsWith(typo + QStringLiteral(": no such database")),
            qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(QStringLiteral("prepmark-cli demo --db ") + typo));
        QVERIFY(opened.errorMessage().contains(QStringLiteral("prepmark-cli db init --db ") + typo));
        QVERIFY(!QFileInfo::exists(typo));

        // The sign-in dialog for that path says so and offers no sign-in there.
        LoginDialog login(typo, std::nullopt);
        QVERIFY(!login.findChild<QLabel *>(QStringLiteral("message"))->isHidden());
        QVERIFY(messageOf(login).contains(typo));
        QVERIFY(messageOf(login).contains(QStringLiteral("prepmark-cli demo")));
        QVERIFY(!login.signInButton()->isEnabled());
        QVERIFY(!login.signIn(QStringLiteral("admin"), DemoDataBuilder::demoPassword()));
        QVERIFY(!QFileInfo::exists(typo));

        // An explicit demo is made anywhere, and only where nothing is yet.
        auto demo = DatabaseLocator::createDemo(typo);
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        QVERIFY(DatabaseLocator::isDemo(**demo));
        demo->reset();
        QVERIFY(!DatabaseLocator::createDemo(typo).ok());
    }

    void aCorruptDatabaseIsReportedNotReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all");
        file.close();
        const auto opened = DatabaseLocator::openOrCreateDemo(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.errorMessage().contains(QStringLiteral("not a PrepMark database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database at all"));
    }

    void wrongPasswordKeepsTheDialogOpen()
    {
        LoginDialog login(DatabaseLocator::defaultPath(), std::nullopt);
        QVERIFY(login.placeLabel()->text().contains(DatabaseLocator::defaultPath()));
        QVERIFY(login.placeLabel()->text().contains(QStringLiteral("demo database on this computer")));
        QVERIFY(login.findChild<QListWidget *>(QStringLiteral("demoAccounts"))->count() >= 6);
        QVERIFY(!login.signIn(QStringLiteral("mbaker"), QStringLiteral("wrong")));
        auto *message = login.findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("mbaker"));
        QVERIFY(login.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        QVERIFY(!login.signIn(QStringLiteral("nobody"), QStringLiteral("wrong")));
        QCOMPARE(message->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(login.signIn(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword()));
        QCOMPARE(login.actor().role, Role::Lecturer);
        const std::unique_ptr<Database> database = login.takeDatabase();
        QVERIFY(database && !database->isServer());
        QCOMPARE(database->path(), DatabaseLocator::defaultPath());
    }

    // 5 failed sign-ins for one user name within 15 minutes: the name is refused for 15 minutes,
    // the right password too, with the same words whether the name exists or not; every failure
    // and refusal is in the audit log; a success clears the count.
    void tooManyFailedSignInsLockTheNameOut()
    {
        const auto failures = [this](const QString &name) {
            return scalar(QStringLiteral("SELECT count(*) FROM failed_sign_ins WHERE username = '%1'").arg(name));
        };
        const auto audited = [this](const QString &action, const QString &name) {
            return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'sign_in' AND action = '%1' "
                                         "AND detail LIKE 'user name \"%2\"%'")
                              .arg(action, name));
        };
        LoginDialog login(*m_database);
        // Four failures, then the right password: the count starts again.
        for (int i = 0; i < 4; ++i)
            QVERIFY(!login.signIn(QStringLiteral("hkhan"), QStringLiteral("guess %1").arg(i)));
        QCOMPARE(failures(QStringLiteral("hkhan")), 4);
        QVERIFY(login.signIn(QStringLiteral("HKhan"), DemoDataBuilder::demoPassword()));
        QCOMPARE(failures(QStringLiteral("hkhan")), 0);
        QCOMPARE(audited(QStringLiteral("failed"), QStringLiteral("hkhan")), 4);

        const QStringList names {QStringLiteral("hkhan"), QStringLiteral("no-such-user")};
        QStringList lockMessages;
        for (const QString &name : names) {
            LoginDialog again(*m_database);
            for (int i = 1; i <= 4; ++i) {
                QVERIFY(!again.signIn(name, QStringLiteral("guess %1").arg(i)));
                QCOMPARE(messageOf(again), QStringLiteral("Wrong user name or password."));
            }
            QVERIFY(!again.signIn(name, QStringLiteral("guess 5")));
            QVERIFY2(messageOf(again).startsWith(QStringLiteral("Too many failed sign-ins with this user name")),
                qPrintable(messageOf(again)));
            // Now even the right password is refused, with the same words.
            QVERIFY(!again.signIn(name, DemoDataBuilder::demoPassword()));
            lockMessages << messageOf(again);
            QCOMPARE(failures(name), 5);
            QCOMPARE(audited(QStringLiteral("refused"), name), 1);
        }
        QCOMPARE(lockMessages[0], lockMessages[1]); // nothing tells which name exists
        QCOMPARE(audited(QStringLiteral("failed"), QStringLiteral("hkhan")), 4 + 5);
        QCOMPARE(audited(QStringLiteral("failed"), QStringLiteral("no-such-user")), 5);
        QVERIFY(UserRepository::authenticate(
            m_database->connection(), QStringLiteral("hkhan"), DemoDataBuilder::demoPassword())
                    .errorMessage()
                    .startsWith(QStringLiteral("Too many failed sign-ins")));
        // Other names are not affected.
        QVERIFY(LoginDialog(*m_database).signIn(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword()));

        // Fifteen minutes later (the failures moved back in time by SQL) the name signs in again,
        // and its failures are forgotten.
        QSqlQuery earlier(m_database->connection());
        QVERIFY(earlier.exec(QStringLiteral("UPDATE failed_sign_ins SET failed_at = "
                                            "strftime('%Y-%m-%dT%H:%M:%fZ', failed_at, '-15 minutes', '-1 seconds')")));
        LoginDialog later(*m_database);
        QVERIFY2(later.signIn(QStringLiteral("hkhan"), DemoDataBuilder::demoPassword()), qPrintable(messageOf(later)));
        QCOMPARE(failures(QStringLiteral("hkhan")), 0);
    }

    void signingOutReturnsToTheDialog()
    {
        SignInFlow flow(DatabaseLocator::defaultPath(), std::nullopt);
        flow.start();
        QVERIFY(flow.loginDialog() && flow.loginDialog()->isVisible());
        QVERIFY(!flow.window());
        QVERIFY(flow.loginDialog()->signIn(QStringLiteral("tnguyen"), DemoDataBuilder::demoPassword()));
        QVERIFY(flow.window() && flow.window()->isVisible());
        QCOMPARE(flow.window()->context().actor.username, QStringLiteral("tnguyen"));
        QVERIFY(flow.window()->findChild<QAction *>(QStringLiteral("changePasswordAction")));
        QTRY_VERIFY(!flow.loginDialog());
        emit flow.window()->signOutRequested();
        QTRY_VERIFY(!flow.window());
        QVERIFY(!flow.database());
        QVERIFY(flow.loginDialog() && flow.loginDialog()->isVisible());
        QVERIFY(flow.loginDialog()->signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        QCOMPARE(flow.window()->context().actor.role, Role::Student);
    }

    void lecturerSeesTheirCohortTable()
    {
        LoginDialog login(*m_database);
        QVERIFY(login.signIn(QStringLiteral("tnguyen"), DemoDataBuilder::demoPassword()));
        MainWindow window(*m_database, login.actor());
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo database")));
        auto *home = qobject_cast<StaffHomePage *>(window.homePage());
        QVERIFY(home);
        QCOMPARE(home->cohortList()->count(), 2); // tnguyen teaches two of the three cohorts
        CohortResultsModel *model = home->resultsPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < home->cohortList()->count(); ++i) {
            home->cohortList()->setCurrentRow(i);
            QCOMPARE(model->rowCount(), 22);
            QVERIFY(model->markedCount() > 15);
            QVERIFY(model->adequateCount() < model->markedCount());
            QComboBox *assignments = home->resultsPage()->assignmentPicker();
            for (int a = 0; a < assignments->count(); ++a) {
                assignments->setCurrentIndex(a);
                QCOMPARE(model->rowCount(), 22);
            }
        }
        // Every inadequate row names what blocks it.
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto &verdict = model->verdictAt(r);
            if (verdict && !verdict->adequate)
                QVERIFY(!model->data(model->index(r, model->blockingColumn())).toString().isEmpty());
        }
        auto *summary = home->resultsPage()->findChild<QLabel *>(QStringLiteral("cohortSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Students blocked by each dimension")));
    }

    void studentSeesOnlyTheirOwnResults()
    {
        LoginDialog login(*m_database);
        QVERIFY(login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        MainWindow window(*m_database, login.actor());
        auto *home = window.homePage()->findChild<ReleasedResultsPage *>();
        QVERIFY(home);

        // The expected rows come from SQL written here, not from the repository the page uses:
        // every result released to s24001, oldest first, with its snapshot of scores.
        struct Released
        {
            QString title;
            bool adequate;
            QJsonObject scores;
        };
        QList<Released> own;
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT a.title, r.adequate, r.scores FROM released_results r "
                           "JOIN attempts t ON t.id = r.attempt_id JOIN submissions s ON s.id = t.submission_id "
                           "JOIN assignments a ON a.id = s.assignment_id JOIN users u ON u.id = s.student_id "
                           "WHERE u.username = 's24001' ORDER BY r.released_at, r.id")));
        while (query.next())
            own.append({query.value(0).toString(), query.value(1).toBool(),
                QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
        QVERIFY(own.size() >= 1);
        // Other students' results exist, so showing exactly these rows means they were left out.
        QSqlQuery all(m_database->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM released_results")) && all.next());
        QVERIFY(all.value(0).toInt() > own.size());

        QCOMPARE(home->history()->rowCount(), int(own.size()));
        for (int r = 0; r < home->history()->rowCount(); ++r)
            QCOMPARE(home->history()->item(r, 0)->text(), own.at(r).title);
        QVERIFY(home->verdictLabel()->text().contains(own.last().title));

        // The profile's standing follows the released scores and the chosen method.
        auto *profile = window.homePage()->findChild<StudentProfilePage *>();
        QVERIFY(profile);
        QCOMPARE(profile->profile().dimensions.size(), 5);
        profile->methodPicker()->setCurrentIndex(profile->methodPicker()->findData(int(StandingMethod::MostRecent)));
        const QJsonObject latest = own.last().scores;
        QCOMPARE(latest.size(), 5);
        for (auto it = latest.constBegin(); it != latest.constEnd(); ++it)
            QCOMPARE(*profile->profile().dimensions.value(it.key()).value, it.value().toDouble());
        QCOMPARE(profile->profile().adequateNow, own.last().adequate);
        QVERIFY(home->verdictLabel()->text().contains(
            own.last().adequate ? QStringLiteral(": Adequate") : QStringLiteral(": Inadequate")));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
