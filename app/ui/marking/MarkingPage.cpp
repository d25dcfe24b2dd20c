#include "MarkingPage.h"

#include "ConflictBar.h"
#include "CriterionPanel.h"
#include "LiveVerdictPanel.h"
#include "MarkingTexts.h"
#include "RubricGridModel.h"
#include "RubricGridView.h"
#include "SessionInspectorWidget.h"
#include "SubmissionPageHeader.h"

#include "ui/common/SubmissionStatusText.h"

#include "storage/marking/MarkingDraftRepository.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace prepmark {

MarkingPage::MarkingPage(UserContext &context, qint64 submissionId, QWidget *parent)
    : QWidget(parent), m_context(context), m_submissionId(submissionId)
{
    setObjectName(QStringLiteral("markingPage"));
    m_model = new RubricGridModel(this);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { flushDraft(); });
    buildLayout();
    load();
}

// A crash runs no destructor either: what survives is what the autosave stored.
MarkingPage::~MarkingPage() = default;

void MarkingPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new SubmissionPageHeader(
        SubmissionPageHeader::Chip::MarkerRole, SubmissionPageHeader::SaveState::Shown, this);
    connect(m_header, &SubmissionPageHeader::backRequested, this, &MarkingPage::backRequested);
    layout->addWidget(m_header);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("markingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();
    layout->addWidget(m_message);
    m_conflictBar = new ConflictBar(this);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &MarkingPage::reloadAfterConflict);
    connect(m_conflictBar, &ConflictBar::keepMineRequested, this, &MarkingPage::keepMine);
    layout->addWidget(m_conflictBar);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_grid = new RubricGridView(left);
    m_grid->setGridModel(m_model);
    auto *feedbackLabel = new QLabel(tr("<b>Overall &feedback</b> for the student"), left);
    m_feedback = new QPlainTextEdit(left);
    m_feedback->setObjectName(QStringLiteral("feedbackEditor"));
    m_feedback->setPlaceholderText(tr("What the student did well, what blocks adequacy, and what to do next…"));
    m_feedback->setTabChangesFocus(true);
    m_feedback->setMaximumHeight(96);
    feedbackLabel->setBuddy(m_feedback);
    leftLayout->addWidget(m_grid, 1);
    leftLayout->addWidget(feedbackLabel);
    leftLayout->addWidget(m_feedback);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *tabs = new QTabWidget(right);
    m_criterion = new CriterionPanel(m_context, *m_model, tabs);
    m_inspector = new SessionInspectorWidget(tabs);
    tabs->addTab(m_criterion, tr("Criterion"));
    tabs->addTab(m_inspector, tr("Session"));
    m_verdict = new LiveVerdictPanel(right);
    m_complete = new QPushButton(tr("&Complete marking"), right);
    m_complete->setObjectName(QStringLiteral("completeMarking"));
    m_complete->setToolTip(tr("Store the marks (Ctrl+Return). Every criterion needs a level, and every override of an "
                              "automatic level a remark."));
    rightLayout->addWidget(tabs, 1);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_complete);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({980, 440});
    layout->addWidget(splitter, 1);

    connect(m_complete, &QPushButton::clicked, this, &MarkingPage::completeMarking);
    auto *complete = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    complete->setContext(Qt::WidgetWithChildrenShortcut);
    connect(complete, &QShortcut::activated, this, &MarkingPage::completeMarking);
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { flushDraft(); });

    connect(m_grid, &RubricGridView::currentCriterionChanged, this,
        [this](int row) { m_criterion->showCriterion(row, m_grid->currentIndex().column()); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_criterion->showCriterion(m_model->isCriterionRow(current.row()) ? current.row() : -1, current.column());
    });
    connect(m_criterion, &CriterionPanel::acceptRequested, this, [this](int row) { m_model->acceptProvisional(row); });
    connect(
        m_feedback, &QPlainTextEdit::textChanged, this, [this] { m_model->setFeedback(m_feedback->toPlainText()); });
    connect(m_model, &RubricGridModel::sheetChanged, this, &MarkingPage::onSheetChanged);
}

