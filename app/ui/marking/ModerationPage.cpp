#include "ModerationPage.h"

#include "ConflictBar.h"
#include "CriterionComparisonTable.h"
#include "LiveVerdictPanel.h"
#include "MarkingTexts.h"
#include "ScoreComparisonTable.h"
#include "SubmissionPageHeader.h"

#include "ui/common/SubmissionStatusText.h"

#include "core/Verdict.h"

#include "storage/AssignmentRepository.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace prepmark {

ModerationPage::ModerationPage(UserContext &context, qint64 submissionId, QWidget *parent)
    : QWidget(parent), m_context(context), m_submissionId(submissionId)
{
    setObjectName(QStringLiteral("moderationPage"));
    buildLayout();
    load();
}

void ModerationPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new SubmissionPageHeader(
        SubmissionPageHeader::Chip::SubmissionStatus, SubmissionPageHeader::SaveState::Hidden, this);
    connect(m_header, &SubmissionPageHeader::backRequested, this, &ModerationPage::backRequested);
    layout->addWidget(m_header);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("moderationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();
    layout->addWidget(m_message);
    m_conflictBar = new ConflictBar(this);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &ModerationPage::reloadAfterConflict);
    connect(m_conflictBar, &ConflictBar::keepMineRequested, this, &ModerationPage::keepMine);
    layout->addWidget(m_conflictBar);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_scores = new ScoreComparisonTable(left);
    connect(m_scores, &ScoreComparisonTable::agreedChanged, this, &ModerationPage::refreshVerdict);
    m_criteria = new CriterionComparisonTable(left);
    auto *feedback = new QHBoxLayout;
    m_firstFeedback = new QPlainTextEdit(left);
    m_secondFeedback = new QPlainTextEdit(left);
    for (QPlainTextEdit *edit : {m_firstFeedback, m_secondFeedback}) {
        edit->setReadOnly(true);
        edit->setMaximumHeight(90);
        feedback->addWidget(edit);
    }
    leftLayout->addWidget(new QLabel(tr("<b>Dimension scores side by side</b>"), left));
    leftLayout->addWidget(m_scores);
    leftLayout->addWidget(new QLabel(tr("<b>Criterion levels and remarks</b>"), left));
    leftLayout->addWidget(m_criteria, 1);
    leftLayout->addWidget(new QLabel(tr("<b>Markers' feedback</b> (first · second)"), left));
    leftLayout->addLayout(feedback);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Verdict of the agreed scores</b>"), right));
    m_verdict = new LiveVerdictPanel(right);
    m_decisions = new QLabel(right);
    m_decisions->setWordWrap(true);
    m_decisions->setTextFormat(Qt::RichText);
    m_reasonLabel = new QLabel(right);
    m_reasonLabel->setTextFormat(Qt::RichText);
    m_reason = new QPlainTextEdit(right);
    m_reason->setObjectName(QStringLiteral("moderationReason"));
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);
    m_record = new QPushButton(tr("&Record agreed scores"), right);
    m_record->setObjectName(QStringLiteral("recordAgreed"));
    m_release = new QPushButton(tr("Re&lease to the student"), right);
    m_release->setObjectName(QStringLiteral("releaseResult"));
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_decisions);
    rightLayout->addWidget(m_reasonLabel);
    m_reason->setMaximumHeight(150);
    rightLayout->addWidget(m_reason);
    rightLayout->addStretch(1);
    rightLayout->addWidget(m_record);
    rightLayout->addWidget(m_release);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({960, 420});
    layout->addWidget(splitter, 1);
    connect(m_record, &QPushButton::clicked, this, &ModerationPage::recordAgreedScores);
    connect(m_release, &QPushButton::clicked, this, &ModerationPage::releaseResult);
}

void ModerationPage::showMessage(const QString &html, bool problem)
{
    m_message->setText(html);
    m_message->setStyleSheet(problem
            ? QStringLiteral(
                "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;")
            : QStringLiteral(
                "background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; border-radius: 4px; padding: 8px;"));
    m_message->setVisible(!html.isEmpty());
}

QDoubleSpinBox *ModerationPage::agreedEditor(const QString &dimensionKey) const
{
    return m_scores->agreedEditor(dimensionKey);
}

