#include "ui/app/DatabaseLocator.h"
#include "ui/marking/CommentBankWidget.h"
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
};

QTEST_MAIN(TestMarking)
#include "tst_marking.moc"
