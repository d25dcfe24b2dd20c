#include "StudentProfilePage.h"

#include "StandingChartsWidget.h"
#include "SubmissionHistoryModel.h"
#include "ui/common/DimensionBarsWidget.h"

#include "core/RubricLoader.h"
#include "storage/RubricRepository.h"
#include "storage/marking/ReleaseRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace prepmark {

StudentProfilePage::StudentProfilePage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<h2>Your profile</h2>"), this);
    top->addWidget(title);
    top->addStretch();
    auto *methodLabel = new QLabel(tr("&Standing by:"), this);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("standingMethod"));
    m_method->addItem(tr("Decaying average (newest counts 65%)"), int(StandingMethod::DecayingAverage));
    m_method->addItem(tr("Most recent result"), int(StandingMethod::MostRecent));
    m_method->addItem(tr("Highest result"), int(StandingMethod::Highest));
    m_method->addItem(tr("Mean of all results"), int(StandingMethod::Mean));
    m_method->addItem(tr("Twice at threshold"), int(StandingMethod::TimesAtThreshold));
    methodLabel->setBuddy(m_method);
    top->addWidget(methodLabel);
    top->addWidget(m_method);
    outer->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_banner = new QLabel(content);
    m_banner->setObjectName(QStringLiteral("adequacyBanner"));
    m_banner->setTextFormat(Qt::RichText);
    layout->addWidget(m_banner);
    m_blockers = new QLabel(content);
    m_blockers->setObjectName(QStringLiteral("blockersPanel"));
    m_blockers->setTextFormat(Qt::RichText);
    m_blockers->setWordWrap(true);
    m_blockers->setFrameShape(QFrame::StyledPanel);
    m_blockers->setMargin(8);
    layout->addWidget(m_blockers);
    m_bars = new DimensionBarsWidget(content);
    layout->addWidget(m_bars);
    m_charts = new StandingChartsWidget(content);
    layout->addWidget(m_charts, 1);

    layout->addWidget(new QLabel(tr("<h3>Submission history</h3>"), content));
    m_historyState = new QLabel(content);
    m_historyState->setWordWrap(true);
    layout->addWidget(m_historyState);
    auto *history = new QSplitter(Qt::Horizontal, content);
    m_historyModel = new SubmissionHistoryModel(this);
    m_historyView = new QTableView(history);
    m_historyView->setObjectName(QStringLiteral("submissionHistory"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyDetails = new QTextBrowser(history);
    m_historyDetails->setObjectName(QStringLiteral("submissionDetails"));
    history->addWidget(m_historyView);
    history->addWidget(m_historyDetails);
    history->setMinimumHeight(320);
    history->setSizes({620, 480});
    layout->addWidget(history);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_historyDetails->setHtml(m_historyModel->detailsHtml(current.row())); });
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &StudentProfilePage::recompute);
    reload();
}

StandingOptions StudentProfilePage::options() const
{
    StandingOptions options;
    options.method = StandingMethod(m_method->currentData().toInt());
    return options;
}

void StudentProfilePage::reloadHistory()
{
    Rubric rubric = m_rubric;
    if (rubric.dimensions.isEmpty()) {
        if (const Result<Rubric> bundled = RubricLoader::bundled(QStringLiteral("mixprep-5d")); bundled)
            rubric = *bundled;
    }
    const Status loaded = m_historyModel->reload(m_context, rubric);
    if (!loaded) {
        m_historyState->setText(tr("Your history cannot be read: %1").arg(loaded.errorMessage()));
        return;
    }
    m_historyState->setText(m_historyModel->rowCount() == 0
            ? tr("Nothing submitted yet. Open an exercise under Exercises, prepare it and submit: every attempt is "
                 "listed here with its evidence.")
            : tr("Select an attempt to read its automatic evidence, your notes and, once released, your lecturer's "
                 "feedback."));
    m_historyView->resizeColumnsToContents();
    if (m_historyModel->rowCount() > 0)
        m_historyView->selectRow(0);
}

