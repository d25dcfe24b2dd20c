// Drives the student's workbench offscreen as a person would: opens an exercise (an
// excerpt, rendered for real), renames and colours tracks, flips a polarity, reorders,
// adds markers, writes notes, undoes and redoes, survives a killed page through its
// autosaved draft, submits, and reads back what was stored.
#include "ui/app/DatabaseLocator.h"
#include "ui/app/MainWindow.h"
#include "ui/common/TaskProgressPanel.h"
#include "ui/student/AssignedExercisesModel.h"
#include "ui/student/AttemptFeedbackPage.h"
#include "ui/student/ExerciseLibraryFilter.h"
#include "ui/student/ExerciseLibraryModel.h"
#include "ui/student/ExercisePage.h"
#include "ui/student/StudentExercisesPage.h"
#include "ui/student/StudentProfilePage.h"
#include "ui/student/StudentWorkspace.h"
#include "ui/student/SubmissionHistoryModel.h"
#include "ui/workbench/ArrangeView.h"
#include "ui/workbench/IssueLegend.h"
#include "ui/workbench/PlaybackController.h"
#include "ui/workbench/PrepWorkbench.h"
#include "ui/workbench/SessionDocument.h"
#include "ui/workbench/SessionNotesEditor.h"
#include "ui/workbench/TimelineRuler.h"
#include "ui/workbench/TrackTableModel.h"
#include "ui/workbench/WaveformLanes.h"

#include "demo/DemoDataBuilder.h"
#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"
#include "grading/facts/GradingReport.h"
#include "session/SessionJson.h"
#include "storage/AssignmentRepository.h"
#include "storage/PracticeRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"
#include "storage/WorkbenchDraftRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace prepmark;

