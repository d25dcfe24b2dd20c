#include "ExercisePage.h"

#include "ui/common/TaskProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace prepmark {

ExercisePage::ExercisePage(WorkbenchTask task, RenderOptions options, QWidget *parent)
    : QWidget(parent), m_task(std::move(task)), m_options(std::move(options))
{
    setObjectName(QStringLiteral("exercisePage"));
    const Exercise &exercise = m_task.exercise;
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Exercises"), this);
    connect(back, &QPushButton::clicked, this, &ExercisePage::backRequested);
    top->addWidget(back);
    top->addStretch();
    layout->addLayout(top);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<h2 style='margin-bottom:0'>%1</h2><p style='color:#5a6570; margin-top:2px'>%2 · %3 · "
                      "difficulty %4 of 3 · %5 bpm %6 · %7 · %n track(s) delivered</p>",
        nullptr, int(exercise.tracks.size()))
                       .arg(exercise.title.toHtmlEscaped(), exercise.artist.toHtmlEscaped(), genreName(exercise.genre))
                       .arg(exercise.difficulty)
                       .arg(exercise.tempo, 0, 'f', 0)
                       .arg(exercise.meter.toString(), exercise.musicalKey.toHtmlEscaped()));
    layout->addWidget(title);

    auto *taskLabel = new QLabel(this);
    taskLabel->setObjectName(QStringLiteral("exerciseTask"));
    taskLabel->setTextFormat(Qt::RichText);
    taskLabel->setWordWrap(true);
    if (m_task.isPractice()) {
        taskLabel->setText(tr("<b>Practice.</b> Submit as often as you like: each attempt is checked at once and "
                              "shows what you fixed, what you missed, and which dimension blocks adequacy."));
    } else {
        const QString due = m_task.dueAt.isValid()
            ? tr("due %1").arg(QLocale().toString(m_task.dueAt.toLocalTime(), QLocale::LongFormat))
            : tr("no due date");
        taskLabel->setText(m_task.assessed
                ? tr("<b>Assessed: %1</b> (%2). Your submission and its automatic evidence go to your lecturer; "
                     "the result appears in your profile once it is released.")
                      .arg(m_task.assignmentTitle.toHtmlEscaped(), due)
                : tr("<b>Assignment: %1</b> (%2).").arg(m_task.assignmentTitle.toHtmlEscaped(), due));
    }
    taskLabel->setStyleSheet(QStringLiteral("background: #f4f6f8; border-radius: 4px; padding: 8px;"));
    layout->addWidget(taskLabel);

    auto *brief = new QTextBrowser(this);
    brief->setObjectName(QStringLiteral("exerciseBrief"));
    QString html = tr("<h3>The artist's brief</h3><p>%1</p>").arg(exercise.brief.toHtmlEscaped());
    if (!exercise.artistNotes.isEmpty()) {
        html += tr("<h3>Artist's notes</h3>") + QStringLiteral("<ul>");
        for (const QString &note : exercise.artistNotes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    QStringList sections;
    for (const Section &section : exercise.sections)
        sections << tr("%1 (bar %2)").arg(section.name.toHtmlEscaped()).arg(section.firstBar);
    html += tr("<h3>Arrangement</h3><p>%1</p>").arg(sections.join(QStringLiteral(" · ")));
    QStringList files;
    for (const DeliveredTrack &track : exercise.tracks)
        files << QStringLiteral("<code>%1</code>").arg(track.file.toHtmlEscaped());
    html += tr("<h3>Delivered files</h3><p>%1</p>").arg(files.join(QStringLiteral(", ")));
    brief->setHtml(html);
    layout->addWidget(brief, 1);

    m_progress = new TaskProgressPanel(this);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exerciseStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_open = new QPushButton(tr("&Open the session in the workbench"), this);
    m_open->setObjectName(QStringLiteral("openWorkbench"));
    m_open->setDefault(true);
    m_open->setToolTip(tr("Renders the session the first time (a few seconds), then opens it from the cache"));
    bottom->addWidget(m_open);
    layout->addLayout(bottom);
    connect(m_open, &QPushButton::clicked, this, &ExercisePage::prepareSession);
}

void ExercisePage::prepareSession()
{
    auto result = std::make_shared<Result<LoadedSession>>(makeError(QString()));
    const Exercise exercise = m_task.exercise;
    const RenderOptions options = m_options;
    m_open->setEnabled(false);
    m_status->hide();
    const bool started = m_progress->start(
        tr("Preparing the session of %1").arg(exercise.title),
        [result, exercise, options](
            ProgressReporter &progress) { *result = ExerciseSessionLoader(options).load(exercise, progress); },
        [this, result] {
            m_open->setEnabled(true);
            if (!*result) {
                m_status->setText(m_progress->wasCancelled()
                        ? tr("Cancelled. Nothing was lost: open the session again when you are ready.")
                        : tr("The session could not be prepared: %1").arg(result->errorMessage()));
                m_status->setStyleSheet(QStringLiteral("color: #611a15; background: #fdecea; padding: 6px;"));
                m_status->show();
                return;
            }
            emit sessionReady(**result);
        });
    if (!started)
        m_open->setEnabled(true);
}

} // namespace prepmark
