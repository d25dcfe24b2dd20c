#include "ui/app/DatabaseLocator.h"
#include "ui/app/LoginDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StaffHomePage.h"
#include "ui/cohort/CohortResultsModel.h"
#include "ui/cohort/CohortResultsPage.h"
#include "ui/student/ReleasedResultsPage.h"
#include "ui/student/StudentProfilePage.h"

#include "demo/DemoDataBuilder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = DatabaseLocator::openOrCreateDemo(m_dir.filePath(QStringLiteral("gui.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(opened->createdDemo);
        m_database = std::move(opened->database);
        QVERIFY(DatabaseLocator::isDemo(*m_database));
    }

    void reopeningDoesNotRebuildTheDemo()
    {
        auto again = DatabaseLocator::openOrCreateDemo(m_dir.filePath(QStringLiteral("gui.db")));
        QVERIFY(again.ok());
        QVERIFY(!again->createdDemo);
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
        LoginDialog login(*m_database);
        QVERIFY(login.findChild<QListWidget *>(QStringLiteral("demoAccounts"))->count() >= 6);
        QVERIFY(!login.signIn(QStringLiteral("mbaker"), QStringLiteral("wrong")));
        auto *message = login.findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("mbaker"));
        QVERIFY(login.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        QVERIFY(login.signIn(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword()));
        QCOMPARE(login.actor().role, Role::Lecturer);
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
