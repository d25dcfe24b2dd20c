#include "SelfTest.h"

#include "MainWindow.h"
#include "StaffHomePage.h"
#include "StudentScene.h"
#include "ui/admin/AccountsModel.h"
#include "ui/admin/AccountsPage.h"
#include "ui/cohort/CohortDashboardPage.h"
#include "ui/cohort/CohortHeatmapModel.h"
#include "ui/cohort/CohortResultsModel.h"
#include "ui/cohort/CohortResultsPage.h"
#include "ui/cohort/ProgrammeReportPage.h"
#include "ui/common/ReportPreviewWidget.h"
#include "ui/marking/MarkingPage.h"
#include "ui/marking/MarkingQueueModel.h"
#include "ui/marking/MarkingQueuePage.h"
#include "ui/marking/MarkingTexts.h"
#include "ui/marking/MarkingWorkspace.h"
#include "ui/marking/ModerationPage.h"
#include "ui/marking/RubricGridModel.h"
#include "ui/marking/ScoreComparisonTable.h"
#include "ui/student/ExerciseLibraryModel.h"
#include "ui/student/ReleasedResultsPage.h"
#include "ui/student/StudentExercisesPage.h"
#include "ui/student/StudentProfilePage.h"
#include "ui/student/StudentWorkspace.h"
#include "ui/student/SubmissionHistoryModel.h"
#include "ui/workbench/ArrangeView.h"
#include "ui/workbench/PrepWorkbench.h"
#include "ui/workbench/SessionDocument.h"
#include "ui/workbench/TrackTableModel.h"
#include "ui/workbench/WaveformLanes.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QSet>
#include <QTableWidget>

#include <cstdio>

