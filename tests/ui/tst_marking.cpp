#include "ui/app/DatabaseLocator.h"
#include "ui/marking/CommentBankWidget.h"
#include "ui/marking/ConflictBar.h"
#include "ui/marking/CriterionPanel.h"
#include "ui/marking/LiveVerdictPanel.h"
#include "ui/marking/MarkingPage.h"
#include "ui/marking/MarkingQueueModel.h"
#include "ui/marking/MarkingQueuePage.h"
#include "ui/marking/MarkingWorkspace.h"
#include "ui/marking/ModerationPage.h"
#include "ui/marking/RubricGridModel.h"
#include "ui/marking/RubricGridView.h"
#include "ui/marking/ScoreComparisonTable.h"

#include "demo/DemoDataBuilder.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"
#include "storage/marking/MarkingDraftRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestMarking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_submission = 0;
    qint64 m_attempt = 0;

    Actor signIn(const char *username)
    {
        return UserRepository::authenticate(
            m_database->connection(), QString::fromLatin1(username), DemoDataBuilder::demoPassword())
            .value();
    }

    SubmissionStatus status()
    {
        return SubmissionRepository(m_database->connection(), Actor::system()).find(m_submission)->status;
    }

    // A second connection to the same file: another window, another computer.
    std::unique_ptr<Database> secondConnection()
    {
        auto opened = Database::open(m_database->path(), Database::Mode::Existing);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorMessage()));
        return std::move(opened).value();
    }

    QString scalarText(const QString &sql)
    {
        SqlQuery query(m_database->connection(), sql);
        return query.scalar()->toString();
    }

    // A submission of a cohort rsilva teaches that nobody has claimed yet: a released one
    // handed in again (the demo's few unmarked submissions are used by the tests above).
    qint64 unmarkedSubmission()
    {
        const qint64 submission
            = scalarText(QStringLiteral("SELECT s.id FROM submissions s JOIN assignments a ON a.id = s.assignment_id "
                                        "JOIN enrolments e ON e.cohort_id = a.cohort_id AND e.role = 'lecturer' "
                                        "JOIN users u ON u.id = e.user_id AND u.username = 'rsilva' "
                                        "WHERE s.status = 'released' ORDER BY s.id DESC LIMIT 1"))
                  .toLongLong();
        if (!SubmissionRepository(m_database->connection(), Actor::system())
                 .addAttempt(submission, QStringLiteral("{}"), QStringLiteral("handed in again"))
                 .ok())
            qFatal("cannot hand in again");
        return submission;
    }

    static std::unique_ptr<MarkingPage> openMarkingPage(UserContext &context, qint64 submission)
    {
        auto page = std::make_unique<MarkingPage>(context, submission);
        page->resize(1400, 900);
        page->show();
        return page;
    }

    // Gives the criterion in the grid's current row the level, by keyboard.
    static void typeLevel(MarkingPage &page, int level)
    {
        page.grid()->setFocus();
        QTest::keyClick(page.grid(), Qt::Key(Qt::Key_0 + level));
    }

    // Gives the current criterion a level with the keyboard: 'A' accepts the automatic
    // level where there is one, otherwise the digit; then Down to the next criterion.
    static void markCurrent(RubricGridView *grid, int digit, bool acceptAutomatic)
    {
        const RubricGridModel *model = grid->gridModel();
        const QString key = model->criterionAt(grid->currentCriterionRow())->key;
        if (acceptAutomatic && model->sheet().provisionalLevel(key))
            QTest::keyClick(grid, Qt::Key_A);
        else
            QTest::keyClick(grid, Qt::Key(Qt::Key_0 + digit));
        QCOMPARE(model->sheet().level(key).has_value(), true);
        QTest::keyClick(grid, Qt::Key_Down);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = DatabaseLocator::createDemo(m_dir.filePath(QStringLiteral("marking.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        // A submission of the newest cohort's current assignment that nobody has marked.
        SqlQuery unmarked(m_database->connection(),
            QStringLiteral("SELECT s.id, t.id FROM submissions s JOIN attempts t ON t.submission_id = s.id WHERE "
                           "s.status = 'not_marked' "
                           "AND EXISTS (SELECT 1 FROM evidence e WHERE e.attempt_id = t.id) ORDER BY s.id LIMIT 1"));
        QVERIFY(unmarked.exec().ok());
        QVERIFY(unmarked.next());
        m_submission = unmarked.value(0).toLongLong();
        m_attempt = unmarked.value(1).toLongLong();
    }

    void marksWithTheKeyboardAndFindsTheDraftAfterTheCrash()
    {
        UserContext context {*m_database, signIn("rsilva")};
        auto page = std::make_unique<MarkingPage>(context, m_submission);
        page->resize(1400, 900);
        page->show();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QCOMPARE(page->task(), MarkingTask::FirstMarking);
        RubricGridView *grid = page->grid();
        grid->setFocus();
        const Rubric rubric = page->model()->rubric();
        const int criteria = int(rubric.criterionKeys().size());
        QCOMPARE(grid->currentCriterionRow(), page->model()->firstCriterionRow());

        // The first criterion: override its automatic level, and say why.
        const QString firstKey = rubric.criterionKeys().first();
        const int automatic = *page->model()->sheet().provisionalLevel(firstKey);
        const int override = automatic == 5 ? 4 : automatic + 1;
        QTest::keyClick(grid, Qt::Key(Qt::Key_0 + override));
        QVERIFY(page->model()->sheet().isOverride(firstKey));
        QVERIFY(page->model()
                    ->data(page->model()->index(grid->currentCriterionRow(), 0))
                    .toString()
                    .contains(QStringLiteral("remark needed")));
        page->criterionPanel()->remarkEditor()->setFocus();
        QTest::keyClicks(page->criterionPanel()->remarkEditor(), QStringLiteral("Kick In clips at 1:02"));
        QCOMPARE(page->model()->sheet().remark(firstKey), QStringLiteral("Kick In clips at 1:02"));
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Down);
        // Half the sheet: accept the automatic levels, 4 elsewhere; arrows move.
        for (int i = 1; i < criteria / 2; ++i)
            markCurrent(grid, 4, true);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Up);
        QTest::keyClick(grid, Qt::Key_Down);
        page->feedbackEditor()->setFocus();
        QTest::keyClicks(page->feedbackEditor(), QStringLiteral("Tidy session."));
        QCOMPARE(page->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("not yet")), true);

        // The autosave puts the draft in the database within a few seconds.
        QSignalSpy saved(page.get(), &MarkingPage::draftSaved);
        QVERIFY(saved.wait(MarkingPage::kAutosaveDelayMs + 3000));
        const MarkSheet autosaved = page->model()->sheet();
        QCOMPARE(autosaved.markedCount(rubric), criteria / 2);
        const auto stored = MarkingDraftRepository(m_database->connection(), context.actor).load(m_attempt);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QVERIFY(stored->has_value());
        QVERIFY((*stored)->sheet == autosaved);
        QCOMPARE(status(), SubmissionStatus::InMarking);

        // Mid-edit, the page dies before the next autosave: that last keystroke is lost,
        // everything autosaved before it survives.
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_2);
        QVERIFY(page->hasUnsavedChanges());
        page.reset();

        page = std::make_unique<MarkingPage>(context, m_submission);
        page->resize(1400, 900);
        page->show();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QVERIFY(page->model()->sheet() == autosaved);
        QCOMPARE(page->feedbackEditor()->toPlainText(), QStringLiteral("Tidy session."));
        QVERIFY(
            page->findChild<QLabel *>(QStringLiteral("draftState"))->text().startsWith(QStringLiteral("Draft from")));

        // Finish with the keyboard: down to the first unmarked criterion, mark the rest.
        grid = page->grid();
        grid->setFocus();
        for (int i = 0; i < criteria / 2; ++i)
            QTest::keyClick(grid, Qt::Key_Down);
        QVERIFY(!page->model()->sheet().level(page->model()->criterionAt(grid->currentCriterionRow())->key));
        for (int i = criteria / 2; i < criteria; ++i)
            markCurrent(grid, 4, true);
        QVERIFY(page->model()->sheet().problems(rubric).isEmpty());
        QVERIFY(!page->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("not yet")));
        QSignalSpy completed(page.get(), &MarkingPage::markingCompleted);
        QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(status(), SubmissionStatus::FirstMarked);
        QVERIFY(page->isReadOnly());
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("Marking complete")));
        const auto marks = MarkingRepository(m_database->connection(), context.actor).marks(m_attempt).value();
        QCOMPARE(marks.size(), criteria);
        QVERIFY(!MarkingDraftRepository(m_database->connection(), context.actor).load(m_attempt)->has_value());
    }

    void incompleteSheetsAreNotCompleted()
    {
        // Another unmarked submission: Ctrl+Return with nothing marked lists what is missing.
        SqlQuery unmarked(m_database->connection(),
            QStringLiteral("SELECT id FROM submissions WHERE status = 'not_marked' ORDER BY id LIMIT 1"));
        const qint64 other = unmarked.scalar()->toLongLong();
        UserContext context {*m_database, signIn("rsilva")};
        MarkingPage page(context, other);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.grid()->setFocus();
        QTest::keyClick(page.grid(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page.messageLabel()->isVisible());
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("Not complete yet")));
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("has no level")));
        QVERIFY(!page.isReadOnly());
        QCOMPARE(SubmissionRepository(m_database->connection(), Actor::system()).find(other)->status,
            SubmissionStatus::NotMarked);
    }

    void theQueueFiltersThroughItsProxy()
    {
        UserContext context {*m_database, signIn("hkhan")};
        MarkingQueuePage queue(context);
        QAbstractItemModelTester tester(queue.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = queue.table()->model()->rowCount();
        QCOMPARE(all, queue.model()->rowCount());
        QVERIFY(all > 0);
        queue.myTasksOption()->setChecked(true);
        const int mine = queue.table()->model()->rowCount();
        QVERIFY(mine > 0 && mine < all);
        for (int r = 0; r < mine; ++r)
            QVERIFY(queue.table()->model()->index(r, 0).data(MarkingQueueModel::TaskRole).toInt()
                != int(MarkingTask::Review));
        queue.statusFilter()->setCurrentIndex(queue.statusFilter()->findData(int(SubmissionStatus::NeedsModeration)));
        for (int r = 0; r < queue.model()->rowCount(); ++r)
            QCOMPARE(queue.model()->rowAt(r).status, SubmissionStatus::NeedsModeration);
        QCOMPARE(queue.table()->model()->rowCount(), 0); // hkhan marked them: nothing to do
        queue.myTasksOption()->setChecked(false);
        queue.statusFilter()->setCurrentIndex(0);
        queue.anonymousOption()->setChecked(true);
        for (int r = 0; r < queue.model()->rowCount(); ++r)
            QVERIFY(queue.model()->rowAt(r).studentName.isEmpty());
        queue.cohortFilter()->setCurrentIndex(1);
        QVERIFY(queue.assignmentFilter()->count() > 1);
        queue.assignmentFilter()->setCurrentIndex(1);
        for (int r = 0; r < queue.model()->rowCount(); ++r)
            QCOMPARE(queue.model()->rowAt(r).assignmentId, queue.assignmentFilter()->currentData().toLongLong());
    }

    void theCommentBankKeepsARemarkForNextTime()
    {
        SqlQuery unmarked(m_database->connection(),
            QStringLiteral("SELECT id FROM submissions WHERE status = 'not_marked' ORDER BY id LIMIT 1"));
        UserContext context {*m_database, signIn("rsilva")};
        MarkingPage page(context, unmarked.scalar()->toLongLong());
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        CommentBankWidget *bank = page.criterionPanel()->commentBank();
        const int before = bank->list()->count();
        QVERIFY(before > 0); // the demo's shared comments for this dimension, and rsilva's own
        // Inserting a banked comment writes it into the remark.
        bank->list()->setCurrentRow(0);
        emit bank->list()->itemActivated(bank->list()->item(0));
        const QString key = page.model()->criterionAt(page.grid()->currentCriterionRow())->key;
        QCOMPARE(page.model()->sheet().remark(key), bank->list()->item(0)->text());
        // Saving a remark of one's own, then removing it again.
        page.criterionPanel()->remarkEditor()->setPlainText(QStringLiteral("Trim the count-in before bar 1."));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveToBank")), Qt::LeftButton);
        QCOMPARE(bank->list()->count(), before + 1);
        const auto saved = bank->list()->findItems(QStringLiteral("Trim the count-in before bar 1."), Qt::MatchExactly);
        QCOMPARE(saved.size(), 1);
        bank->list()->setCurrentItem(saved.first());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("removeFromBank"))->isEnabled());
        bank->list()->setFocus();
        QTest::keyClick(bank->list(), Qt::Key_Delete);
        QCOMPARE(bank->list()->count(), before);
        // A shared comment is not the lecturer's to remove.
        bank->list()->setCurrentRow(bank->list()->count() - 1);
        const bool shared = bank->list()->currentItem()->toolTip() == QStringLiteral("Shared with every marker");
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("removeFromBank"))->isEnabled(), !shared);
    }

    void aSecondMarkersDisagreementReachesModeration()
    {
        UserContext second {*m_database, signIn("hkhan")};
        MarkingWorkspace marking(second);
        marking.resize(1400, 900);
        marking.show();
        QVERIFY(QTest::qWaitForWindowActive(&marking));
        marking.openSubmission(m_submission);
        MarkingPage *page = marking.markingPage();
        QVERIFY(page);
        QCOMPARE(page->task(), MarkingTask::SecondMarking);
        QCOMPARE(
            page->findChild<QLabel *>(QStringLiteral("roleChip"))->text(), QStringLiteral("Second marker · blind"));
        // Blind: nothing of the first marking shows.
        QVERIFY(page->model()->sheet().levels().isEmpty());
        QVERIFY(page->criterionPanel()->remarkEditor()->toPlainText().isEmpty());

        // Accept the automatic levels; documentation far below the first marker's 4s.
        RubricGridView *grid = page->grid();
        grid->setFocus();
        const Rubric rubric = page->model()->rubric();
        for (const Dimension &dimension : rubric.dimensions) {
            for (int c = 0; c < dimension.criteria.size(); ++c)
                markCurrent(grid, dimension.key == QLatin1String("documentation_communication") ? 1 : 4, true);
        }
        QVERIFY(page->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("Inadequate")));
        QTest::keyClick(grid, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(status(), SubmissionStatus::NeedsModeration);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("moderation")));

        // The programme leader moderates: both markings side by side, the gap flagged.
        UserContext leader {*m_database, signIn("jahmed")};
        MarkingWorkspace moderating(leader);
        moderating.show();
        const MarkingQueueModel *queue = moderating.queuePage()->model();
        const int row = queue->rowOfSubmission(m_submission);
        QVERIFY(row >= 0);
        QCOMPARE(queue->taskAt(row), MarkingTask::Moderation);
        moderating.openSubmission(m_submission);
        ModerationPage *moderation = moderating.moderationPage();
        QVERIFY(moderation);
        QCOMPARE(moderation->task(), MarkingTask::Moderation);
        const QLabel *statusChip = moderation->findChild<QLabel *>(QStringLiteral("statusChip"));
        QCOMPARE(statusChip->text(), QStringLiteral("needs moderation"));
        const int dc = rubric.indexOfDimension(QStringLiteral("documentation_communication"));
        QCOMPARE(moderation->scoreTable()->item(dc, 2)->text(), QStringLiteral("4.00"));
        QCOMPARE(moderation->scoreTable()->item(dc, 3)->text(), QStringLiteral("1.00 ▼"));
        QVERIFY(moderation->scoreTable()->item(dc, 4)->text().contains(QStringLiteral("beyond 1.00")));
        QCOMPARE(moderation->agreedEditor(QStringLiteral("documentation_communication"))->value(),
            2.5); // the mean, proposed

        auto *record = moderation->findChild<QPushButton *>(QStringLiteral("recordAgreed"));
        QTest::mouseClick(record, Qt::LeftButton); // no reason yet: refused
        QVERIFY(moderation->messageLabel()->text().contains(QStringLiteral("give the reason")));
        QCOMPARE(status(), SubmissionStatus::NeedsModeration);
        // The live verdict follows the agreed scores: at the proposed 2.50 documentation blocks.
        QVERIFY(moderation->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("blocked by")));
        QVERIFY(moderation->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("Documentation")));
        moderation->agreedEditor(QStringLiteral("documentation_communication"))->setValue(3.25);
        QVERIFY(!moderation->verdictPanel()->verdictLabel()->text().contains(QStringLiteral("Documentation")));
        QTest::keyClicks(
            moderation->reasonEditor(), QStringLiteral("Notes list every fix; the second marker missed page two."));
        QTest::mouseClick(moderation->findChild<QPushButton *>(QStringLiteral("recordAgreed")), Qt::LeftButton);
        QCOMPARE(status(), SubmissionStatus::Agreed);
        QCOMPARE(statusChip->text(), QStringLiteral("agreed"));
        SqlQuery audit(m_database->connection(),
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE entity = 'moderation' AND detail LIKE '%missed page two.'"));
        QCOMPARE(audit.scalar()->toInt(), 1);
        QTest::mouseClick(moderation->findChild<QPushButton *>(QStringLiteral("releaseResult")), Qt::LeftButton);
        QCOMPARE(status(), SubmissionStatus::Released);
        QCOMPARE(statusChip->text(), QStringLiteral("released"));

        // The header's button leads back to the queue.
        QTest::mouseClick(moderation->findChild<QPushButton *>(QStringLiteral("backToQueue")), Qt::LeftButton);
        QVERIFY(!moderating.moderationPage());
        QVERIFY(moderating.queuePage()->isVisible());
    }

    // The same marker with the sheet open in two windows (two connections to the file): the
    // older window's save is refused and shows the newer sheet beside its own; "Reload"
    // takes the newer one, "Keep mine" writes over it and the audit log says so.
    void twoWindowsOfOneMarkerResolveTheirDraftConflict()
    {
        const qint64 submission = unmarkedSubmission();
        std::unique_ptr<Database> other = secondConnection();
        UserContext first {*m_database, signIn("rsilva")};
        UserContext second {*other, first.actor};
        auto window1 = openMarkingPage(first, submission);
        auto window2 = openMarkingPage(second, submission);
        QCOMPARE(window1->task(), MarkingTask::FirstMarking);
        QCOMPARE(window2->task(), MarkingTask::FirstMarking);
        const QString firstKey = window1->model()->criterionAt(window1->grid()->currentCriterionRow())->key;

        typeLevel(*window1, 3);
        QVERIFY(window1->flushDraft());
        typeLevel(*window2, 4);
        QVERIFY(!window2->flushDraft());
        ConflictBar *bar = window2->conflictBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->headline()->text().contains(QStringLiteral("You saved a newer version")),
            qPrintable(bar->headline()->text()));
        QCOMPARE(bar->valuesTable()->rowCount(), 1);
        QCOMPARE(bar->valuesTable()->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(bar->valuesTable()->item(0, 2)->text(), QStringLiteral("4"));
        QVERIFY(bar->keepMineButton()->isVisible());
        QVERIFY(window2->hasUnsavedChanges());
        QVERIFY(!window2->flushDraft()); // no autosave over it until the marker chooses

        // Reload: window 2 takes window 1's sheet and goes on from there.
        QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(window2->model()->sheet().level(firstKey), std::optional<int>(3));
        QTest::keyClick(window2->grid(), Qt::Key_Down);
        typeLevel(*window2, 5);
        QVERIFY(window2->flushDraft());

        // Window 1 is the stale one now; it keeps its own sheet deliberately.
        typeLevel(*window1, 2);
        QVERIFY(!window1->flushDraft());
        QVERIFY(window1->conflictBar()->isVisible());
        QTest::mouseClick(window1->conflictBar()->keepMineButton(), Qt::LeftButton);
        QVERIFY(!window1->conflictBar()->isVisible());
        QVERIFY(!window1->hasUnsavedChanges());
        const auto stored
            = MarkingDraftRepository(m_database->connection(), first.actor)
                  .load(MarkingQueueRepository(m_database->connection(), first.actor).row(submission)->attemptId);
        QVERIFY((*stored)->sheet == window1->model()->sheet());
        QCOMPARE((*stored)->sheet.level(firstKey), std::optional<int>(2));
        QCOMPARE(scalarText(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marking_draft' AND action = "
                                           "'overwrite' AND actor_id = %1")
                                .arg(first.actor.userId)),
            QStringLiteral("1"));
        window2.reset();
        window1.reset();
    }

    // Two lecturers start marking the same submission: whoever saves first is its first
    // marker; the other is told who, and can only reload.
    void theSecondLecturerToClaimIsToldWhoWasFirst()
    {
        const qint64 submission = unmarkedSubmission();
        const QString otherName = scalarText(QStringLiteral(
            "SELECT u.username FROM users u JOIN enrolments e ON e.user_id = u.id AND e.role = 'lecturer' "
            "JOIN assignments a ON a.cohort_id = e.cohort_id JOIN submissions s ON s.assignment_id = a.id "
            "WHERE s.id = %1 AND u.username <> 'rsilva' ORDER BY u.id LIMIT 1")
                                                 .arg(submission));
        QVERIFY(!otherName.isEmpty());
        std::unique_ptr<Database> other = secondConnection();
        UserContext rosa {*m_database, signIn("rsilva")};
        UserContext colleague {*other, signIn(qPrintable(otherName))};
        auto mine = openMarkingPage(rosa, submission);
        auto theirs = openMarkingPage(colleague, submission);
        QCOMPARE(theirs->task(), MarkingTask::FirstMarking);
        typeLevel(*mine, 4);
        QVERIFY(mine->flushDraft());
        typeLevel(*theirs, 2);
        QVERIFY(!theirs->flushDraft());
        ConflictBar *bar = theirs->conflictBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(
            bar->headline()->text().contains(rosa.actor.displayName + QStringLiteral(" is already the first marker")),
            qPrintable(bar->headline()->text()));
        QVERIFY(!bar->keepMineButton()->isVisible());
        QTest::mouseClick(bar->reloadButton(), Qt::LeftButton);
        QCOMPARE(theirs->task(), MarkingTask::Review);
        QVERIFY(theirs->isReadOnly());
        QCOMPARE(scalarText(QStringLiteral("SELECT count(*) || ':' || min(m.marker_id) FROM markings m JOIN attempts t "
                                           "ON t.id = m.attempt_id WHERE t.submission_id = %1 AND m.role = 'first' AND "
                                           "t.number = (SELECT max(number) FROM attempts WHERE submission_id = %1)")
                                .arg(submission)),
            QStringLiteral("1:%1").arg(rosa.actor.userId));
    }

    // Two moderators decide the same submission in two windows: the later one sees the first
    // one's scores beside their own and keeps theirs (audited); the first one's release,
    // made on the state before that, is refused until they reload.
    void twoModeratorsAndAReleaseResolveTheirConflicts()
    {
        const qint64 submission = scalarText(
            QStringLiteral("SELECT id FROM submissions WHERE status = 'needs_moderation' ORDER BY id LIMIT 1"))
                                      .toLongLong();
        QVERIFY(submission > 0);
        std::unique_ptr<Database> other = secondConnection();
        UserContext leader {*m_database, signIn("jahmed")};
        UserContext admin {*other, signIn("admin")};
        ModerationPage first(leader, submission);
        ModerationPage second(admin, submission);
        first.show();
        second.show();
        QCOMPARE(first.task(), MarkingTask::Moderation);
        QCOMPARE(second.task(), MarkingTask::Moderation);
        const Rubric rubric
            = MarkingRepository(m_database->connection(), leader.actor)
                  .rubricOfAttempt(
                      MarkingQueueRepository(m_database->connection(), leader.actor).row(submission)->attemptId)
                  .value();
        const QString key = rubric.dimensions.first().key;

        first.agreedEditor(key)->setValue(3.0);
        first.reasonEditor()->setPlainText(QStringLiteral("Listened again: 3."));
        first.recordAgreedScores();
        QCOMPARE(scalarText(QStringLiteral("SELECT status FROM submissions WHERE id = %1").arg(submission)),
            QStringLiteral("agreed"));
        QCOMPARE(first.task(), MarkingTask::Release);

        second.agreedEditor(key)->setValue(4.5);
        second.reasonEditor()->setPlainText(QStringLiteral("The fades are fine: 4.5."));
        second.recordAgreedScores();
        ConflictBar *bar = second.conflictBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->headline()->text().contains(leader.actor.displayName), qPrintable(bar->headline()->text()));
        bool sawScores = false;
        for (int r = 0; r < bar->valuesTable()->rowCount(); ++r) {
            if (bar->valuesTable()->item(r, 0)->text() == rubric.dimensions.first().name) {
                QCOMPARE(bar->valuesTable()->item(r, 1)->text(), QStringLiteral("3"));
                QCOMPARE(bar->valuesTable()->item(r, 2)->text(), QStringLiteral("4.5"));
                sawScores = true;
            }
        }
        QVERIFY(sawScores);
        QVERIFY(bar->keepMineButton()->isVisible());
        QTest::mouseClick(bar->keepMineButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY2(
            second.messageLabel()->text().contains(QStringLiteral("kept")), qPrintable(second.messageLabel()->text()));
        const qint64 attempt
            = MarkingQueueRepository(m_database->connection(), leader.actor).row(submission)->attemptId;
        QCOMPARE(
            MarkingRepository(m_database->connection(), leader.actor).agreedScores(attempt)->value().value(key), 4.5);
        QVERIFY(scalarText(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dimension_result' AND action "
                                          "= 'overwrite' AND actor_id = %1")
                               .arg(admin.actor.userId))
                    .toInt()
            >= 1);

        // The leader's page still shows their own decision: the release is refused.
        first.releaseResult();
        QVERIFY(first.conflictBar()->isVisible());
        QVERIFY2(first.conflictBar()->headline()->text().contains(admin.actor.displayName),
            qPrintable(first.conflictBar()->headline()->text()));
        QVERIFY(!first.conflictBar()->keepMineButton()->isVisible());
        QCOMPARE(scalarText(QStringLiteral("SELECT status FROM submissions WHERE id = %1").arg(submission)),
            QStringLiteral("agreed"));
        QTest::mouseClick(first.conflictBar()->reloadButton(), Qt::LeftButton);
        QCOMPARE(first.agreedEditor(key)->value(), 4.5);
        first.releaseResult();
        QVERIFY(!first.conflictBar()->isVisible());
        QCOMPARE(scalarText(QStringLiteral("SELECT status FROM submissions WHERE id = %1").arg(submission)),
            QStringLiteral("released"));
        QCOMPARE(scalarText(QStringLiteral("SELECT scores FROM released_results WHERE attempt_id = %1").arg(attempt))
                     .contains(QStringLiteral("4.5")),
            true);
    }
};

QTEST_MAIN(TestMarking)
#include "tst_marking.moc"
