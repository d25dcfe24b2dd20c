#include "LiveVerdictPanel.h"

#include "ui/common/DimensionBarsWidget.h"

#include "core/Verdict.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace prepmark {

LiveVerdictPanel::LiveVerdictPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("liveVerdict"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("liveVerdictLabel"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_bars = new DimensionBarsWidget(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_bars);
    layout->addWidget(m_detail);
}

void LiveVerdictPanel::showScores(
    const Rubric &rubric, const DimensionScores &scores, int markedCriteria, int totalCriteria)
{
    // The bars show every marked dimension, whether or not the verdict can be reached.
    Verdict partial;
    for (const Dimension &dimension : rubric.dimensions) {
        if (!scores.contains(dimension.key))
            continue;
        DimensionOutcome outcome;
        outcome.key = dimension.key;
        outcome.name = dimension.name;
        outcome.score = scores.value(dimension.key);
        outcome.threshold = dimension.threshold;
        outcome.margin = outcome.score - outcome.threshold;
        outcome.meetsThreshold = atLeast(outcome.score, outcome.threshold);
        outcome.nearThreshold = std::abs(outcome.margin) <= rubric.nearThresholdBand + kScoreEpsilon;
        partial.dimensions << outcome;
    }
    if (partial.dimensions.isEmpty())
        m_bars->clear();
    else
        m_bars->setVerdict(partial, rubric.scale.min, rubric.scale.max);

    const Result<Verdict> verdict = VerdictEngine::evaluate(rubric, scores);
    if (!verdict) {
        QStringList blockedSoFar;
        for (const DimensionOutcome &o : partial.dimensions) {
            if (!o.meetsThreshold)
                blockedSoFar << o.name;
        }
        m_verdict->setText(tr("<b style='font-size:13pt'>Verdict: not yet</b>"));
        QString detail = tr("%1 of %2 criteria marked; the verdict appears when every dimension has a mark.")
                             .arg(markedCriteria)
                             .arg(totalCriteria);
        if (!blockedSoFar.isEmpty())
            detail += QStringLiteral("<br>")
                + tr("<span style='color:#a40000'>Already below threshold: %1</span>")
                      .arg(blockedSoFar.join(QStringLiteral(", ")).toHtmlEscaped());
        m_detail->setText(detail);
        return;
    }
    QStringList blocking;
    for (const QString &key : verdict->blocking)
        blocking << rubric.dimension(key)->name;
    m_verdict->setText(verdict->adequate
            ? tr("<b style='font-size:13pt;color:#1b5e20'>✓ Adequate</b> · mean %1")
                  .arg(QLocale().toString(verdict->mean, 'f', 2))
            : tr("<b style='font-size:13pt;color:#a40000'>✗ Inadequate</b> — blocked by %1 · mean %2")
                  .arg(blocking.join(QStringLiteral(", ")).toHtmlEscaped())
                  .arg(QLocale().toString(verdict->mean, 'f', 2)));
    QString detail = tr("%1 of %2 criteria marked.").arg(markedCriteria).arg(totalCriteria);
    if (verdict->masked)
        detail += QLatin1Char(' ')
            + tr("<b>Masked failure:</b> the mean clears %1, so an averaged grade would pass this.")
                  .arg(QLocale().toString(rubric.meanPassLine, 'f', 2));
    m_detail->setText(detail);
}

} // namespace prepmark
