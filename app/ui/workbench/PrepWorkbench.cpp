#include "PrepWorkbench.h"

#include "ArrangeView.h"
#include "FindingsList.h"
#include "PlaybackController.h"
#include "SessionDocument.h"
#include "SessionNotesEditor.h"
#include "TrackTableDelegate.h"
#include "TrackTableModel.h"
#include "WaveformLanes.h"

#include "session/SessionJson.h"
#include "storage/WorkbenchDraftRepository.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace prepmark {

PrepWorkbench::PrepWorkbench(
    UserContext &context, WorkbenchTask task, LoadedSession loaded, const Session &start, QWidget *parent)
    : QWidget(parent), m_context(context), m_task(std::move(task)), m_loaded(std::move(loaded))
{
    setObjectName(QStringLiteral("prepWorkbench"));
    m_document = new SessionDocument(start, this);
    m_model = new TrackTableModel(m_document, this);
    m_issues = TrackIssueMap::build(m_loaded.analysis, m_loaded.rendered.session);
    m_playback = new PlaybackController(m_loaded.rendered.directory, this);
    m_playback->setSession(m_document->session());
    m_playback->setAudible([this](const QString &id) { return m_model->isAudible(id); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildToolbar());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workbenchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trackTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TrackTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TrackTableModel::ReasonColumn, QHeaderView::Stretch);
    const int widths[TrackTableModel::ColumnCount] = {30, 30, 170, 110, 90, 90, 80, 30, 78, 130, 66, 70, 44, 160, 66};
    // At least as wide as the header, which is longer in some languages.
    for (int c = 0; c < TrackTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::max(widths[c], m_table->horizontalHeader()->sectionSizeHint(c)));

    m_arrange = new ArrangeView(m_document, this);
    m_arrange->setIssues(m_issues, tr("Analysis of the delivered session"));
    for (auto it = m_loaded.peaks.constBegin(); it != m_loaded.peaks.constEnd(); ++it)
        m_arrange->setPeaks(it.key(), *it);
    m_arrange->setAudibility([this](const QString &id) { return m_model->isAudible(id); });

    auto *timeline = new QSplitter(Qt::Vertical, this);
    timeline->addWidget(m_table);
    timeline->addWidget(m_arrange);
    timeline->setStretchFactor(1, 1);
    timeline->setSizes({230, 520});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(timeline);
    main->addWidget(buildSidePanel());
    main->setStretchFactor(0, 1);
    main->setSizes({1180, 380});
    layout->addWidget(main, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_arrange->setSelectedRow(current.row()); });
    connect(m_arrange, &ArrangeView::rowClicked, this, &PrepWorkbench::selectRow);
    connect(m_arrange, &ArrangeView::seekRequested, m_playback, &PlaybackController::seek);
    connect(m_playback, &PlaybackController::positionChanged, m_arrange, &ArrangeView::setPlayheadSeconds);
    connect(m_playback, &PlaybackController::problem, this,
        [this](const QString &text) { showMessage(text.toHtmlEscaped(), true); });
    connect(m_model, &TrackTableModel::monitoringChanged, m_arrange, [this] {
        m_arrange->update();
        m_arrange->lanes()->update();
    });
    connect(m_findings, &FindingsList::trackChosen, this,
        [this](const QString &id) { selectRow(m_document->session().indexOf(id)); });

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveDraft(); });
    connect(m_document, &SessionDocument::changed, this, [this] {
        m_dirty = true;
        m_draftState->setText(tr("Unsaved changes…"));
        m_autosave->start();
        if (!m_playback->isPlaying())
            m_playback->setSession(m_document->session());
    });
}

PrepWorkbench::~PrepWorkbench()
{
    if (m_dirty)
        saveDraft();
}