bool MarkingPage::isReadOnly() const
{
    return m_model->isReadOnly();
}

void MarkingPage::showMessage(const QString &html, bool problem)
{
    m_message->setText(html);
    m_message->setStyleSheet(problem
            ? QStringLiteral(
                "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;")
            : QStringLiteral(
                "background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; border-radius: 4px; padding: 8px;"));
    m_message->setVisible(!html.isEmpty());
}

void MarkingPage::load()
{
    QSqlDatabase connection = m_context.database.connection();
    const Actor &actor = m_context.actor;
    m_conflictBar->clear();
    m_completeAfterKeep = false;
    m_draftVersion = 0;
    showMessage(QString(), false);
    auto fail = [this](const QString &message) {
        showMessage(message.toHtmlEscaped(), true);
        m_model->setReadOnly(true);
        m_complete->setEnabled(false);
        m_header->setTitle(tr("<b>Submission %1</b>").arg(m_submissionId));
    };
    const Result<MarkingQueueRow> row = MarkingQueueRepository(connection, actor).row(m_submissionId);
    if (!row)
        return fail(row.errorMessage());
    m_row = *row;
    m_task = MarkingWorkflow::taskFor(m_row, actor);
    MarkingRepository marking(connection, actor);
    const Result<Rubric> rubric = marking.rubricOfAttempt(m_row.attemptId);
    if (!rubric)
        return fail(rubric.errorMessage());
    SubmissionRepository submissions(connection, actor);
    const Result<QVector<EvidenceRecord>> evidence = submissions.evidence(m_row.attemptId);
    if (!evidence)
        return fail(evidence.errorMessage());
    if (const Result<QVector<AttemptRecord>> attempts = submissions.attempts(m_submissionId); attempts) {
        for (const AttemptRecord &attempt : *attempts) {
            if (attempt.id == m_row.attemptId)
                m_inspector->showAttempt(attempt);
        }
    }

    m_header->setTitle(tr("<b>%1</b> · %2 · attempt %3 · <span style='color:#5a6570'>%4</span>")
                           .arg(m_row.assignmentTitle.toHtmlEscaped(), MarkingTexts::student(m_row).toHtmlEscaped())
                           .arg(m_row.attemptNumber)
                           .arg(SubmissionStatusText::text(m_row.status)));
    MarkSheet sheet;
    QMap<QString, int> provisional;
    for (const EvidenceRecord &item : *evidence) {
        if (item.provisionalLevel)
            provisional.insert(item.criterionKey, *item.provisionalLevel);
    }
    const bool editable = m_task == MarkingTask::FirstMarking || m_task == MarkingTask::SecondMarking;
    if (editable) {
        if (m_task == MarkingTask::FirstMarking)
            m_header->setChip(tr("First marker"));
        else
            m_header->setChip(
                tr("Second marker · blind"), tr("The first marker's marks stay hidden until you complete yours."));
        MarkingDraftRepository drafts(connection, actor);
        const Result<std::optional<MarkingDraft>> draft = drafts.load(m_row.attemptId);
        if (!draft) {
            // Saving replaces the unreadable draft: name its version.
            if (const Result<qint64> version = drafts.version(m_row.attemptId); version)
                m_draftVersion = *version;
            showMessage(
                tr("Your saved draft could not be read and is kept as it is: %1. Marking here starts a new sheet, "
                   "which replaces it when it is saved.")
                    .arg(draft.errorMessage().toHtmlEscaped()),
                true);
        } else if (draft->has_value()) {
            sheet = (*draft)->sheet;
            m_draftVersion = (*draft)->version;
            m_header->setSaveState(
                tr("Draft from %1").arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat)));
        } else {
            m_header->setSaveState(tr("New mark sheet"));
        }
    } else {
        loadOwnCompletedMarking(sheet);
    }
    sheet.setProvisionalLevels(provisional);
    m_model->setRubric(*rubric, sheet);
    m_model->setReadOnly(!editable);
    m_criterion->setEvidence(*evidence);
    m_criterion->setReadOnly(!editable);
    {
        const QSignalBlocker blocker(m_feedback);
        m_feedback->setPlainText(sheet.feedback());
    }
    m_feedback->setReadOnly(!editable);
    m_complete->setVisible(editable);
    m_complete->setEnabled(editable);
    m_dirty = false;
    m_loaded = true;
    refreshVerdict();
    m_criterion->showCriterion(m_grid->currentCriterionRow(), m_grid->currentIndex().column());
    m_grid->setFocus();
}

