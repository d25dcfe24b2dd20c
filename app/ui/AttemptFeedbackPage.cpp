#include "AttemptFeedbackPage.h"

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

AttemptFeedbackPage::AttemptFeedbackPage(
    const WorkbenchTask &task, const SubmittedAttempt &attempt, const Session &delivered, QWidget *parent)
    : QWidget(parent)
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
        m_headline->setText(tr("<h2>Attempt %1 of %2 is stored</h2>")
                                .arg(attempt.number)
                                .arg(task.exercise.title.toHtmlEscaped()));
    layout->addWidget(m_headline);

    m_grading = new QLabel(this);
    m_grading->setObjectName(QStringLiteral("gradingState"));
    m_grading->setWordWrap(true);
    m_grading->setTextFormat(Qt::RichText);
    m_grading->setStyleSheet(
        QStringLiteral("background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; padding: 8px;"));
    m_grading->setText(tr("<b>Automatic grading is not available in this build yet.</b> Your attempt is stored as "
                          "submitted; no verdict is shown because none has been computed — PrepMark never guesses "
                          "one. %1")
                           .arg(task.assessed ? tr("Your lecturer marks it from the rubric.")
                                              : tr("What was fixed, what was missed and which dimension blocks "
                                                   "adequacy will show here once grading is part of PrepMark.")));
    layout->addWidget(m_grading);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("attemptDetails"));
    QString html = tr("<h3>What your preparation changes</h3><ul>");
    for (const QString &line : changes(delivered, attempt.prepared))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    const QString notes = attempt.prepared.notes.allText();
    html += tr("<h3>Your notes for the mix engineer</h3>");
    html += notes.isEmpty() ? tr("<p><i>No notes were written.</i></p>")
                            : QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(notes.toHtmlEscaped());
    m_details->setHtml(html);
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

} // namespace prepmark
