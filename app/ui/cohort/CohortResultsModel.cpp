#include "CohortResultsModel.h"

#include "ui/common/SubmissionStatusText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace prepmark {

namespace {
const QColor kBelowThreshold(0xf4, 0xc7, 0xc3);
const QColor kNearThreshold(0xfc, 0xe8, 0xb2);
const QColor kInadequate(0xa4, 0x00, 0x00);
const QColor kAdequate(0x1b, 0x5e, 0x20);
} // namespace

CohortResultsModel::CohortResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CohortResultsModel::setResults(const Rubric &rubric, const QVector<StudentResultRow> &rows)
{
    beginResetModel();
    m_rubric = rubric;
    m_rows.clear();
    for (const StudentResultRow &source : rows) {
        Row row {source, std::nullopt};
        if (source.agreedScores) {
            const Result<Verdict> verdict = VerdictEngine::evaluate(rubric, *source.agreedScores);
            if (verdict)
                row.verdict = *verdict;
        }
        m_rows << row;
    }
    endResetModel();
}

int CohortResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CohortResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rubric.dimensions.isEmpty() ? 0 : maskedColumn() + 1;
}

QString CohortResultsModel::dimensionNames(const QStringList &keys) const
{
    QStringList names;
    for (const QString &key : keys) {
        const Dimension *dimension = m_rubric.dimension(key);
        names << (dimension ? dimension->name : key);
    }
    return names.join(QStringLiteral(", "));
}

QString CohortResultsModel::statusText(const Row &row) const
{
    if (row.source.hiddenByBlindMarking)
        return tr("hidden until release (blind marking)");
    if (row.source.submissionId == 0)
        return tr("not submitted");
    return SubmissionStatusText::text(row.source.status);
}

QVariant CohortResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    const int dimensionIndex = column - FirstDimensionColumn;
    const bool isDimension = dimensionIndex >= 0 && dimensionIndex < m_rubric.dimensions.size();

    if (column == StudentColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.source.studentName;
        return {};
    }
    if (column == NumberColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.source.studentNumber;
        return {};
    }
    if (!row.verdict) {
        if (column == verdictColumn() && (role == Qt::DisplayRole || role == SortRole))
            return statusText(row);
        if (role == SortRole)
            return -1.0;
        if (role == Qt::DisplayRole && (isDimension || column == meanColumn()))
            return QStringLiteral("—");
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::gray);
        return {};
    }
    const Verdict &verdict = *row.verdict;
    if (isDimension) {
        const DimensionOutcome &outcome = verdict.dimensions[dimensionIndex];
        switch (role) {
        case Qt::DisplayRole:
            return outcome.meetsThreshold ? QLocale().toString(outcome.score, 'f', 2)
                                          : QLocale().toString(outcome.score, 'f', 2) + QStringLiteral(" ▼");
        case SortRole:
            return outcome.score;
        case Qt::BackgroundRole:
            if (!outcome.meetsThreshold)
                return QBrush(kBelowThreshold);
            if (outcome.nearThreshold)
                return QBrush(kNearThreshold);
            return {};
        case Qt::ToolTipRole:
            return outcome.meetsThreshold
                ? tr("%1: %2, %3 above the threshold %4")
                      .arg(outcome.name, QLocale().toString(outcome.score, 'f', 2),
                          QLocale().toString(outcome.margin, 'f', 2), QLocale().toString(outcome.threshold, 'f', 2))
                : tr("%1: %2, %3 below the threshold %4 — this blocks adequacy")
                      .arg(outcome.name, QLocale().toString(outcome.score, 'f', 2),
                          QLocale().toString(-outcome.margin, 'f', 2), QLocale().toString(outcome.threshold, 'f', 2));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (column == meanColumn()) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(verdict.mean, 'f', 2);
        if (role == SortRole)
            return verdict.mean;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("The compensatory mean, shown beside the verdict, never instead of it.");
        return {};
    }
    if (column == verdictColumn()) {
        if (role == Qt::DisplayRole || role == SortRole)
            return verdict.adequate ? tr("Adequate") : tr("Inadequate");
        if (role == Qt::ForegroundRole)
            return QBrush(verdict.adequate ? kAdequate : kInadequate);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (column == blockingColumn()) {
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return dimensionNames(verdict.blocking);
        return {};
    }
    if (column == maskedColumn()) {
        if (role == Qt::DisplayRole || role == SortRole)
            return verdict.masked ? tr("masked") : QString();
        if (role == Qt::ToolTipRole && verdict.masked)
            return tr("The mean %1 clears the pass line %2, so an averaged grade would pass this student.")
                .arg(QLocale().toString(verdict.mean, 'f', 2), QLocale().toString(m_rubric.meanPassLine, 'f', 2));
        return {};
    }
    return {};
}

QVariant CohortResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int dimensionIndex = section - FirstDimensionColumn;
    if (role == Qt::ToolTipRole && dimensionIndex >= 0 && dimensionIndex < m_rubric.dimensions.size()) {
        const Dimension &d = m_rubric.dimensions[dimensionIndex];
        return tr("%1 — threshold %2").arg(d.name, QLocale().toString(d.threshold, 'f', 2));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == StudentColumn)
        return tr("Student");
    if (section == NumberColumn)
        return tr("Number");
    if (dimensionIndex >= 0 && dimensionIndex < m_rubric.dimensions.size()) {
        // Long names on two lines keep the columns narrow enough to see the row whole.
        QString name = m_rubric.dimensions[dimensionIndex].name;
        const qsizetype middle = name.size() / 2;
        const qsizetype left = name.lastIndexOf(QLatin1Char(' '), middle);
        const qsizetype right = name.indexOf(QLatin1Char(' '), middle);
        const qsizetype split = left < 0 ? right : (right < 0 || middle - left <= right - middle ? left : right);
        if (name.size() > 14 && split > 0)
            name[split] = QLatin1Char('\n');
        return name;
    }
    if (section == meanColumn())
        return tr("Mean");
    if (section == verdictColumn())
        return tr("Verdict");
    if (section == blockingColumn())
        return tr("Blocked by");
    if (section == maskedColumn())
        return tr("Masked");
    return {};
}

int CohortResultsModel::markedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.verdict.has_value(); }));
}

int CohortResultsModel::adequateCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.verdict && r.verdict->adequate; }));
}

int CohortResultsModel::maskedCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.verdict && r.verdict->masked; }));
}

QMap<QString, int> CohortResultsModel::blockingCounts() const
{
    QMap<QString, int> counts;
    for (const Dimension &d : m_rubric.dimensions)
        counts.insert(d.key, 0);
    for (const Row &row : m_rows) {
        if (!row.verdict)
            continue;
        for (const QString &key : row.verdict->blocking)
            ++counts[key];
    }
    return counts;
}

} // namespace prepmark