void MarkingPage::loadOwnCompletedMarking(MarkSheet &sheet)
{
    const Actor &actor = m_context.actor;
    MarkingRepository marking(m_context.database.connection(), actor);
    const Result<QVector<MarkRecord>> marks = marking.marks(m_row.attemptId);
    const Result<QVector<MarkingRecord>> markings = marking.markings(m_row.attemptId);
    if (!marks || !markings) {
        showMessage((marks ? markings.errorMessage() : marks.errorMessage()).toHtmlEscaped(), true);
        return;
    }
    for (const MarkRecord &mark : *marks) {
        if (mark.markerId == actor.userId) {
            sheet.setLevel(mark.criterionKey, mark.level);
            sheet.setRemark(mark.criterionKey, mark.remark);
        }
    }
    for (const MarkingRecord &record : *markings) {
        if (record.markerId == actor.userId) {
            sheet.setFeedback(record.feedback);
            m_header->setChip(tr("You: %1").arg(MarkingTexts::role(record.role)));
            if (record.completed())
                showMessage(tr("You completed this marking on %1. It is shown read-only.")
                                .arg(QLocale().toString(record.completedAt.toLocalTime(), QLocale::ShortFormat)),
                    false);
        }
    }
}

void MarkingPage::onSheetChanged()
{
    refreshVerdict();
    if (!m_loaded || m_model->isReadOnly())
        return;
    m_dirty = true;
    m_header->setSaveState(tr("Unsaved changes…"));
    if (!m_autosave->isActive())
        m_autosave->start(); // at most kAutosaveDelayMs after the first unsaved change
}

void MarkingPage::refreshVerdict()
{
    const Rubric &rubric = m_model->rubric();
    m_verdict->showScores(rubric, m_model->sheet().partialScores(rubric), m_model->sheet().markedCount(rubric),
        int(rubric.criterionKeys().size()));
}

