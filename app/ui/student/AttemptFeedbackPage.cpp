#include "AttemptFeedbackPage.h"

#include "ui/common/TaskProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace prepmark {

QStringList AttemptFeedbackPage::changes(const Session &delivered, const Session &prepared)
{
    int renamed = 0, coloured = 0, flipped = 0, gained = 0, moved = 0, faded = 0, kept = 0, removed = 0, grouped = 0,
        routed = 0;
    QStringList order;
    for (const SessionTrack &track : prepared.tracks) {
        const SessionTrack *before = delivered.track(track.id);
        if (!before)
            continue;
        renamed += track.name != before->name ? 1 : 0;
        coloured += !track.colour.isEmpty() && track.colour != before->colour ? 1 : 0;
        flipped += track.polarityInverted != before->polarityInverted ? 1 : 0;
        gained += track.gainDb != before->gainDb ? 1 : 0;
        moved += track.offsetSamples != before->offsetSamples ? 1 : 0;
        faded += (track.fadeInSamples > 0 || track.fadeOutSamples > 0) ? 1 : 0;
        kept += track.keep ? 1 : 0;
        removed += track.removed ? 1 : 0;
        grouped += !track.group.isEmpty() ? 1 : 0;
        routed += !track.bus.isEmpty() ? 1 : 0;
    }
    bool reordered = false;
    for (int i = 0; i < prepared.tracks.size() && i < delivered.tracks.size(); ++i)
        reordered = reordered || prepared.tracks[i].id != delivered.tracks[i].id;
    QStringList lines;
    const int total = int(prepared.tracks.size());
    lines << tr("%1 of %2 tracks renamed, %3 coloured").arg(renamed).arg(total).arg(coloured);
    lines << (reordered ? tr("Tracks reordered") : tr("Track order as delivered"));
    lines << tr("%1 in folders, %2 routed to buses").arg(grouped).arg(routed);
    lines << tr("%n polarity flip(s)", nullptr, flipped);
    lines << tr("%1 clip gain change(s), %2 time offset(s), %3 track(s) with fades").arg(gained).arg(moved).arg(faded);
    lines << tr("%1 track(s) removed, %2 kept as intended").arg(removed).arg(kept);
    lines << tr("%n section marker(s)", nullptr, int(prepared.markers.size()));
    int sections = 0;
    for (const QString &text : {prepared.notes.found, prepared.notes.fixed, prepared.notes.left,
             prepared.notes.questions, prepared.notes.references})
        sections += text.trimmed().isEmpty() ? 0 : 1;
    lines << tr("Notes: %1 of 5 sections written").arg(sections);
    return lines;
}

