#include "SessionInspectorWidget.h"

#include "ui/common/TaskProgressPanel.h"
#include "ui/workbench/ArrangeView.h"
#include "ui/workbench/ExerciseSessionLoader.h"
#include "ui/workbench/SessionDocument.h"
#include "ui/workbench/TrackTableModel.h"

#include "exercise/ExerciseLoader.h"
#include "session/SessionJson.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace prepmark {

SessionInspectorWidget::SessionInspectorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionInspector"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto *notesLabel = new QLabel(tr("<b>Student's notes for the mix engineer</b>"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(110);
    notesLabel->setBuddy(m_notes);
    m_sessionState = new QLabel(this);
    m_sessionState->setObjectName(QStringLiteral("inspectorState"));
    m_sessionState->setWordWrap(true);
    m_sessionState->setTextFormat(Qt::RichText);
    m_loadWaveforms = new QPushButton(tr("Show &waveforms and findings"), this);
    m_loadWaveforms->setObjectName(QStringLiteral("inspectorWaveforms"));
    m_loadWaveforms->setToolTip(tr("Renders the exercise's session the first time (a few seconds), analyses it and "
                                   "draws it with the student's preparation"));
    m_progress = new TaskProgressPanel(this);
    m_sessionArea = new QWidget(this);
    new QVBoxLayout(m_sessionArea);
    m_sessionArea->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_sessionState);
    layout->addWidget(m_loadWaveforms, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_sessionArea, 1);
    connect(m_loadWaveforms, &QPushButton::clicked, this, &SessionInspectorWidget::loadWaveforms);
    m_loadWaveforms->hide();
}

SessionInspectorWidget::~SessionInspectorWidget() = default;

void SessionInspectorWidget::clearSession()
{
    ++m_generation;
    if (m_progress->isRunning())
        m_progress->cancel();
    delete m_view;
    m_table = nullptr;
    m_arrange = nullptr;
    delete m_model;
    m_model = nullptr;
    delete m_document;
    m_document = nullptr;
    m_loadWaveforms->hide();
}

void SessionInspectorWidget::showAttempt(const AttemptRecord &attempt)
{
    clearSession();
    m_summary->setText(tr("<b>Attempt %1</b>, submitted %2")
                           .arg(attempt.number)
                           .arg(QLocale().toString(attempt.submittedAt.toLocalTime(), QLocale::ShortFormat)));
    m_notes->setPlainText(attempt.notes.isEmpty() ? tr("(no notes)") : attempt.notes);
    if (attempt.sessionJson.trimmed().isEmpty()) {
        m_sessionState->setText(tr("<b>Prepared session</b><br>No prepared session is stored with this attempt."));
        return;
    }
    const Result<Session> session
        = SessionJson::fromJson(attempt.sessionJson.toUtf8(), tr("the session stored with attempt %1").arg(attempt.id));
    if (!session) {
        m_sessionState->setText(
            tr("<b>Prepared session</b><br>It cannot be shown: %1").arg(session.errorMessage().toHtmlEscaped()));
        return;
    }
    m_session = *session;
    m_document = new SessionDocument(m_session, this);
    m_model = new TrackTableModel(m_document, this);
    m_model->setReadOnly(true);
    m_view = new QSplitter(Qt::Vertical, m_sessionArea);
    m_table = new QTableView(m_view);
    m_table->setObjectName(QStringLiteral("trackTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->hideColumn(TrackTableModel::MuteColumn);
    m_table->hideColumn(TrackTableModel::SoloColumn);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_arrange = new ArrangeView(m_document, m_view);
    m_arrange->setReadOnly(true);
    m_view->addWidget(m_table);
    m_view->addWidget(m_arrange);
    m_view->setStretchFactor(1, 1);
    m_sessionArea->layout()->addWidget(m_view);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_arrange,
        [this](const QModelIndex &current) { m_arrange->setSelectedRow(current.row()); });
    m_sessionState->setText(tr("<b>Prepared session</b>: %n track(s), %1 section marker(s), as submitted.", nullptr,
        int(m_session.tracks.size()))
                                .arg(m_session.markers.size()));
    m_loadWaveforms->setVisible(!m_session.exerciseKey.isEmpty());
    // Draw at once when the exercise is already rendered on this computer.
    const Result<Exercise> exercise = ExerciseLoader::bundled(m_session.exerciseKey);
    if (exercise
        && QFileInfo::exists(
            QDir(SessionRenderer().cacheDirectory(*exercise)).filePath(QStringLiteral("session.json"))))
        loadWaveforms();
}

void SessionInspectorWidget::loadWaveforms()
{
    if (!m_arrange)
        return;
    const Result<Exercise> exercise = ExerciseLoader::bundled(m_session.exerciseKey);
    if (!exercise) {
        m_sessionState->setText(
            tr("<b>Waveforms</b>: exercise %1 cannot be opened: %2")
                .arg(m_session.exerciseKey.toHtmlEscaped(), exercise.errorMessage().toHtmlEscaped()));
        return;
    }
    auto result = std::make_shared<Result<LoadedSession>>(makeError(QString()));
    const Exercise loadedExercise = *exercise;
    const int generation = m_generation;
    m_loadWaveforms->setEnabled(false);
    m_progress->start(
        tr("Rendering and analysing %1").arg(exercise->title),
        [result, loadedExercise](
            ProgressReporter &progress) { *result = ExerciseSessionLoader().load(loadedExercise, progress); },
        [this, result, generation] {
            m_loadWaveforms->setEnabled(true);
            if (!m_arrange || generation != m_generation)
                return;
            if (!*result) {
                m_sessionState->setText(tr("<b>Waveforms</b>: %1").arg(result->errorMessage().toHtmlEscaped()));
                return;
            }
            for (auto it = (*result)->peaks.constBegin(); it != (*result)->peaks.constEnd(); ++it)
                m_arrange->setPeaks(it.key(), *it);
            m_arrange->setIssues(
                TrackIssueMap::build((*result)->analysis, m_session), tr("Analysis of the delivered session"));
            m_loadWaveforms->hide();
        });
}

} // namespace prepmark