namespace {
constexpr int kRenderTimeoutMs = 180000;
const QString kExercise = QStringLiteral("folk-river-song");
} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    Actor m_student;
    std::unique_ptr<UserContext> m_context;
    std::unique_ptr<StudentWorkspace> m_page;
    WorkbenchTask m_practice;

    int rowOf(const QString &trackId) const { return m_page->workbench()->document()->session().indexOf(trackId); }

    // Opens the task and waits until its session is rendered, analysed and in the workbench.
    void openInWorkbench(const WorkbenchTask &task)
    {
        m_page->openExercise(task);
        QVERIFY(m_page->exercisePage());
        QTest::mouseClick(m_page->exercisePage()->openButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->workbench() && m_page->currentPage() == m_page->workbench(), kRenderTimeoutMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto opened = DatabaseLocator::createDemo(m_dir.filePath(QStringLiteral("workbench.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
        const Result<Actor> student = UserRepository::authenticate(
            m_database->connection(), QStringLiteral("s26001"), DemoDataBuilder::demoPassword());
        QVERIFY2(student.ok(), qPrintable(student.errorMessage()));
        m_student = *student;
        m_context = std::make_unique<UserContext>(UserContext {*m_database, m_student});
        m_page = std::make_unique<StudentWorkspace>(*m_context);
        m_page->resize(1500, 900);
        m_page->show();
        const Result<Exercise> exercise = ExerciseLoader::bundled(kExercise);
        QVERIFY(exercise.ok());
        m_practice.exercise = ExerciseExcerpt::of(*exercise, 1);
    }

    void homeListsAssignmentsAndTheLibrary()
    {
        StudentExercisesPage *home = m_page->home();
        QAbstractItemModelTester assignedTester(
            home->assignedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester libraryTester(
            home->libraryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            home->libraryFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(home->libraryModel()->rowCount(), 27);
        const auto assigned = AssignmentRepository(m_database->connection(), m_student).forStudent(m_student.userId);
        QVERIFY(assigned.ok());
        QVERIFY(!assigned->isEmpty());
        QCOMPARE(home->assignedModel()->rowCount(), assigned->size());
        home->genrePicker()->setCurrentIndex(home->genrePicker()->findData(QStringLiteral("folk")));
        QCOMPARE(home->libraryFilter()->rowCount(), 3);
        home->difficultyPicker()->setCurrentIndex(home->difficultyPicker()->findData(1));
        for (int r = 0; r < home->libraryFilter()->rowCount(); ++r)
            QCOMPARE(home->libraryFilter()->index(r, 0).data(ExerciseLibraryModel::DifficultyRole).toInt(), 1);
        home->genrePicker()->setCurrentIndex(0);
        home->difficultyPicker()->setCurrentIndex(0);
        QCOMPARE(home->libraryFilter()->rowCount(), 27);
        const int row = home->libraryModel()->rowOf(kExercise);
        QCOMPARE(home->libraryModel()->index(row, ExerciseLibraryModel::ProgressColumn).data().toString(),
            QStringLiteral("Not tried yet"));
    }

    void renderCanBeCancelledAndLosesNothing()
    {
        WorkbenchTask fresh = m_practice;
        fresh.exercise = ExerciseExcerpt::of(ExerciseLoader::bundled(QStringLiteral("rock-garage-door")).value(), 2);
        m_page->openExercise(fresh);
        ExercisePage *page = m_page->exercisePage();
        QTest::mouseClick(page->openButton(), Qt::LeftButton);
        QVERIFY(page->progress()->isRunning());
        QTest::mouseClick(page->progress()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->progress()->isRunning(), kRenderTimeoutMs);
        if (!page->status()->isHidden()) // a render that finished before the click opens normally
            QVERIFY(page->status()->text().contains(QStringLiteral("Cancelled")));
        QVERIFY(page->openButton()->isEnabled());
        m_page->showHome();
    }

    void opensTheSessionWithWaveformsAndFindings()
    {
        openInWorkbench(m_practice);
        PrepWorkbench *bench = m_page->workbench();
        QCOMPARE(bench->trackModel()->rowCount(), 7);
        for (const SessionTrack &track : bench->document()->session().tracks)
            QVERIFY2(bench->arrangeView()->lanes()->hasPeaks(track.id), qPrintable(track.id));
        // the analysis found the planted faults and drew them
        const QString legend = bench->arrangeView()->legend()->caption();
        QVERIFY(legend.contains(QStringLiteral("delivered")));
        const TrackIssueMap issues = TrackIssueMap::build(bench->loaded().analysis, bench->loaded().rendered.session);
        QVERIFY(issues.count(IssueMark::Kind::Pair) >= 2); // AG 12th against AG body, on both
        QVERIFY(!issues.marksFor(QStringLiteral("gtr_neck")).isEmpty());
        QVERIFY(!issues.marksFor(QStringLiteral("gtr_body")).isEmpty());
        QVERIFY(!issues.marksFor(QStringLiteral("audio06")).isEmpty()); // the empty track
        // no audio device here: playback is off with a reason, never a crash
        if (!bench->playback()->isAvailable()) {
            QVERIFY(!bench->playButton()->isEnabled());
            QVERIFY(bench->playback()->unavailableReason().contains(QStringLiteral("no audio output")));
            bench->playback()->play();
            QVERIFY(!bench->playback()->isPlaying());
        }
    }

    void editsRenameColourFlipReorderAndMark()
    {
        PrepWorkbench *bench = m_page->workbench();
        TrackTableModel *model = bench->trackModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionDocument *document = bench->document();
        const int start = document->undoStack()->count();

        // rename by typing into the table, as a person does
        QTableView *table = bench->trackTable();
        table->setCurrentIndex(model->index(rowOf(QStringLiteral("gtr_neck")), TrackTableModel::NameColumn));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Guitar Neck"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(document->track(rowOf(QStringLiteral("gtr_neck"))).name, QStringLiteral("Guitar Neck"));

        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("gtr_body")), TrackTableModel::NameColumn),
            QStringLiteral("Guitar Body")));
        QVERIFY(model->setData(
            model->index(rowOf(QStringLiteral("gtr_body")), TrackTableModel::FamilyColumn), QStringLiteral("guitars")));
        QCOMPARE(document->track(rowOf(QStringLiteral("gtr_body"))).colour, QStringLiteral("#f1c40f"));
        QVERIFY(model->setData(
            model->index(rowOf(QStringLiteral("gtr_neck")), TrackTableModel::ColourColumn), QStringLiteral("#f1c40f")));
        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("gtr_neck")), TrackTableModel::PolarityColumn),
            Qt::Checked, Qt::CheckStateRole));
        QVERIFY(document->track(rowOf(QStringLiteral("gtr_neck"))).polarityInverted);
        QVERIFY(model->setData(
            model->index(rowOf(QStringLiteral("vox")), TrackTableModel::KeepColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("vox")), TrackTableModel::ReasonColumn),
            QStringLiteral("The brief keeps Nell's breaths")));
        QCOMPARE(bench->removeEmptyTracks(), 1);
        QVERIFY(document->track(rowOf(QStringLiteral("audio06"))).removed);

        // move the bass to the top with Alt+Up from its row
        const int bass = rowOf(QStringLiteral("bass"));
        table->setCurrentIndex(model->index(bass, TrackTableModel::NameColumn));
        for (int i = 0; i < bass; ++i)
            QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(document->track(0).id, QStringLiteral("bass"));

        // markers: double-click the marker lane to add, then rename and move
        TimelineRuler *ruler = bench->arrangeView()->ruler();
        const TimelineScale scale = ruler->scale();
        QTest::mouseDClick(ruler, Qt::LeftButton, Qt::NoModifier,
            QPoint(int(scale.x(0.0)) + 2, TimelineRuler::kRulerHeight + TimelineRuler::kMarkerLaneHeight / 2));
        QCOMPARE(document->session().markers.size(), 1);
        document->renameMarker(0, QStringLiteral("Intro"));
        document->addMarker(QStringLiteral("Chorus 1"), document->session().lengthSamples / 3);
        document->addMarker(QStringLiteral("Outro"), document->session().lengthSamples * 2 / 3);
        const QPoint flag(
            int(scale.x(double(document->session().markers[2].positionSamples) / document->session().sampleRate)) + 4,
            TimelineRuler::kRulerHeight + TimelineRuler::kMarkerLaneHeight / 2);
        QCOMPARE(ruler->markerAt(flag), 2);
        QTest::mousePress(ruler, Qt::LeftButton, Qt::NoModifier, flag);
        QTest::mouseMove(ruler, flag + QPoint(40, 0));
        QTest::mouseRelease(ruler, Qt::LeftButton, Qt::NoModifier, flag + QPoint(40, 0));
        QVERIFY(document->session().markers[2].positionSamples > document->session().lengthSamples * 2 / 3);

        // notes under their headings
        QPlainTextEdit *found = bench->notesEditor()->editor(SessionDocument::NotesSection::Found);
        QTest::keyClicks(found, QStringLiteral("AG 12th was inverted against the body mic."));
        QPlainTextEdit *questions = bench->notesEditor()->editor(SessionDocument::NotesSection::Questions);
        QTest::keyClicks(questions, QStringLiteral("Is Audio 6 meant to be empty?"));
        QCOMPARE(document->session().notes.found, QStringLiteral("AG 12th was inverted against the body mic."));
        QVERIFY(document->undoStack()->count() > start);
    }

    void undoAndRedoWithTheKeyboard()
    {
        PrepWorkbench *bench = m_page->workbench();
        SessionDocument *document = bench->document();
        const Session edited = document->session();
        bench->trackTable()->setFocus();
        QTest::keyClick(bench->trackTable(), Qt::Key_Z, Qt::ControlModifier); // the questions
        QVERIFY(document->session().notes.questions.isEmpty());
        QTest::keyClick(bench->trackTable(), Qt::Key_Z, Qt::ControlModifier); // the found notes
        QVERIFY(document->session().notes.found.isEmpty());
        QCOMPARE(bench->notesEditor()->editor(SessionDocument::NotesSection::Found)->toPlainText(), QString());
        while (document->undoStack()->canUndo())
            QTest::keyClick(bench->trackTable(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document->session(), bench->loaded().rendered.session);
        while (document->undoStack()->canRedo())
            QTest::keyClick(bench->trackTable(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(document->session(), edited);
        QCOMPARE(bench->notesEditor()->editor(SessionDocument::NotesSection::Found)->toPlainText(),
            QStringLiteral("AG 12th was inverted against the body mic."));
    }

    void theDraftSurvivesAKilledPage()
    {
        PrepWorkbench *bench = m_page->workbench();
        const Session edited = bench->document()->session();
        QTRY_VERIFY_WITH_TIMEOUT(bench->draftState()->text().startsWith(QStringLiteral("Draft saved")), 10000);
        const auto draft = WorkbenchDraftRepository(m_database->connection(), m_student).load(kExercise, 0);
        QVERIFY(draft.ok() && draft->has_value());
        QCOMPARE(SessionJson::fromJson((*draft)->sessionJson.toUtf8(), QStringLiteral("draft")).value(), edited);

        // a new page (after a crash, the next day) starts from the draft
        m_page.reset(new StudentWorkspace(*m_context));
        m_page->resize(1500, 900);
        m_page->show();
        openInWorkbench(m_practice);
        QCOMPARE(m_page->workbench()->document()->session(), edited);
        QVERIFY(m_page->workbench()->messageBar()->text().contains(QStringLiteral("Restored your draft")));
    }

    void aBrokenDraftIsKeptAsAFileNotLost()
    {
        m_page->showHome();
        const WorkbenchTask task = m_practice;
        const QString broken = QStringLiteral("{\"format\": \"prepmark-session\", \"version\": 1, \"tracks\": [oops");
        QVERIFY(WorkbenchDraftRepository(m_database->connection(), m_student).save(kExercise, 0, broken).ok());
        openInWorkbench(task);
        PrepWorkbench *bench = m_page->workbench();
        QCOMPARE(bench->document()->session(), bench->loaded().rendered.session);
        const QString message = bench->messageBar()->text();
        QVERIFY2(message.contains(QStringLiteral("could not be used")), qPrintable(message));
        const QString path
            = message.section(QStringLiteral("kept in "), 1).section(QStringLiteral("; you start"), 0, 0);
        QFile kept(path);
        QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QString::fromUtf8(kept.readAll()), broken);
    }

    void submitsAPracticeAttemptAndShowsWhatWasStored()
    {
        PrepWorkbench *bench = m_page->workbench();
        TrackTableModel *model = bench->trackModel();
        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("gtr_neck")), TrackTableModel::NameColumn),
            QStringLiteral("Guitar Neck")));
        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("gtr_neck")), TrackTableModel::PolarityColumn),
            Qt::Checked, Qt::CheckStateRole));
        bench->document()->addMarker(QStringLiteral("Intro"), 0);
        bench->document()->setNotes(SessionDocument::NotesSection::Fixed, QStringLiteral("Flipped the 12th-fret mic."));
        QTest::mouseClick(bench->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->feedbackPage() && m_page->currentPage() == m_page->feedbackPage(), 60000);

        const auto attempts
            = PracticeRepository(m_database->connection(), m_student).attempts(m_student.userId, kExercise);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);
        const Session stored
            = SessionJson::fromJson(attempts->first().sessionJson.toUtf8(), QStringLiteral("attempt")).value();
        QCOMPARE(stored.state, Session::State::Prepared);
        QCOMPARE(stored.track(QStringLiteral("gtr_neck"))->name, QStringLiteral("Guitar Neck"));
        QVERIFY(stored.track(QStringLiteral("gtr_neck"))->polarityInverted);
        QCOMPARE(stored.markers.size(), 1);
        QVERIFY(attempts->first().notes.contains(QStringLiteral("Flipped the 12th-fret mic.")));
        QVERIFY(!WorkbenchDraftRepository(m_database->connection(), m_student).load(kExercise, 0)->has_value());

        AttemptFeedbackPage *feedback = m_page->feedbackPage();
        QVERIFY(feedback->headline()->text().contains(QStringLiteral("Attempt 1")));
        QVERIFY(feedback->details()->toPlainText().contains(QStringLiteral("1 polarity flip")));
        // the prepared stems were rendered, analysed and graded: the evidence is on the page
        QTRY_VERIFY_WITH_TIMEOUT(feedback->report().has_value(), kRenderTimeoutMs);
        const GradingReport &report = *feedback->report();
        const QString text = feedback->details()->toPlainText();
        QVERIFY2(!report.verdict.adequate, "an hour-one preparation of the excerpt is not adequate");
        QVERIFY(feedback->gradingState()->text().contains(QStringLiteral("not adequate yet")));
        const QString missed
            = text.section(QStringLiteral("What you missed"), 1).section(QStringLiteral("What you fixed"), 0, 0);
        const QString fixed
            = text.section(QStringLiteral("What you fixed"), 1).section(QStringLiteral("Lecturer only"), 0, 0);
        // the flipped 12th-fret mic is fixed: in polarity with the body mic, Signal Integrity meets its threshold
        QVERIFY2(fixed.contains(QStringLiteral("Guitar Neck: in polarity")), qPrintable(fixed));
        QVERIFY(!report.verdict.blocking.contains(QStringLiteral("signal_integrity")));
        // what was left undone is missed, and the dimensions it blocks are named
        QVERIFY2(missed.contains(QStringLiteral("Sections without a marker")), qPrintable(missed));
        QVERIFY(missed.contains(QStringLiteral("Audio 6")));
        QVERIFY(!report.verdict.blocking.isEmpty());
        for (const DimensionOutcome &outcome : report.verdict.dimensions) {
            if (!outcome.meetsThreshold)
                QVERIFY2(
                    text.contains(QStringLiteral("%1 (%2, threshold").arg(outcome.name).arg(outcome.score, 0, 'f', 2)),
                    qPrintable(outcome.name));
        }
        // criteria no check covers are shown as the lecturer's
        const QString lecturer = text.section(QStringLiteral("Lecturer only"), 1);
        QVERIFY(lecturer.contains(QStringLiteral("References (lecturer only)")));
        // and the whole report is stored with the attempt
        const auto graded
            = PracticeRepository(m_database->connection(), m_student).attempts(m_student.userId, kExercise);
        QVERIFY(graded.ok());
        QCOMPARE(graded->first().grading.value(QStringLiteral("criteria")).toArray().size(), report.criteria.size());

        m_page->showHome();
        const int row = m_page->home()->libraryModel()->rowOf(kExercise);
        QCOMPARE(m_page->home()->libraryModel()->index(row, ExerciseLibraryModel::AttemptsColumn).data().toInt(), 1);
    }

    void submitsAnAssessedAttemptToTheLecturer()
    {
        const auto assigned
            = AssignmentRepository(m_database->connection(), m_student).forStudent(m_student.userId).value();
        const StudentAssignmentRow *open = nullptr;
        for (const StudentAssignmentRow &row : assigned) {
            if (row.assignment.mode == QLatin1String("assessed") && !row.releasedAdequate)
                open = &row;
        }
        QVERIFY(open);
        const int before = open->attempts;
        WorkbenchTask task;
        task.exercise = ExerciseExcerpt::of(ExerciseLoader::bundled(open->assignment.exerciseKey).value(), 1);
        task.assignmentId = open->assignment.id;
        task.assignmentTitle = open->assignment.title;
        task.assessed = true;
        openInWorkbench(task);
        PrepWorkbench *bench = m_page->workbench();
        QVERIFY(bench->submitButton()->text().contains(QStringLiteral("lecturer")));
        bench->document()->setNotes(SessionDocument::NotesSection::Found, QStringLiteral("Checked every track."));
        QTest::mouseClick(bench->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->feedbackPage() && m_page->currentPage() == m_page->feedbackPage(), 60000);
        QVERIFY(m_page->feedbackPage()->headline()->text().contains(QStringLiteral("sent to your lecturer")));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->feedbackPage()->report().has_value(), kRenderTimeoutMs);
        QVERIFY(m_page->feedbackPage()->gradingState()->text().contains(QStringLiteral("stored for your lecturer")));
        SubmissionRepository submissions(m_database->connection(), m_student);
        const qint64 submission = submissions.open(open->assignment.id, m_student.userId).value();
        const auto attempts = submissions.attempts(submission).value();
        QCOMPARE(attempts.size(), before + 1);
        QVERIFY(attempts.last().notes.contains(QStringLiteral("Checked every track.")));
        QVERIFY(SessionJson::fromJson(attempts.last().sessionJson.toUtf8(), QStringLiteral("attempt")).ok());
        // the evidence goes with the submission to the lecturer's marking page
        const auto evidence = submissions.evidence(attempts.last().id);
        QVERIFY(evidence.ok());
        QCOMPARE(evidence->size(), m_page->feedbackPage()->report()->criteria.size());
        int judged = 0, lecturerOnly = 0;
        for (const EvidenceRecord &record : *evidence) {
            QVERIFY(!record.lines.isEmpty());
            (record.provisionalLevel ? judged : lecturerOnly) += 1;
        }
        QVERIFY(judged > 0);
        QVERIFY(lecturerOnly > 0);
    }

    void theProfileListsBothAttemptsWithTheirEvidence()
    {
        StudentProfilePage profile(*m_context);
        profile.reload();
        SubmissionHistoryModel *history = profile.historyModel();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int practiceRow = -1, assessedRow = -1;
        for (int row = 0; row < history->rowCount(); ++row) {
            const HistoryEntry &entry = history->entryAt(row);
            if (entry.practice && entry.exerciseKey == kExercise)
                practiceRow = row;
            else if (!entry.practice && entry.notes.contains(QStringLiteral("Checked every track.")))
                assessedRow = row;
        }
        QVERIFY(practiceRow >= 0);
        QVERIFY(assessedRow >= 0);
        // the practice attempt's graded evidence, measured on its prepared stems
        const QString practice = history->detailsHtml(practiceRow);
        QVERIFY2(practice.contains(QStringLiteral("Guitar Neck: in polarity")), qPrintable(practice));
        // the assessed attempt's evidence is there too, and no released verdict yet
        QVERIFY(!history->entryAt(assessedRow).evidence.isEmpty());
        QVERIFY(!history->entryAt(assessedRow).released.has_value());
        const QString assessed = history->detailsHtml(assessedRow);
        QVERIFY(assessed.contains(QStringLiteral("lecturer only")));
        QVERIFY2(assessed.contains(QStringLiteral("checked; your lecturer marks it")), qPrintable(assessed));
        QVERIFY(!assessed.contains(QRegularExpression(QStringLiteral("level \\d<"))));
        // the five standings and what blocks adequacy, in plain language
        QVERIFY(!profile.blockersPanel()->text().isEmpty());
    }
    // The window deletes its pages while the database they use is still there: the
    // workbench saves its draft as it closes, before any autosave timer has run.
    void closingTheWindowSavesTheDraft()
    {
        auto *window = new MainWindow(*m_database, m_student);
        window->show();
        auto *exercises = window->findChild<StudentWorkspace *>();
        QVERIFY(exercises);
        exercises->openExercise(m_practice);
        QVERIFY(exercises->exercisePage());
        QTest::mouseClick(exercises->exercisePage()->openButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            exercises->workbench() && exercises->currentPage() == exercises->workbench(), kRenderTimeoutMs);
        SessionDocument *document = exercises->workbench()->document();
        document->setNotes(SessionDocument::NotesSection::Questions, QStringLiteral("Closed straight after this."));
        const Session edited = document->session();
        delete window;
        const auto draft = WorkbenchDraftRepository(m_database->connection(), m_student).load(kExercise, 0);
        QVERIFY(draft.ok() && draft->has_value());
        QCOMPARE(SessionJson::fromJson((*draft)->sessionJson.toUtf8(), QStringLiteral("draft")).value(), edited);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