void StudentProfilePage::reload()
{
    m_history.clear();
    reloadHistory();
    const Result<QVector<ReleasedResult>> results
        = ReleaseRepository(m_context.database.connection(), m_context.actor).forStudent(m_context.actor.userId);
    if (!results) {
        m_banner->setText(results.errorMessage().toHtmlEscaped());
        return;
    }
    if (results->isEmpty()) {
        m_banner->setText(tr("<p>No results have been released to you yet.</p>"));
        m_blockers->setText(tr("Your profile fills in as your lecturers release marked work: where you stand in every "
                               "dimension, and what, if anything, stands between you and adequacy."));
        return;
    }
    // The profile is read against the rubric of the newest result; a result marked on
    // a rubric with other dimensions contributes only to the dimensions they share.
    RubricRepository rubrics(m_context.database.connection());
    const ReleasedResult &newest = results->last();
    const Result<qint64> rubricId = rubrics.idOf(newest.rubricKey, newest.rubricVersion);
    const Result<Rubric> rubric = rubricId ? rubrics.load(*rubricId) : Result<Rubric>(rubricId.error());
    if (!rubric) {
        m_banner->setText(rubric.errorMessage().toHtmlEscaped());
        return;
    }
    m_rubric = *rubric;
    reloadHistory();
    for (const ReleasedResult &result : *results) {
        for (auto it = result.scores.constBegin(); it != result.scores.constEnd(); ++it) {
            if (m_rubric.dimension(it.key()))
                m_history[it.key()] << *it;
        }
    }
    recompute();
}

void StudentProfilePage::recompute()
{
    if (m_rubric.dimensions.isEmpty())
        return;
    const StandingOptions chosen = options();
    m_profile = computeStandingProfile(m_rubric, m_history, chosen);

    QVector<DimensionOutcome> outcomes;
    QStringList blockerLines;
    for (const Dimension &dimension : m_rubric.dimensions) {
        const Standing standing = m_profile.dimensions.value(dimension.key);
        DimensionOutcome outcome;
        outcome.key = dimension.key;
        outcome.name = dimension.name;
        outcome.threshold = dimension.threshold;
        outcome.score = standing.value.value_or(m_rubric.scale.min);
        outcome.margin = outcome.score - outcome.threshold;
        outcome.meetsThreshold = standing.atThreshold;
        outcomes << outcome;
        if (standing.atThreshold)
            continue;
        if (!standing.value) {
            blockerLines << tr("<b>%1</b>: not enough results yet to have a standing (%2 so far).")
                                .arg(dimension.name.toHtmlEscaped())
                                .arg(standing.attempts);
        } else {
            const QVector<double> scores = m_history.value(dimension.key);
            blockerLines << tr("<b>%1</b>: you stand at %2, %3 below its threshold %4 (your last result: %5). "
                               "What it covers: %6")
                                .arg(dimension.name.toHtmlEscaped(), QLocale().toString(*standing.value, 'f', 2),
                                    QLocale().toString(dimension.threshold - *standing.value, 'f', 2),
                                    QLocale().toString(dimension.threshold, 'f', 2),
                                    scores.isEmpty() ? tr("none") : QLocale().toString(scores.last(), 'f', 2),
                                    dimension.description.isEmpty() ? tr("this part of the rubric.")
                                                                    : dimension.description.toHtmlEscaped());
        }
    }
    m_bars->setOutcomes(outcomes, m_rubric.scale.min, m_rubric.scale.max);
    m_charts->setHistory(m_rubric, m_history, chosen);

    if (m_profile.adequateNow) {
        m_banner->setText(tr("<h3 style='color:#1b5e20'>Adequate now</h3>"));
        m_blockers->setText(tr("<b>What blocks your adequacy now:</b> nothing. Every dimension stands at its threshold "
                               "at the same time."));
    } else {
        QStringList names;
        for (const QString &key : m_profile.blocking)
            names << m_rubric.dimension(key)->name;
        m_banner->setText(tr("<h3 style='color:#a40000'>Not adequate yet — blocked by %1</h3>")
                              .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
        m_blockers->setText(
            tr("<b>What blocks your adequacy now</b> (preparation is adequate only when every dimension "
               "meets its threshold at the same time; strength elsewhere does not make up for it):")
            + QStringLiteral("<ul><li>") + blockerLines.join(QStringLiteral("</li><li>"))
            + QStringLiteral("</li></ul>"));
    }
}

} // namespace prepmark