namespace prepmark {

void SelfTest::check(bool ok, const QString &what)
{
    ++m_checks;
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", qPrintable(what));
    if (!ok)
        m_failures << what;
}

void SelfTest::checkMarking(const Actor &actor, StaffHomePage *staff)
{
    MarkingWorkspace *marking = staff->markingWorkspace();
    const MarkingQueueModel *queue = marking->queuePage()->model();
    check(queue->rowCount() > 0,
        QStringLiteral("%1: marking queue lists %2 submissions").arg(actor.username).arg(queue->rowCount()));
    // Open one submission of every task the queue offers, without changing anything.
    QSet<int> opened;
    QVector<qint64> submissions;
    QVector<MarkingTask> tasks;
    for (int r = 0; r < queue->rowCount(); ++r) {
        if (!opened.contains(int(queue->taskAt(r)))) {
            opened.insert(int(queue->taskAt(r)));
            submissions << queue->rowAt(r).submissionId;
            tasks << queue->taskAt(r);
        }
    }
    for (int i = 0; i < submissions.size(); ++i) {
        marking->openSubmission(submissions[i]);
        QCoreApplication::processEvents();
        bool built = false;
        if (MarkingPage *page = marking->markingPage())
            built = page->model()->rowCount() > 0;
        else if (ModerationPage *page = marking->moderationPage())
            built = page->scoreTable()->rowCount() > 0;
        check(built,
            QStringLiteral("%1: submission %2 opens for \"%3\"")
                .arg(actor.username)
                .arg(submissions[i])
                .arg(MarkingTexts::task(tasks[i])));
        marking->showQueue();
        QCoreApplication::processEvents();
    }
}

void SelfTest::checkDashboard(const Actor &actor, StaffHomePage *staff)
{
    CohortDashboardPage *dashboard = staff->dashboardPage();
    QComboBox *cohorts = dashboard->cohortPicker();
    for (int i = 0; i < cohorts->count(); ++i) {
        cohorts->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const CohortReport &report = dashboard->report();
        check(dashboard->heatmapModel()->rowCount() == report.students.size() && report.students.size() > 0,
            QStringLiteral("%1: dashboard of %2, %3: %4 students, %5 adequate, %6 masked")
                .arg(actor.username, report.cohortName, report.assignmentTitle)
                .arg(report.students.size())
                .arg(report.conjunctiveAdequate)
                .arg(report.maskedCount));
    }
}

void SelfTest::checkWorkbench(MainWindow &window)
{
    const QString user = window.context().actor.username;
    auto *exercises = window.homePage()->findChild<StudentWorkspace *>();
    check(exercises && exercises->home()->libraryModel()->rowCount() == 27,
        QStringLiteral("%1: the practice library lists 27 exercises").arg(user));
    // A short render of the smallest exercise, opened in the workbench without editing it.
    const QString key = QStringLiteral("folk-river-song");
    const Status shown = StudentScene::show(window, QStringLiteral("workbench"), key, 1, false);
    check(shown.ok(), QStringLiteral("%1: %2 opens in the workbench %3").arg(user, key, shown.errorMessage()));
    PrepWorkbench *bench = exercises ? exercises->workbench() : nullptr;
    if (!bench)
        return;
    int drawn = 0;
    for (const SessionTrack &track : bench->document()->session().tracks)
        drawn += bench->arrangeView()->lanes()->hasPeaks(track.id) ? 1 : 0;
    check(bench->trackModel()->rowCount() > 0 && drawn == bench->trackModel()->rowCount(),
        QStringLiteral("%1: workbench shows %2 tracks, %3 with waveforms, %4 findings")
            .arg(user)
            .arg(bench->trackModel()->rowCount())
            .arg(drawn)
            .arg(bench->loaded().analysis.issues.size()));
}

int SelfTest::run()
{
    check(m_database.check().ok(), QStringLiteral("database %1 passes its integrity check").arg(m_database.path()));
    SqlQuery users(m_database.connection(),
        QStringLiteral("SELECT id, role, username, display_name FROM users u WHERE id = (SELECT min(id) FROM users "
                       "WHERE role = u.role) ORDER BY role"));
    check(users.exec().ok(), QStringLiteral("accounts can be read"));
    int roles = 0;
    while (users.next()) {
        ++roles;
        const Actor actor {users.value(0).toLongLong(), roleFromName(users.value(1).toString()).value(),
            users.value(2).toString(), users.value(3).toString()};
        MainWindow window(m_database, actor);
        window.show();
        QCoreApplication::processEvents();
        check(window.homePage() != nullptr,
            QStringLiteral("%1 (%2): main window built").arg(actor.username, roleName(actor.role)));
        if (auto *staff = qobject_cast<StaffHomePage *>(window.homePage())) {
            const int cohorts = staff->cohortList()->count();
            check(cohorts > 0, QStringLiteral("%1: %2 cohorts listed").arg(actor.username).arg(cohorts));
            for (int i = 0; i < cohorts; ++i) {
                staff->cohortList()->setCurrentRow(i);
                QCoreApplication::processEvents();
                CohortResultsModel *model = staff->resultsPage()->model();
                check(model->rowCount() > 0 && model->markedCount() > 0,
                    QStringLiteral("%1: cohort %2 shows %3 students, %4 with verdicts")
                        .arg(actor.username, staff->cohortList()->item(i)->text().section(QLatin1Char('\n'), 0, 0))
                        .arg(model->rowCount())
                        .arg(model->markedCount()));
            }
            checkMarking(actor, staff);
            checkDashboard(actor, staff);
            if (ProgrammeReportPage *programme = staff->programmePage())
                check(programme->report().total.results > 0 && programme->preview()->pageCount() > 0,
                    QStringLiteral("%1: programme report of %2: %3 results, %4 pages")
                        .arg(actor.username, programme->report().programme.code)
                        .arg(programme->report().total.results)
                        .arg(programme->preview()->pageCount()));
            else
                check(actor.role == Role::Lecturer,
                    QStringLiteral("%1: no programme report for a lecturer").arg(actor.username));
            if (AccountsPage *accounts = staff->accountsPage()) {
                SqlQuery count(m_database.connection(), QStringLiteral("SELECT count(*) FROM users"));
                const Result<QVariant> expected = count.scalar();
                check(expected && accounts->model()->rowCount() == expected->toInt(),
                    QStringLiteral("%1: accounts page lists %2 accounts")
                        .arg(actor.username)
                        .arg(accounts->model()->rowCount()));
            } else {
                check(actor.role != Role::Admin,
                    QStringLiteral("%1: an admin has the accounts page").arg(actor.username));
            }
        } else if (auto *student = window.homePage()->findChild<ReleasedResultsPage *>()) {
            check(student->history()->rowCount() > 0,
                QStringLiteral("%1: %2 released results shown")
                    .arg(actor.username)
                    .arg(student->history()->rowCount()));
            auto *profile = window.homePage()->findChild<StudentProfilePage *>();
            check(profile && !profile->profile().dimensions.isEmpty(),
                QStringLiteral("%1: profile shows a standing in every dimension").arg(actor.username));
            check(profile && profile->historyModel()->rowCount() > 0,
                QStringLiteral("%1: submission history lists %2 attempts")
                    .arg(actor.username)
                    .arg(profile ? profile->historyModel()->rowCount() : 0));
            checkWorkbench(window);
        } else {
            check(false, QStringLiteral("%1: no home page for the role").arg(actor.username));
        }
        window.close();
    }
    check(roles > 0, QStringLiteral("%1 roles have accounts").arg(roles));
    std::printf("%d checks, %lld failed\n", m_checks, static_cast<long long>(m_failures.size()));
    return m_failures.isEmpty() ? 0 : 1;
}

} // namespace prepmark