void ModerationPage::load()
{
    QSqlDatabase connection = m_context.database.connection();
    const Actor &actor = m_context.actor;
    m_conflictBar->clear();
    showMessage(QString(), false);
    const Result<MarkingQueueRow> row = MarkingQueueRepository(connection, actor).row(m_submissionId);
    if (!row) {
        showMessage(row.errorMessage().toHtmlEscaped(), true);
        m_record->hide();
        m_release->hide();
        return;
    }
    m_row = *row;
    m_task = MarkingWorkflow::taskFor(m_row, actor);
    MarkingRepository marking(connection, actor);
    const Result<Rubric> rubric = marking.rubricOfAttempt(m_row.attemptId);
    const Result<QHash<qint64, DimensionScores>> scores = marking.markerScores(m_row.attemptId);
    const Result<std::optional<DimensionScores>> agreed = marking.agreedScores(m_row.attemptId);
    const Result<AssignmentRecord> assignment = AssignmentRepository(connection, actor).find(m_row.assignmentId);
    for (const QString &problem :
        {rubric.errorMessage(), scores.errorMessage(), agreed.errorMessage(), assignment.errorMessage()}) {
        if (!problem.isEmpty()) {
            showMessage(problem.toHtmlEscaped(), true);
            m_record->hide();
            m_release->hide();
            return;
        }
    }
    m_rubric = *rubric;
    m_tolerance = assignment->moderationTolerance;
    m_header->setTitle(tr("<b>%1</b> · %2 · attempt %3")
                           .arg(m_row.assignmentTitle.toHtmlEscaped(), MarkingTexts::student(m_row).toHtmlEscaped())
                           .arg(m_row.attemptNumber));
    m_header->setChip(SubmissionStatusText::text(m_row.status));
    m_scores->showScores(m_rubric, m_row, *scores, *agreed, m_tolerance);
    fillCriteria();

    if (const Result<QVector<MarkingRecord>> markings = marking.markings(m_row.attemptId); markings) {
        for (const MarkingRecord &record : *markings) {
            QPlainTextEdit *edit = record.role == MarkerRole::First ? m_firstFeedback
                : record.role == MarkerRole::Second                 ? m_secondFeedback
                                                                    : nullptr;
            if (edit)
                edit->setPlainText(record.feedback.isEmpty() ? tr("%1: no feedback visible yet").arg(record.markerName)
                                                             : tr("%1:\n%2").arg(record.markerName, record.feedback));
        }
    }
    QStringList decided;
    if (const Result<QVector<MarkingDecision>> decisions = MarkingWorkflow(connection, actor).decisions(m_submissionId);
        decisions) {
        for (const MarkingDecision &d : *decisions) {
            const QString who = d.decidedByName.isEmpty() ? tr("PrepMark") : d.decidedByName;
            const QString what = d.kind == QLatin1String("moderated") ? tr("Moderated")
                : d.kind == QLatin1String("single")                   ? tr("Marked once")
                                                                      : tr("Agreed");
            decided << tr("<b>%1</b> by %2, %3: %4")
                           .arg(what, who.toHtmlEscaped(),
                               QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
                               d.reason.toHtmlEscaped());
        }
    }
    m_decisions->setText(decided.join(QStringLiteral("<br>")));
    m_decisions->setVisible(!decided.isEmpty());

    const bool deciding = m_task == MarkingTask::Agreement || m_task == MarkingTask::Moderation;
    m_scores->setEditable(deciding);
    m_reason->setVisible(deciding);
    m_reasonLabel->setVisible(deciding);
    m_reasonLabel->setText(m_task == MarkingTask::Moderation
            ? tr("<b>Reason</b> for the agreed scores (required; kept in the audit log)")
            : tr("<b>Note</b> on the agreement (optional)"));
    m_record->setVisible(deciding);
    m_record->setText(m_task == MarkingTask::Moderation ? tr("&Record moderated scores") : tr("&Record agreed scores"));
    m_release->setVisible(m_task == MarkingTask::Release);
    if (m_task == MarkingTask::Moderation) {
        QStringList why;
        if (const Result<MarkerComparison> comparison = MarkingWorkflow(connection, actor).comparison(m_submissionId);
            comparison) {
            QStringList beyond;
            for (const QString &key : comparison->dimensionsBeyondTolerance())
                beyond << m_rubric.dimension(key)->name.toHtmlEscaped();
            if (!beyond.isEmpty())
                why << tr("their scores differ by more than %1 on %2")
                           .arg(QLocale().toString(m_tolerance, 'f', 2))
                           .arg(beyond.join(QStringLiteral(", ")));
            if (comparison->adequacyDisagrees())
                why << tr("one finds the work adequate and the other does not");
            if (comparison->meanFlipsVerdict())
                why << tr("the mean of their scores would reverse the verdict they agree on");
        }
        showMessage(tr("<b>Moderation needed:</b> %1. As moderator, record the agreed scores and why.")
                        .arg(why.isEmpty() ? tr("the markers disagree") : why.join(tr("; "))),
            false);
    }
    refreshVerdict();
}