QWidget *PrepWorkbench::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *back = new QPushButton(tr("← &Exercise"), bar);
    back->setObjectName(QStringLiteral("workbenchBack"));
    connect(back, &QPushButton::clicked, this, &PrepWorkbench::backRequested);
    auto *title = new QLabel(bar);
    title->setTextFormat(Qt::RichText);
    const QString task = m_task.isPractice() ? tr("Practice")
        : m_task.assessed                    ? tr("Assessed: %1").arg(m_task.assignmentTitle)
                                             : tr("Assignment: %1").arg(m_task.assignmentTitle);
    title->setText(
        tr("<span style='font-size:15px'><b>%1</b></span> &nbsp;<span style='color:#5a6570'>%2 · %3</span>")
            .arg(m_task.exercise.title.toHtmlEscaped(), m_task.exercise.artist.toHtmlEscaped(), task.toHtmlEscaped()));

    auto makeTool = [bar](QAction *action, const QString &name) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *up = new QAction(tr("Move up"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QAction::triggered, this, [this] { moveSelected(-1); });
    auto *down = new QAction(tr("Move down"), this);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(down, &QAction::triggered, this, [this] { moveSelected(1); });
    auto *empty = new QAction(tr("Remove empty tracks"), this);
    empty->setToolTip(tr("Mark every track the analysis found to hold only silence as removed"));
    connect(empty, &QAction::triggered, this, [this] {
        const int removed = removeEmptyTracks();
        showMessage(removed == 0 ? tr("No empty track is left in the session.")
                                 : tr("Removed %n empty track(s). Undo with Ctrl+Z.", nullptr, removed));
    });
    for (QAction *action : {up, down}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    m_play = new QPushButton(tr("▶ &Play"), bar);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setEnabled(m_playback->isAvailable());
    m_play->setToolTip(m_playback->isAvailable() ? tr("Play the prepared session from the playhead (Space)")
                                                 : m_playback->unavailableReason());
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_playback->isPlaying())
            m_playback->stop();
        else
            m_playback->play();
    });
    connect(m_playback, &PlaybackController::playingChanged, this,
        [this](bool playing) { m_play->setText(playing ? tr("■ &Stop") : tr("▶ &Play")); });
    auto *playState = new QLabel(bar);
    playState->setObjectName(QStringLiteral("playbackState"));
    playState->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    playState->setText(m_playback->isAvailable() ? QString() : tr("No audio output — playback off"));
    playState->setToolTip(m_playback->unavailableReason());

    m_draftState = new QLabel(tr("No changes yet"), bar);
    m_draftState->setObjectName(QStringLiteral("draftState"));
    m_draftState->setStyleSheet(QStringLiteral("color: #5a6570;"));
    m_submit = new QPushButton(m_task.assessed ? tr("&Submit to lecturer…") : tr("&Submit and check…"), bar);
    m_submit->setObjectName(QStringLiteral("submitPreparation"));
    m_submit->setDefault(true);
    m_submit->setStyleSheet(QStringLiteral("QPushButton { background: #1565c0; color: white; font-weight: bold; "
                                           "padding: 5px 14px; border-radius: 4px; } "
                                           "QPushButton:disabled { background: #90a4ae; }"));
    connect(m_submit, &QPushButton::clicked, this, &PrepWorkbench::submitRequested);

    row->addWidget(back);
    row->addSpacing(8);
    row->addWidget(title, 1);
    row->addWidget(makeTool(undo, QStringLiteral("undoButton")));
    row->addWidget(makeTool(redo, QStringLiteral("redoButton")));
    row->addWidget(makeTool(up, QStringLiteral("moveUpButton")));
    row->addWidget(makeTool(down, QStringLiteral("moveDownButton")));
    row->addWidget(makeTool(empty, QStringLiteral("removeEmptyButton")));
    row->addSpacing(12);
    row->addWidget(m_play);
    row->addWidget(playState);
    row->addSpacing(12);
    row->addWidget(m_draftState);
    row->addWidget(m_submit);
    return bar;
}

QWidget *PrepWorkbench::buildSidePanel()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("workbenchSide"));
    m_notes = new SessionNotesEditor(m_document, tabs);
    m_findings = new FindingsList(m_document, tabs);
    m_findings->setIssues(m_issues);
    auto *brief = new QTextBrowser(tabs);
    brief->setObjectName(QStringLiteral("workbenchBrief"));
    QString html = tr("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                       .arg(m_task.exercise.title.toHtmlEscaped(), m_task.exercise.artist.toHtmlEscaped(),
                           m_task.exercise.brief.toHtmlEscaped());
    if (!m_task.exercise.artistNotes.isEmpty()) {
        html += tr("<h4>Artist's notes</h4>") + QStringLiteral("<ul>");
        for (const QString &note : m_task.exercise.artistNotes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    brief->setHtml(html);
    tabs->addTab(m_notes, tr("&Notes"));
    tabs->addTab(m_findings, tr("F&indings (%1)").arg(m_issues.totalCount()));
    tabs->addTab(brief, tr("&Brief"));
    tabs->setMinimumWidth(300);
    return tabs;
}

void PrepWorkbench::showMessage(const QString &html, bool problem)
{
    m_message->setText(html);
    m_message->setStyleSheet(problem
            ? QStringLiteral(
                "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px;")
            : QStringLiteral(
                "background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb; border-radius: 4px; padding: 6px;"));
    m_message->setVisible(!html.isEmpty());
}

Status PrepWorkbench::saveDraft()
{
    m_autosave->stop();
    const Status saved = WorkbenchDraftRepository(m_context.database.connection(), m_context.actor)
                             .save(m_task.exercise.key, m_task.assignmentId,
                                 QString::fromUtf8(SessionJson::toJson(m_document->session())));
    if (!saved) {
        m_draftState->setText(tr("Draft not saved"));
        showMessage(tr("Your draft could not be saved: %1").arg(saved.errorMessage()).toHtmlEscaped(), true);
        return saved;
    }
    m_dirty = false;
    m_draftState->setText(tr("Draft saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return saved;
}

void PrepWorkbench::markSubmitted()
{
    m_autosave->stop();
    m_dirty = false;
    m_draftState->setText(tr("Submitted"));
}

int PrepWorkbench::removeEmptyTracks()
{
    QStringList empty;
    for (const AnalysisIssue &issue : m_loaded.analysis.issues) {
        if (issue.kind != IssueKind::Silent)
            continue;
        for (const SessionTrack &track : m_document->session().tracks) {
            if (issue.files.contains(QFileInfo(track.file).fileName()))
                empty << track.id;
        }
    }
    return m_document->removeTracks(empty, tr("Remove empty tracks"));
}

void PrepWorkbench::moveSelected(int step)
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const int target = row + step;
    if (target < 0 || target >= m_document->trackCount())
        return;
    m_document->moveTrack(row, target);
    selectRow(target);
}

void PrepWorkbench::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, TrackTableModel::NameColumn));
    m_table->selectRow(row);
}

} // namespace prepmark
