#include "ModerationPage.h"

#include "CriterionComparisonTable.h"
#include "LiveVerdictPanel.h"
#include "MarkingTexts.h"

#include "core/Verdict.h"

#include "storage/AssignmentRepository.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace prepmark {

namespace {
enum ScoreColumn { DimensionColumn, ThresholdColumn, FirstColumn, SecondColumn, DifferenceColumn, AgreedColumn };
const QColor kBeyond(0xfc, 0xe8, 0xb2);
const QColor kBelow(0xf4, 0xc7, 0xc3);

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QString scoreText(double score, double threshold)
{
    return atLeast(score, threshold) ? QString::number(score, 'f', 2) : QString::number(score, 'f', 2) + QStringLiteral(" ▼");
}
} // namespace

ModerationPage::ModerationPage(Workspace &workspace, qint64 submissionId, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_submissionId(submissionId)
{
    setObjectName(QStringLiteral("moderationPage"));
    buildLayout();
    load();
}

void ModerationPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Queue"), this);
    connect(back, &QPushButton::clicked, this, &ModerationPage::backRequested);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_statusChip = new QLabel(this);
    m_statusChip->setObjectName(QStringLiteral("statusChip"));
    m_statusChip->setStyleSheet(QStringLiteral("QLabel#statusChip { background: #e3ecf7; color: #1f4f8a; border-radius: 9px; "
                                               "padding: 3px 10px; font-weight: bold; }"));
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_statusChip);
    layout->addLayout(header);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("moderationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_scores = new QTableWidget(left);
    m_scores->setObjectName(QStringLiteral("moderationScores"));
    m_scores->verticalHeader()->hide();
    m_scores->setSelectionMode(QAbstractItemView::NoSelection);
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
    m_message->setStyleSheet(problem ? QStringLiteral("background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px;")
                                     : QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; border-radius: 4px; padding: 8px;"));
    m_message->setVisible(!html.isEmpty());
}

QDoubleSpinBox *ModerationPage::agreedEditor(const QString &dimensionKey) const
{
    const int index = m_rubric.indexOfDimension(dimensionKey);
    return index >= 0 && index < m_agreed.size() ? m_agreed[index] : nullptr;
}

void ModerationPage::load()
{
    QSqlDatabase connection = m_workspace.database.connection();
    const Actor &actor = m_workspace.actor;
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
    for (const QString &problem : {rubric.errorMessage(), scores.errorMessage(), agreed.errorMessage(), assignment.errorMessage()}) {
        if (!problem.isEmpty()) {
            showMessage(problem.toHtmlEscaped(), true);
            m_record->hide();
            m_release->hide();
            return;
        }
    }
    m_rubric = *rubric;
    m_tolerance = assignment->moderationTolerance;
    m_title->setText(tr("<b>%1</b> · %2 · attempt %3").arg(m_row.assignmentTitle.toHtmlEscaped(), MarkingTexts::student(m_row).toHtmlEscaped())
                         .arg(m_row.attemptNumber));
    m_statusChip->setText(MarkingTexts::status(m_row.status));
    fillScores(*scores, *agreed);
    fillCriteria();

    if (const Result<QVector<MarkingRecord>> markings = marking.markings(m_row.attemptId); markings) {
        for (const MarkingRecord &record : *markings) {
            QPlainTextEdit *edit = record.role == MarkerRole::First ? m_firstFeedback : record.role == MarkerRole::Second ? m_secondFeedback : nullptr;
            if (edit)
                edit->setPlainText(record.feedback.isEmpty() ? tr("%1: no feedback visible yet").arg(record.markerName)
                                                             : tr("%1:\n%2").arg(record.markerName, record.feedback));
        }
    }
    QStringList decided;
    if (const Result<QVector<MarkingDecision>> decisions = MarkingWorkflow(connection, actor).decisions(m_submissionId); decisions) {
        for (const MarkingDecision &d : *decisions) {
            const QString who = d.decidedByName.isEmpty() ? tr("PrepMark") : d.decidedByName;
            const QString what = d.kind == QLatin1String("moderated") ? tr("Moderated") : d.kind == QLatin1String("single") ? tr("Marked once") : tr("Agreed");
            decided << tr("<b>%1</b> by %2, %3: %4").arg(what, who.toHtmlEscaped(),
                                                         QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
                                                         d.reason.toHtmlEscaped());
        }
    }
    m_decisions->setText(decided.join(QStringLiteral("<br>")));
    m_decisions->setVisible(!decided.isEmpty());

    const bool deciding = m_task == MarkingTask::Agreement || m_task == MarkingTask::Moderation;
    for (QDoubleSpinBox *box : m_agreed)
        box->setReadOnly(!deciding);
    m_reason->setVisible(deciding);
    m_reasonLabel->setVisible(deciding);
    m_reasonLabel->setText(m_task == MarkingTask::Moderation ? tr("<b>Reason</b> for the agreed scores (required; kept in the audit log)")
                                                             : tr("<b>Note</b> on the agreement (optional)"));
    m_record->setVisible(deciding);
    m_record->setText(m_task == MarkingTask::Moderation ? tr("&Record moderated scores") : tr("&Record agreed scores"));
    m_release->setVisible(m_task == MarkingTask::Release);
    if (m_task == MarkingTask::Moderation) {
        QStringList why;
        if (const Result<MarkerComparison> comparison = MarkingWorkflow(connection, actor).comparison(m_submissionId); comparison) {
            QStringList beyond;
            for (const QString &key : comparison->dimensionsBeyondTolerance())
                beyond << m_rubric.dimension(key)->name.toHtmlEscaped();
            if (!beyond.isEmpty())
                why << tr("their scores differ by more than %1 on %2").arg(m_tolerance, 0, 'f', 2).arg(beyond.join(QStringLiteral(", ")));
            if (comparison->adequacyDisagrees())
                why << tr("one finds the work adequate and the other does not");
            if (comparison->meanFlipsVerdict())
                why << tr("the mean of their scores would reverse the verdict they agree on");
        }
        showMessage(tr("<b>Moderation needed:</b> %1. As moderator, record the agreed scores and why.")
                        .arg(why.isEmpty() ? tr("the markers disagree") : why.join(tr("; "))), false);
    }
    refreshVerdict();
}

void ModerationPage::fillScores(const QHash<qint64, DimensionScores> &scores, const std::optional<DimensionScores> &agreed)
{
    const bool firstVisible = m_row.firstMarkerId != 0 && scores.contains(m_row.firstMarkerId);
    const bool secondVisible = m_row.secondMarkerId != 0 && scores.contains(m_row.secondMarkerId);
    const DimensionScores first = scores.value(m_row.firstMarkerId);
    const DimensionScores second = scores.value(m_row.secondMarkerId);
    auto hidden = [&](qint64 markerId, bool completed) {
        return markerId == 0 ? tr("no marker yet") : completed ? tr("hidden (blind marking)") : tr("marking under way");
    };
    // Removing the rows releases the agreed editors (the view deletes its cell widgets).
    m_agreed.clear();
    m_scores->setRowCount(0);
    m_scores->clear();
    m_scores->setColumnCount(AgreedColumn + 1);
    m_scores->setHorizontalHeaderLabels({tr("Dimension"), tr("Threshold"),
                                         tr("First: %1").arg(m_row.firstMarkerName.isEmpty() ? tr("—") : m_row.firstMarkerName),
                                         tr("Second: %1").arg(m_row.secondMarkerName.isEmpty() ? tr("—") : m_row.secondMarkerName),
                                         tr("Difference"), tr("Agreed")});
    m_scores->setRowCount(int(m_rubric.dimensions.size()) + 1); // the last row: each marker's verdict
    for (int r = 0; r < m_rubric.dimensions.size(); ++r) {
        const Dimension &d = m_rubric.dimensions[r];
        m_scores->setItem(r, DimensionColumn, item(d.name));
        m_scores->setItem(r, ThresholdColumn, item(QString::number(d.threshold, 'f', 2), Qt::AlignRight | Qt::AlignVCenter));
        const auto scoreItem = [&](bool visible, const DimensionScores &s, qint64 markerId, bool completed) {
            QTableWidgetItem *cell = visible && s.contains(d.key) ? item(scoreText(s.value(d.key), d.threshold), Qt::AlignRight | Qt::AlignVCenter)
                                                                  : item(hidden(markerId, completed), Qt::AlignRight | Qt::AlignVCenter);
            if (visible && s.contains(d.key) && !atLeast(s.value(d.key), d.threshold))
                cell->setBackground(kBelow);
            return cell;
        };
        m_scores->setItem(r, FirstColumn, scoreItem(firstVisible, first, m_row.firstMarkerId, m_row.firstCompleted));
        m_scores->setItem(r, SecondColumn, scoreItem(secondVisible, second, m_row.secondMarkerId, m_row.secondCompleted));
        if (firstVisible && secondVisible) {
            const double difference = second.value(d.key) - first.value(d.key);
            const bool beyond = std::abs(difference) > m_tolerance + kScoreEpsilon;
            QTableWidgetItem *cell = item(beyond ? tr("%1  ⚠ beyond %2").arg(difference, 0, 'f', 2).arg(m_tolerance, 0, 'f', 2)
                                                 : QString::number(difference, 'f', 2), Qt::AlignRight | Qt::AlignVCenter);
            if (beyond)
                cell->setBackground(kBeyond);
            m_scores->setItem(r, DifferenceColumn, cell);
        } else {
            m_scores->setItem(r, DifferenceColumn, item(tr("—"), Qt::AlignRight | Qt::AlignVCenter));
        }
        auto *box = new QDoubleSpinBox(m_scores);
        box->setObjectName(QStringLiteral("agreed_") + d.key);
        box->setRange(m_rubric.scale.min, m_rubric.scale.max);
        box->setDecimals(2);
        box->setSingleStep(0.25);
        box->setAccessibleName(tr("Agreed score for %1").arg(d.name));
        double value = m_rubric.scale.min;
        if (agreed && agreed->contains(d.key))
            value = agreed->value(d.key);
        else if (firstVisible && secondVisible)
            value = std::round((first.value(d.key) + second.value(d.key)) / 2.0 * 100.0) / 100.0;
        box->setValue(value);
        box->setEnabled(agreed.has_value() || (firstVisible && secondVisible));
        connect(box, &QDoubleSpinBox::valueChanged, this, &ModerationPage::refreshVerdict);
        m_scores->setCellWidget(r, AgreedColumn, box);
        m_agreed << box;
    }
    QHeaderView *header = m_scores->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DimensionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgreedColumn, QHeaderView::Fixed);
    header->resizeSection(AgreedColumn, 110);
    const int verdictRow = int(m_rubric.dimensions.size());
    QFont bold = m_scores->font();
    bold.setBold(true);
    m_scores->setItem(verdictRow, DimensionColumn, item(tr("Verdict (every dimension at its threshold)")));
    m_scores->item(verdictRow, DimensionColumn)->setFont(bold);
    m_scores->setItem(verdictRow, ThresholdColumn, item(QString()));
    bool verdicts[2] = {false, false};
    const bool visible[2] = {firstVisible, secondVisible};
    const DimensionScores *sides[2] = {&first, &second};
    for (int side = 0; side < 2; ++side) {
        const Result<Verdict> verdict = visible[side] ? VerdictEngine::evaluate(m_rubric, *sides[side]) : Result<Verdict>(makeError(QString()));
        verdicts[side] = verdict && verdict->adequate;
        QTableWidgetItem *cell = item(!verdict ? tr("—") : verdict->adequate ? tr("adequate") : tr("inadequate ▼"),
                                      Qt::AlignRight | Qt::AlignVCenter);
        cell->setFont(bold);
        if (verdict)
            cell->setForeground(verdict->adequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00));
        m_scores->setItem(verdictRow, side == 0 ? FirstColumn : SecondColumn, cell);
    }
    const bool disagree = firstVisible && secondVisible && verdicts[0] != verdicts[1];
    m_scores->setItem(verdictRow, DifferenceColumn, item(disagree ? tr("⚠ disagree") : QString(), Qt::AlignRight | Qt::AlignVCenter));
    if (disagree)
        m_scores->item(verdictRow, DifferenceColumn)->setBackground(kBeyond);
    m_scores->setItem(verdictRow, AgreedColumn, item(QString()));
    m_scores->setFixedHeight(m_scores->horizontalHeader()->sizeHint().height() + 34 * (verdictRow + 1) + 2 * m_scores->frameWidth() + 2);
    m_scores->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < m_scores->rowCount(); ++r)
        m_scores->setRowHeight(r, 34);
}

