#include "StudentExercisesPage.h"

#include "AssignedExercisesModel.h"
#include "ExerciseLibraryFilter.h"
#include "ExerciseLibraryModel.h"

#include "core/RubricLoader.h"
#include "exercise/ExerciseLoader.h"
#include "storage/AssignmentRepository.h"
#include "storage/PracticeRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(26);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(false);
    return view;
}

QHash<QString, QString> defaultDimensionNames()
{
    QHash<QString, QString> names;
    if (const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d")); rubric) {
        for (const Dimension &dimension : rubric->dimensions)
            names.insert(dimension.key, dimension.name);
    }
    return names;
}
} // namespace

StudentExercisesPage::StudentExercisesPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("studentExercises"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Your exercises</h2>"), this);
    layout->addWidget(title);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    layout->addWidget(new QLabel(tr("<b>Assigned to you</b> — double-click to open the exercise"), this));
    m_assigned = new AssignedExercisesModel(this);
    m_assignedView = makeTable(m_assigned, QStringLiteral("assignedExercises"), this);
    m_assignedView->setMaximumHeight(170);
    m_assignedEmpty = new QLabel(tr("No assignments yet. When your lecturers set one, it appears here with its due "
                                    "date; meanwhile, practise on any exercise below."),
        this);
    m_assignedEmpty->setWordWrap(true);
    m_assignedEmpty->setStyleSheet(QStringLiteral("color: #5a6570; padding: 8px;"));
    layout->addWidget(m_assignedView);
    layout->addWidget(m_assignedEmpty);

    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(new QLabel(tr("<b>Practice library</b>"), this));
    libraryRow->addSpacing(16);
    auto *genreLabel = new QLabel(tr("&Genre:"), this);
    m_genre = new QComboBox(this);
    m_genre->setObjectName(QStringLiteral("genreFilter"));
    m_genre->addItem(tr("All genres"), QString());
    for (const Genre genre : allGenres())
        m_genre->addItem(genreName(genre), genreKey(genre));
    genreLabel->setBuddy(m_genre);
    auto *difficultyLabel = new QLabel(tr("&Difficulty:"), this);
    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficultyFilter"));
    m_difficulty->addItem(tr("Any"), 0);
    m_difficulty->addItem(tr("1 — introductory"), 1);
    m_difficulty->addItem(tr("2 — intermediate"), 2);
    m_difficulty->addItem(tr("3 — advanced"), 3);
    difficultyLabel->setBuddy(m_difficulty);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("librarySummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #5a6570;"));
    auto *open = new QPushButton(tr("&Open exercise"), this);
    libraryRow->addWidget(genreLabel);
    libraryRow->addWidget(m_genre);
    libraryRow->addWidget(difficultyLabel);
    libraryRow->addWidget(m_difficulty);
    libraryRow->addStretch();
    libraryRow->addWidget(m_summary);
    libraryRow->addWidget(open);
    layout->addLayout(libraryRow);

    m_library = new ExerciseLibraryModel(this);
    m_filter = new ExerciseLibraryFilter(this);
    m_filter->setSourceModel(m_library);
    m_libraryView = makeTable(m_filter, QStringLiteral("exerciseLibrary"), this);
    layout->addWidget(m_libraryView, 1);

    connect(m_genre, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setGenre(m_genre->currentData().toString());
        updateSummary();
    });
    connect(m_difficulty, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDifficulty(m_difficulty->currentData().toInt());
        updateSummary();
    });
    connect(m_libraryView, &QTableView::activated, this, &StudentExercisesPage::openLibraryRow);
    connect(m_libraryView, &QTableView::doubleClicked, this, &StudentExercisesPage::openLibraryRow);
    connect(open, &QPushButton::clicked, this, [this] { openLibraryRow(m_libraryView->currentIndex()); });
    connect(m_assignedView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit assignmentOpened(m_assigned->rowAt(index.row()).assignment.id);
    });

    const Result<QVector<Exercise>> exercises = ExerciseLoader::allBundled();
    if (exercises)
        m_exercises = *exercises;
    else {
        m_problem->setText(tr("The bundled exercises cannot be read: %1").arg(exercises.errorMessage()));
        m_problem->show();
    }
    m_library->setExercises(m_exercises);
    reload();
    m_libraryView->resizeColumnsToContents();
    m_libraryView->setColumnWidth(ExerciseLibraryModel::TitleColumn, 340);
}

void StudentExercisesPage::reload()
{
    const QHash<QString, QString> names = defaultDimensionNames();
    QSqlDatabase connection = m_context.database.connection();
    const Result<QVector<StudentAssignmentRow>> assigned
        = AssignmentRepository(connection, m_context.actor).forStudent(m_context.actor.userId);
    const Result<QHash<QString, PracticeProgress>> progress
        = PracticeRepository(connection, m_context.actor).progress(m_context.actor.userId);
    QStringList problems;
    if (assigned)
        m_assigned->setRows(*assigned, names);
    else
        problems << assigned.errorMessage();
    if (progress)
        m_library->setProgress(*progress, names);
    else
        problems << progress.errorMessage();
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
    }
    m_assignedView->setVisible(m_assigned->rowCount() > 0);
    m_assignedEmpty->setVisible(m_assigned->rowCount() == 0);
    m_assignedView->resizeColumnsToContents();
    updateSummary();
}

void StudentExercisesPage::updateSummary()
{
    int tried = 0;
    int adequate = 0;
    for (int row = 0; row < m_library->rowCount(); ++row) {
        const QModelIndex attempts = m_library->index(row, ExerciseLibraryModel::AttemptsColumn);
        tried += attempts.data().toInt() > 0 ? 1 : 0;
        adequate
            += m_library->index(row, ExerciseLibraryModel::ProgressColumn).data().toString() == tr("Adequate") ? 1 : 0;
    }
    m_summary->setText(tr("showing %1 of %2 · %3 tried · %4 adequate")
                           .arg(m_filter->rowCount())
                           .arg(m_library->rowCount())
                           .arg(tried)
                           .arg(adequate));
}

void StudentExercisesPage::openLibraryRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    emit practiceOpened(proxyIndex.data(ExerciseLibraryModel::KeyRole).toString());
}

} // namespace prepmark
