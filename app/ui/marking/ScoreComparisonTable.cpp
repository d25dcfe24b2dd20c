#include "ScoreComparisonTable.h"

#include "core/Verdict.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace prepmark {

namespace {
enum ScoreColumn { DimensionColumn, ThresholdColumn, FirstColumn, SecondColumn, DifferenceColumn, AgreedColumn };
const QColor kBeyond(0xfc, 0xe8, 0xb2);
const QColor kBelow(0xf4, 0xc7, 0xc3);

QTableWidgetItem *makeItem(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QString scoreText(double score, double threshold)
{
    return atLeast(score, threshold) ? QLocale().toString(score, 'f', 2)
                                     : QLocale().toString(score, 'f', 2) + QStringLiteral(" ▼");
}
} // namespace

ScoreComparisonTable::ScoreComparisonTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("moderationScores"));
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
}

QDoubleSpinBox *ScoreComparisonTable::agreedEditor(const QString &dimensionKey) const
{
    const int index = m_rubric.indexOfDimension(dimensionKey);
    return index >= 0 && index < m_agreed.size() ? m_agreed[index] : nullptr;
}

void ScoreComparisonTable::setEditable(bool editable)
{
    for (QDoubleSpinBox *box : m_agreed)
        box->setReadOnly(!editable);
}

bool ScoreComparisonTable::hasAgreedScores() const
{
    return std::any_of(m_agreed.begin(), m_agreed.end(), [](const QDoubleSpinBox *box) { return box->isEnabled(); });
}

DimensionScores ScoreComparisonTable::agreedScores() const
{
    DimensionScores scores;
    for (int i = 0; i < m_agreed.size() && i < m_rubric.dimensions.size(); ++i)
        scores.insert(m_rubric.dimensions[i].key, m_agreed[i]->value());
    return scores;
}

void ScoreComparisonTable::showScores(const Rubric &rubric, const MarkingQueueRow &row,
    const QHash<qint64, DimensionScores> &scores, const std::optional<DimensionScores> &agreed, double tolerance)
{
    const bool firstVisible = row.firstMarkerId != 0 && scores.contains(row.firstMarkerId);
    const bool secondVisible = row.secondMarkerId != 0 && scores.contains(row.secondMarkerId);
    const DimensionScores first = scores.value(row.firstMarkerId);
    const DimensionScores second = scores.value(row.secondMarkerId);
    auto hidden = [&](qint64 markerId, bool completed) {
        return markerId == 0 ? tr("no marker yet") : completed ? tr("hidden (blind marking)") : tr("marking under way");
    };
    m_rubric = rubric;
    // Removing the rows releases the agreed editors (the view deletes its cell widgets).
    m_agreed.clear();
    setRowCount(0);
    clear();
    setColumnCount(AgreedColumn + 1);
    setHorizontalHeaderLabels({tr("Dimension"), tr("Threshold"),
        tr("First: %1").arg(row.firstMarkerName.isEmpty() ? tr("—") : row.firstMarkerName),
        tr("Second: %1").arg(row.secondMarkerName.isEmpty() ? tr("—") : row.secondMarkerName), tr("Difference"),
        tr("Agreed")});
    setRowCount(int(m_rubric.dimensions.size()) + 1); // the last row: each marker's verdict
    for (int r = 0; r < m_rubric.dimensions.size(); ++r) {
        const Dimension &d = m_rubric.dimensions[r];
        setItem(r, DimensionColumn, makeItem(d.name));
        setItem(
            r, ThresholdColumn, makeItem(QLocale().toString(d.threshold, 'f', 2), Qt::AlignRight | Qt::AlignVCenter));
        const auto scoreItem = [&](bool visible, const DimensionScores &s, qint64 markerId, bool completed) {
            QTableWidgetItem *cell = visible && s.contains(d.key)
                ? makeItem(scoreText(s.value(d.key), d.threshold), Qt::AlignRight | Qt::AlignVCenter)
                : makeItem(hidden(markerId, completed), Qt::AlignRight | Qt::AlignVCenter);
            if (visible && s.contains(d.key) && !atLeast(s.value(d.key), d.threshold))
                cell->setBackground(kBelow);
            return cell;
        };
        setItem(r, FirstColumn, scoreItem(firstVisible, first, row.firstMarkerId, row.firstCompleted));
        setItem(r, SecondColumn, scoreItem(secondVisible, second, row.secondMarkerId, row.secondCompleted));
        if (firstVisible && secondVisible) {
            const double difference = second.value(d.key) - first.value(d.key);
            const bool beyond = std::abs(difference) > tolerance + kScoreEpsilon;
            QTableWidgetItem *cell = makeItem(beyond ? tr("%1  ⚠ beyond %2")
                                                           .arg(QLocale().toString(difference, 'f', 2))
                                                           .arg(QLocale().toString(tolerance, 'f', 2))
                                                     : QLocale().toString(difference, 'f', 2),
                Qt::AlignRight | Qt::AlignVCenter);
            if (beyond)
                cell->setBackground(kBeyond);
            setItem(r, DifferenceColumn, cell);
        } else {
            setItem(r, DifferenceColumn, makeItem(tr("—"), Qt::AlignRight | Qt::AlignVCenter));
        }
        auto *box = new QDoubleSpinBox(this);
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
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScoreComparisonTable::agreedChanged);
        setCellWidget(r, AgreedColumn, box);
        m_agreed << box;
    }
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DimensionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgreedColumn, QHeaderView::Fixed);
    header->resizeSection(AgreedColumn, 110);
    const int verdictRow = int(m_rubric.dimensions.size());
    QFont bold = font();
    bold.setBold(true);
    setItem(verdictRow, DimensionColumn, makeItem(tr("Verdict (every dimension at its threshold)")));
    item(verdictRow, DimensionColumn)->setFont(bold);
    setItem(verdictRow, ThresholdColumn, makeItem(QString()));
    bool verdicts[2] = {false, false};
    const bool visible[2] = {firstVisible, secondVisible};
    const DimensionScores *sides[2] = {&first, &second};
    for (int side = 0; side < 2; ++side) {
        const Result<Verdict> verdict
            = visible[side] ? VerdictEngine::evaluate(m_rubric, *sides[side]) : Result<Verdict>(makeError(QString()));
        verdicts[side] = verdict && verdict->adequate;
        QTableWidgetItem *cell = makeItem(!verdict ? tr("—")
                : verdict->adequate                ? tr("adequate")
                                                   : tr("inadequate ▼"),
            Qt::AlignRight | Qt::AlignVCenter);
        cell->setFont(bold);
        if (verdict)
            cell->setForeground(verdict->adequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00));
        setItem(verdictRow, side == 0 ? FirstColumn : SecondColumn, cell);
    }
    const bool disagree = firstVisible && secondVisible && verdicts[0] != verdicts[1];
    setItem(verdictRow, DifferenceColumn,
        makeItem(disagree ? tr("⚠ disagree") : QString(), Qt::AlignRight | Qt::AlignVCenter));
    if (disagree)
        item(verdictRow, DifferenceColumn)->setBackground(kBeyond);
    setItem(verdictRow, AgreedColumn, makeItem(QString()));
    setFixedHeight(horizontalHeader()->sizeHint().height() + 34 * (verdictRow + 1) + 2 * frameWidth() + 2);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < rowCount(); ++r)
        setRowHeight(r, 34);
}

} // namespace prepmark