QString AttemptFeedbackPage::gradingHtml(const GradingReport &report, const Rubric &rubric)
{
    auto dimensionName = [&rubric](const QString &key) {
        const Dimension *dimension = rubric.dimension(key);
        return (dimension ? dimension->name : key).toHtmlEscaped();
    };
    auto criterionItem = [&rubric](const CriterionGrade &criterion) {
        QString level = criterion.level ? tr("provisional level %1 of %2").arg(*criterion.level).arg(rubric.scale.max)
                                        : tr("lecturer only");
        QString item = QStringLiteral("<li><b>%1</b> <span style='color:#5a6570'>(%2)</span>")
                           .arg(criterion.name.toHtmlEscaped(), level);
        if (!criterion.evidence.isEmpty()) {
            item += QStringLiteral("<ul>");
            for (const QString &line : criterion.evidence)
                item += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            item += QStringLiteral("</ul>");
        }
        return item + QStringLiteral("</li>");
    };

    QString html;
    const Verdict &verdict = report.verdict;
    if (verdict.dimensions.isEmpty()) {
        html += tr("<p>No dimension could be judged automatically: your lecturer judges every criterion.</p>");
    } else if (verdict.adequate) {
        html += tr("<h3 style='color:#1e6b34'>Every automatically judged dimension meets its threshold</h3>");
    } else {
        QStringList blocking;
        for (const DimensionOutcome &outcome : verdict.dimensions) {
            if (!outcome.meetsThreshold)
                blocking << tr("%1 (%2, threshold %3)")
                                .arg(outcome.name.toHtmlEscaped())
                                .arg(outcome.score, 0, 'f', 2)
                                .arg(outcome.threshold, 0, 'f', 2);
        }
        html += tr("<h3 style='color:#8a1c1c'>Not adequate yet: %n dimension(s) block adequacy</h3><p>%1. "
                   "Preparation is adequate only when every dimension meets its threshold at the same time; a "
                   "strong dimension does not make up for a weak one.</p>",
            nullptr, int(blocking.size()))
                    .arg(blocking.join(QStringLiteral("; ")));
    }
    if (!verdict.dimensions.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        html += tr("<tr><th align='left'>Dimension</th><th>Provisional score</th><th>Threshold</th><th></th></tr>");
        for (const DimensionOutcome &outcome : verdict.dimensions)
            html += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td align='center'>%3</td>"
                                   "<td style='color:%4'>%5</td></tr>")
                        .arg(outcome.name.toHtmlEscaped())
                        .arg(outcome.score, 0, 'f', 2)
                        .arg(outcome.threshold, 0, 'f', 2)
                        .arg(outcome.meetsThreshold ? QStringLiteral("#1e6b34") : QStringLiteral("#8a1c1c"),
                            outcome.meetsThreshold ? tr("meets it") : tr("blocks adequacy"));
        for (const QString &key : report.lecturerOnlyDimensions)
            html += tr("<tr><td>%1</td><td align='center' colspan='2'>lecturer only</td><td></td></tr>")
                        .arg(dimensionName(key));
        html += QStringLiteral("</table>");
    }

    QString fixed, missed, lecturer;
    for (const CriterionGrade &criterion : report.criteria) {
        const Dimension *dimension = rubric.dimension(criterion.dimension);
        const double threshold = dimension ? dimension->threshold : 3.0;
        if (!criterion.level)
            lecturer += criterionItem(criterion);
        else if (atLeast(*criterion.level, threshold))
            fixed += criterionItem(criterion);
        else
            missed += criterionItem(criterion);
    }
    html += tr("<h3>What you missed</h3>")
        + (missed.isEmpty() ? tr("<p><i>Nothing: every judged criterion is at its dimension's threshold.</i></p>")
                            : QStringLiteral("<ul>%1</ul>").arg(missed));
    html += tr("<h3>What you fixed</h3>")
        + (fixed.isEmpty() ? tr("<p><i>No judged criterion reaches its dimension's threshold yet.</i></p>")
                           : QStringLiteral("<ul>%1</ul>").arg(fixed));
    if (!lecturer.isEmpty())
        html += tr("<h3>Lecturer only</h3><p>No automatic check can judge these; your lecturer marks them.</p>")
            + QStringLiteral("<ul>%1</ul>").arg(lecturer);
    return html;
}

