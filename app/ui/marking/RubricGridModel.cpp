#include "RubricGridModel.h"

#include "core/Verdict.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace prepmark {

RubricGridModel::RubricGridModel(QObject *parent) : QAbstractTableModel(parent) { }

void RubricGridModel::setRubric(const Rubric &rubric, const MarkSheet &sheet)
{
    beginResetModel();
    m_rubric = rubric;
    m_sheet = sheet;
    m_rows.clear();
    for (int d = 0; d < rubric.dimensions.size(); ++d) {
        m_rows.append({d, -1});
        for (int c = 0; c < rubric.dimensions[d].criteria.size(); ++c)
            m_rows.append({d, c});
    }
    endResetModel();
}

bool RubricGridModel::isCriterionRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].criterion >= 0;
}

int RubricGridModel::rowOfCriterion(const QString &criterionKey) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (isCriterionRow(r) && criterionAt(r)->key == criterionKey)
            return r;
    }
    return -1;
}

const Criterion *RubricGridModel::criterionAt(int row) const
{
    if (!isCriterionRow(row))
        return nullptr;
    return &m_rubric.dimensions[m_rows[row].dimension].criteria[m_rows[row].criterion];
}

const Dimension *RubricGridModel::dimensionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rubric.dimensions[m_rows[row].dimension];
}

int RubricGridModel::neighbourCriterionRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (isCriterionRow(r))
            return r;
    }
    return row;
}

void RubricGridModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    // The dimension's header row shows its live score.
    for (int r = row; r >= 0; --r) {
        if (!isCriterionRow(r)) {
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
            break;
        }
    }
    emit sheetChanged();
}

bool RubricGridModel::setLevel(int row, int level)
{
    if (m_readOnly || !isCriterionRow(row) || level < m_rubric.scale.min || level > m_rubric.scale.max)
        return false;
    m_sheet.setLevel(criterionAt(row)->key, level);
    rowChanged(row);
    return true;
}

bool RubricGridModel::acceptProvisional(int row)
{
    if (m_readOnly || !isCriterionRow(row) || !m_sheet.acceptProvisional(criterionAt(row)->key))
        return false;
    rowChanged(row);
    return true;
}

void RubricGridModel::setRemark(const QString &criterionKey, const QString &remark)
{
    if (m_readOnly || m_sheet.remark(criterionKey) == remark)
        return;
    m_sheet.setRemark(criterionKey, remark);
    if (const int row = rowOfCriterion(criterionKey); row >= 0)
        rowChanged(row);
}

void RubricGridModel::setFeedback(const QString &feedback)
{
    if (m_readOnly || m_sheet.feedback() == feedback)
        return;
    m_sheet.setFeedback(feedback);
    emit sheetChanged();
}

int RubricGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RubricGridModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rubric.dimensions.isEmpty())
        return 0;
    return 1 + m_rubric.scale.max - m_rubric.scale.min + 1;
}

Qt::ItemFlags RubricGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RubricGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == RowKindRole)
        return row.criterion < 0 ? DimensionRow : CriterionRow;
    if (role == DimensionKeyRole)
        return m_rubric.dimensions[row.dimension].key;
    return row.criterion < 0 ? dimensionData(row, index.column(), role) : criterionData(row, index.column(), role);
}

QVariant RubricGridModel::dimensionData(const Row &row, int column, int role) const
{
    const Dimension &dimension = m_rubric.dimensions[row.dimension];
    if (column != 0) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xec, 0xef, 0xf4));
        return {};
    }
    const std::optional<double> score = dimensionScore(dimension, m_sheet.levels());
    switch (role) {
    case Qt::DisplayRole: {
        const QString threshold = QLocale().toString(dimension.threshold, 'f', 2);
        if (!score)
            return tr("%1 — not marked yet (threshold %2)").arg(dimension.name, threshold);
        if (!atLeast(*score, dimension.threshold))
            return tr("%1 — %2 ▼ below the threshold %3: blocks adequacy")
                .arg(dimension.name, QLocale().toString(*score, 'f', 2), threshold);
        return tr("%1 — %2 meets the threshold %3").arg(dimension.name, QLocale().toString(*score, 'f', 2), threshold);
    }
    case Qt::ToolTipRole:
        return dimension.description;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (score && !atLeast(*score, dimension.threshold))
            return QBrush(QColor(0xa4, 0x00, 0x00));
        return {};
    case Qt::BackgroundRole:
        return QBrush(QColor(0xec, 0xef, 0xf4));
    default:
        return {};
    }
}

QVariant RubricGridModel::criterionData(const Row &row, int column, int role) const
{
    const Criterion &criterion = m_rubric.dimensions[row.dimension].criteria[row.criterion];
    if (role == CriterionKeyRole)
        return criterion.key;
    const std::optional<int> given = m_sheet.level(criterion.key);
    const std::optional<int> provisional = m_sheet.provisionalLevel(criterion.key);
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole: {
            QString state;
            if (m_sheet.isOverride(criterion.key))
                state = m_sheet.remark(criterion.key).trimmed().isEmpty()
                    ? tr("overrides auto %1 — remark needed").arg(*provisional)
                    : tr("overrides auto %1").arg(*provisional);
            else if (m_sheet.isAccepted(criterion.key))
                state = tr("auto %1 accepted").arg(*provisional);
            else if (provisional)
                state = tr("auto suggests %1").arg(*provisional);
            else if (!given)
                state = tr("not marked");
            else
                state = tr("level %1").arg(*given);
            return QStringLiteral("%1\n%2").arg(criterion.name, state);
        }
        case Qt::ToolTipRole:
            return tr("%1 (weight %2)\nWhat to look at: %3")
                .arg(criterion.name, QLocale().toString(criterion.weight), criterion.evidence);
        case Qt::ForegroundRole:
            if (m_sheet.isOverride(criterion.key) && m_sheet.remark(criterion.key).trimmed().isEmpty())
                return QBrush(QColor(0xa4, 0x00, 0x00));
            return {};
        default:
            return {};
        }
    }
    const int level = levelOfColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        return criterion.levels.value(level);
    case Qt::ToolTipRole:
        return tr("Level %1 — %2: %3")
            .arg(level)
            .arg(m_rubric.scale.labels.value(level), criterion.levels.value(level));
    case LevelRole:
        return level;
    case ChosenRole:
        return given == level;
    case ProvisionalRole:
        return provisional == level;
    case Qt::AccessibleTextRole:
        return tr("%1, level %2%3").arg(criterion.name).arg(level).arg(given == level ? tr(", chosen") : QString());
    default:
        return {};
    }
}

QVariant RubricGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount() || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Criterion");
    const int level = levelOfColumn(section);
    return tr("%1 · %2").arg(level).arg(m_rubric.scale.labels.value(level));
}

} // namespace prepmark