void ModerationPage::fillCriteria()
{
    QHash<QString, MarkRecord> firstMarks;
    QHash<QString, MarkRecord> secondMarks;
    if (const Result<QVector<MarkRecord>> marks = MarkingRepository(m_workspace.database.connection(), m_workspace.actor).marks(m_row.attemptId); marks) {
        for (const MarkRecord &mark : *marks) {
            if (mark.markerId == m_row.firstMarkerId)
                firstMarks.insert(mark.criterionKey, mark);
            else if (mark.markerId == m_row.secondMarkerId)
                secondMarks.insert(mark.criterionKey, mark);
        }
    }
    m_criteria->showMarks(m_rubric, firstMarks, secondMarks);
}

DimensionScores ModerationPage::agreedScores() const
{
    DimensionScores scores;
    for (int i = 0; i < m_agreed.size() && i < m_rubric.dimensions.size(); ++i)
        scores.insert(m_rubric.dimensions[i].key, m_agreed[i]->value());
    return scores;
}

void ModerationPage::refreshVerdict()
{
    const bool known = std::any_of(m_agreed.begin(), m_agreed.end(), [](const QDoubleSpinBox *box) { return box->isEnabled(); });
    const int total = int(m_rubric.criterionKeys().size());
    m_verdict->showScores(m_rubric, known ? agreedScores() : DimensionScores(), known ? total : 0, total);
}

void ModerationPage::recordAgreedScores()
{
    MarkingWorkflow workflow(m_workspace.database.connection(), m_workspace.actor);
    const Status done = m_task == MarkingTask::Moderation
        ? workflow.moderate(m_submissionId, agreedScores(), m_reason->toPlainText())
        : workflow.agree(m_submissionId, agreedScores(), m_reason->toPlainText());
    if (!done) {
        showMessage(done.errorMessage().toHtmlEscaped(), true);
        if (m_task == MarkingTask::Moderation && m_reason->toPlainText().trimmed().isEmpty())
            m_reason->setFocus();
        return;
    }
    load();
    showMessage(tr("<b>Agreed scores recorded.</b> The result can now be released to the student."), false);
    emit submissionChanged(m_submissionId);
}

void ModerationPage::releaseResult()
{
    const Result<qint64> released = MarkingWorkflow(m_workspace.database.connection(), m_workspace.actor).release(m_submissionId);
    if (!released) {
        showMessage(released.errorMessage().toHtmlEscaped(), true);
        return;
    }
    load();
    showMessage(tr("<b>Released.</b> The student now sees this result; it is kept as a snapshot."), false);
    emit submissionChanged(m_submissionId);
}

} // namespace prepmark