AttemptFeedbackPage::AttemptFeedbackPage(
    const WorkbenchTask &task, const SubmittedAttempt &attempt, const Session &delivered, QWidget *parent)
    : QWidget(parent), m_task(task)
{
    setObjectName(QStringLiteral("attemptFeedback"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("attemptHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    if (task.assessed)
        m_headline->setText(tr("<h2>Submitted: attempt %1 of %2</h2><p>Your prepared session and notes are stored and "
                               "sent to your lecturer for marking. The result appears in your profile once it is "
                               "released.</p>")
                                .arg(attempt.number)
                                .arg(task.exercise.title.toHtmlEscaped()));
    else
        m_headline->setText(
            tr("<h2>Attempt %1 of %2 is stored</h2>").arg(attempt.number).arg(task.exercise.title.toHtmlEscaped()));
    layout->addWidget(m_headline);

    m_grading = new QLabel(this);
    m_grading->setObjectName(QStringLiteral("gradingState"));
    m_grading->setWordWrap(true);
    m_grading->setTextFormat(Qt::RichText);
    m_grading->setStyleSheet(
        QStringLiteral("background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; padding: 8px;"));
    m_grading->setText(tr("<b>Checking your preparation…</b> PrepMark renders your prepared stems, analyses them "
                          "and grades them against the rubric."));
    layout->addWidget(m_grading);
    m_progress = new TaskProgressPanel(this);
    layout->addWidget(m_progress);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("attemptDetails"));
    m_changesHtml = tr("<h3>What your preparation changes</h3><ul>");
    for (const QString &line : changes(delivered, attempt.prepared))
        m_changesHtml += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_changesHtml += QStringLiteral("</ul>");
    const QString notes = attempt.prepared.notes.allText();
    m_changesHtml += tr("<h3>Your notes for the mix engineer</h3>");
    m_changesHtml += notes.isEmpty()
        ? tr("<p><i>No notes were written.</i></p>")
        : QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(notes.toHtmlEscaped());
    updateDetails();
    layout->addWidget(m_details, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *home = new QPushButton(tr("Back to &exercises"), this);
    auto *again = new QPushButton(tr("&Keep preparing"), this);
    again->setObjectName(QStringLiteral("keepPreparing"));
    again->setToolTip(tr("Open the workbench again from this attempt"));
    buttons->addWidget(home);
    buttons->addWidget(again);
    layout->addLayout(buttons);
    connect(home, &QPushButton::clicked, this, &AttemptFeedbackPage::homeRequested);
    connect(again, &QPushButton::clicked, this, &AttemptFeedbackPage::continueRequested);
}

void AttemptFeedbackPage::updateDetails()
{
    m_details->setHtml(m_gradingHtml + m_changesHtml);
}

void AttemptFeedbackPage::showGrading(const GradingReport &report, const Rubric &rubric)
{
    m_report = report;
    int judged = 0;
    for (const CriterionGrade &criterion : report.criteria)
        judged += criterion.judged() ? 1 : 0;
    const int lecturerOnly = int(report.criteria.size()) - judged;
    if (m_task.assessed) {
        // The lecturer marks an assessed attempt: the student is told what was stored,
        // not shown provisional levels that could read as a mark.
        m_grading->setText(tr("<b>Automatic evidence stored for your lecturer.</b> %1 criteria were checked "
                              "automatically and %2 are left to your lecturer; the evidence is stored with your "
                              "submission and shown on the marking page. Your result appears in your profile once "
                              "it is released.")
                               .arg(judged)
                               .arg(lecturerOnly));
        m_gradingHtml.clear();
    } else {
        const QString verdict = report.verdict.dimensions.isEmpty() ? tr("no dimension could be judged automatically")
            : report.verdict.adequate ? tr("every automatically judged dimension meets its threshold")
                                      : tr("not adequate yet");
        m_grading->setText(tr("<b>Checked: %1.</b> %2 criteria judged automatically (provisional levels, not a "
                              "mark), %3 lecturer only.")
                               .arg(verdict)
                               .arg(judged)
                               .arg(lecturerOnly));
        m_gradingHtml = gradingHtml(report, rubric);
    }
    m_grading->setStyleSheet(
        QStringLiteral("background: #eef7ee; border: 1px solid #b9dcb9; border-radius: 4px; padding: 8px;"));
    updateDetails();
}

void AttemptFeedbackPage::showGradingProblem(const QString &message)
{
    m_grading->setText(
        tr("<b>Your attempt is stored, but it was not checked automatically:</b> %1").arg(message.toHtmlEscaped()));
    m_grading->setStyleSheet(
        QStringLiteral("background: #fdecea; border: 1px solid #f1b0a8; border-radius: 4px; padding: 8px;"));
}

} // namespace prepmark