void ModerationPage::fillCriteria()
{
    QHash<QString, MarkRecord> firstMarks;
    QHash<QString, MarkRecord> secondMarks;
    if (const Result<QVector<MarkRecord>> marks
        = MarkingRepository(m_context.database.connection(), m_context.actor).marks(m_row.attemptId);
        marks) {
        for (const MarkRecord &mark : *marks) {
            if (mark.markerId == m_row.firstMarkerId)
                firstMarks.insert(mark.criterionKey, mark);
            else if (mark.markerId == m_row.secondMarkerId)
                secondMarks.insert(mark.criterionKey, mark);
        }
    }
    m_criteria->showMarks(m_rubric, firstMarks, secondMarks);
}

void ModerationPage::refreshVerdict()
{
    const bool known = m_scores->hasAgreedScores();
    const int total = int(m_rubric.criterionKeys().size());
    m_verdict->showScores(m_rubric, known ? m_scores->agreedScores() : DimensionScores(), known ? total : 0, total);
}

WriteStatus ModerationPage::record(std::optional<qint64> version, WriteIntent intent)
{
    MarkingWorkflow workflow(m_context.database.connection(), m_context.actor);
    return m_task == MarkingTask::Moderation
        ? workflow.moderate(m_submissionId, m_scores->agreedScores(), m_reason->toPlainText(), version, intent)
        : workflow.agree(m_submissionId, m_scores->agreedScores(), m_reason->toPlainText(), version, intent);
}

void ModerationPage::recorded(const WriteStatus &done, WriteIntent intent)
{
    if (const WriteConflict *conflict = done.conflict()) {
        showMessage(QString(), false);
        m_conflictBar->showConflict(*conflict, m_context.actor.userId);
        return;
    }
    if (!done) {
        showMessage(done.errorMessage().toHtmlEscaped(), true);
        if (m_task == MarkingTask::Moderation && m_reason->toPlainText().trimmed().isEmpty())
            m_reason->setFocus();
        return;
    }
    load();
    showMessage(intent == WriteIntent::Overwrite
            ? tr("<b>Your agreed scores were kept</b> over the other decision; the audit log records the overwrite. "
                 "The result can now be released to the student.")
            : tr("<b>Agreed scores recorded.</b> The result can now be released to the student."),
        false);
    emit submissionChanged(m_submissionId);
}

void ModerationPage::recordAgreedScores()
{
    if (m_conflictBar->isShowing())
        return; // reload or keep mine first
    recorded(record(m_row.submissionVersion, WriteIntent::Edit), WriteIntent::Edit);
}

void ModerationPage::keepMine()
{
    if (!m_conflictBar->isShowing() || !m_conflictBar->conflict().overwritable)
        return;
    const qint64 theirs = m_conflictBar->conflict().currentVersion;
    recorded(record(theirs, WriteIntent::Overwrite), WriteIntent::Overwrite);
}

void ModerationPage::reloadAfterConflict()
{
    load();
}

void ModerationPage::releaseResult()
{
    const WriteResult<qint64> released
        = MarkingWorkflow(m_context.database.connection(), m_context.actor)
              .release(m_submissionId, QDateTime::currentDateTimeUtc(), m_row.submissionVersion);
    if (const WriteConflict *conflict = released.conflict()) {
        showMessage(QString(), false);
        m_conflictBar->showConflict(*conflict, m_context.actor.userId);
        return;
    }
    if (!released) {
        showMessage(released.errorMessage().toHtmlEscaped(), true);
        return;
    }
    load();
    showMessage(tr("<b>Released.</b> The student now sees this result; it is kept as a snapshot."), false);
    emit submissionChanged(m_submissionId);
}

} // namespace prepmark