bool MarkingPage::flushDraft()
{
    m_autosave->stop();
    if (!m_dirty || m_model->isReadOnly())
        return true;
    if (m_conflictBar->isShowing())
        return false; // the marker decides first: reload or keep theirs
    const WriteResult<qint64> saved
        = MarkingWorkflow(m_context.database.connection(), m_context.actor)
              .saveDraft(m_submissionId, m_model->sheet(), DraftBasis {m_row.attemptId, m_draftVersion});
    if (const WriteConflict *conflict = saved.conflict()) {
        showConflict(*conflict, false);
        return false;
    }
    if (!saved) {
        m_header->setSaveState(tr("Draft not saved"));
        showMessage(tr("The draft could not be saved: %1").arg(saved.errorMessage().toHtmlEscaped()), true);
        return false;
    }
    m_draftVersion = *saved;
    m_dirty = false;
    m_header->setSaveState(tr("Draft saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit draftSaved();
    return true;
}

void MarkingPage::showConflict(const WriteConflict &conflict, bool completing)
{
    m_autosave->stop();
    m_completeAfterKeep = completing && conflict.overwritable;
    m_header->setSaveState(tr("Not saved: changed elsewhere"));
    showMessage(QString(), false);
    m_conflictBar->showConflict(conflict, m_context.actor.userId);
}

void MarkingPage::reloadAfterConflict()
{
    load();
    m_header->setSaveState(tr("Reloaded"));
}

void MarkingPage::keepMine()
{
    if (!m_conflictBar->isShowing() || !m_conflictBar->conflict().overwritable)
        return;
    const WriteConflict conflict = m_conflictBar->conflict();
    const WriteResult<qint64> saved
        = MarkingWorkflow(m_context.database.connection(), m_context.actor)
              .saveDraft(m_submissionId, m_model->sheet(), DraftBasis {m_row.attemptId, conflict.currentVersion},
                  WriteIntent::Overwrite);
    if (const WriteConflict *again = saved.conflict()) {
        showConflict(*again, m_completeAfterKeep); // it moved on once more: show the newest
        return;
    }
    if (!saved) {
        showMessage(tr("Your sheet could not be kept: %1").arg(saved.errorMessage().toHtmlEscaped()), true);
        return;
    }
    m_conflictBar->clear();
    m_draftVersion = *saved;
    m_dirty = false;
    m_header->setSaveState(
        tr("Your draft kept %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    showMessage(tr("Your sheet was kept over the other one; the audit log records the overwrite."), false);
    emit draftSaved();
    if (std::exchange(m_completeAfterKeep, false))
        completeMarking();
}

void MarkingPage::completeMarking()
{
    if (m_model->isReadOnly() || m_conflictBar->isShowing())
        return;
    const Rubric &rubric = m_model->rubric();
    const MarkSheet &sheet = m_model->sheet();
    if (const QVector<MarkSheetProblem> problems = sheet.problems(rubric); !problems.isEmpty()) {
        QStringList items;
        for (const MarkSheetProblem &problem : problems.mid(0, 6)) {
            const QString name = rubric.criterion(problem.criterionKey)->name.toHtmlEscaped();
            items << (problem.kind == MarkSheetProblem::Kind::Unmarked
                    ? tr("<li><b>%1</b> has no level</li>").arg(name)
                    : tr("<li><b>%1</b> overrides the automatic level: add a remark saying why</li>").arg(name));
        }
        if (problems.size() > 6)
            items << tr("<li>and %n more</li>", nullptr, int(problems.size() - 6));
        showMessage(tr("<b>Not complete yet:</b><ul style='margin:2px 0'>%1</ul>").arg(items.join(QString())), true);
        m_grid->focusCriterion(m_model->rowOfCriterion(problems.first().criterionKey));
        m_grid->setFocus();
        return;
    }
    if (!flushDraft())
        return;
    const WriteResult<SubmissionStatus> status
        = MarkingWorkflow(m_context.database.connection(), m_context.actor)
              .complete(m_submissionId, sheet, DraftBasis {m_row.attemptId, m_draftVersion});
    if (const WriteConflict *conflict = status.conflict()) {
        showConflict(*conflict, true);
        return;
    }
    if (!status) {
        showMessage(status.errorMessage().toHtmlEscaped(), true);
        return;
    }
    m_model->setReadOnly(true);
    m_criterion->setReadOnly(true);
    m_feedback->setReadOnly(true);
    m_complete->setEnabled(false);
    m_header->setSaveState(tr("Completed"));
    QString next;
    switch (*status) {
    case SubmissionStatus::FirstMarked:
        next = tr("It now waits for the blind second marking.");
        break;
    case SubmissionStatus::SecondMarked:
        next = tr("The markers are within tolerance: agree the scores next.");
        break;
    case SubmissionStatus::NeedsModeration:
        next = tr("The markers differ beyond tolerance or on adequacy: it goes to moderation.");
        break;
    case SubmissionStatus::Agreed:
        next = tr("Practice work is marked once: the result is agreed and can be released.");
        break;
    default:
        break;
    }
    showMessage(tr("<b>Marking complete</b> — %1. %2").arg(SubmissionStatusText::text(*status), next), false);
    emit markingCompleted(m_submissionId, *status);
}

} // namespace prepmark
