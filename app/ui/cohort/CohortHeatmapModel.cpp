#include "CohortHeatmapModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace prepmark {

CohortHeatmapModel::CohortHeatmapModel(QObject *parent) : QAbstractTableModel(parent) { }

void CohortHeatmapModel::setReport(const CohortReport &report)
{
    beginResetModel();
    m_rubric = report.rubric;
    m_students = report.students;
    endResetModel();
}

int CohortHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int CohortHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rubric.dimensions.isEmpty() ? 0 : verdictColumn() + 1;
}

QVariant CohortHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_students.size() || index.column() >= columnCount())
        return {};
    const CohortReportStudent &student = m_students[index.row()];
    const int column = index.column();
    if (role == SubmissionIdRole)
        return student.submissionId;
    if (column == StudentColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return student.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2): open the submission").arg(student.name, student.studentNumber);
        return {};
    }
    const int d = column - FirstDimensionColumn;
    if (d >= 0 && d < student.verdict.dimensions.size()) {
        const DimensionOutcome &o = student.verdict.dimensions[d];
        switch (role) {
        case Qt::DisplayRole:
            return o.meetsThreshold ? QLocale().toString(o.score, 'f', 2)
                                    : QLocale().toString(o.score, 'f', 2) + QStringLiteral(" ▼");
        case SortRole:
            return o.score;
        case MarginRole:
            return o.margin;
        case NearRole:
            return o.nearThreshold;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return o.meetsThreshold
                ? tr("%1 — %2: %3, %4 above the threshold %5")
                      .arg(student.name, o.name, QLocale().toString(o.score, 'f', 2),
                          QLocale().toString(o.margin, 'f', 2), QLocale().toString(o.threshold, 'f', 2))
                : tr("%1 — %2: %3, %4 below the threshold %5: blocks adequacy%6")
                      .arg(student.name, o.name, QLocale().toString(o.score, 'f', 2),
                          QLocale().toString(-o.margin, 'f', 2), QLocale().toString(o.threshold, 'f', 2),
                          student.soleBlocker == o.key ? tr(" (alone: the only dimension below)") : QString());
        default:
            return {};
        }
    }
    if (column == meanColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(student.verdict.mean, 'f', 2);
        case SortRole:
            return student.verdict.mean;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("The compensatory mean, beside the verdict, never instead of it.");
        default:
            return {};
        }
    }
    if (column == verdictColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            if (student.verdict.adequate)
                return tr("Adequate");
            return student.verdict.masked ? tr("Inadequate · masked") : tr("Inadequate");
        case SortRole:
            return student.verdict.adequate ? 1 : 0;
        case Qt::ForegroundRole:
            return QBrush(student.verdict.adequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return student.verdict.masked
                ? tr("Masked failure: the mean clears the pass line, so an averaged grade would pass.")
                : QVariant();
        default:
            return {};
        }
    }
    return {};
}

QVariant CohortHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int d = section - FirstDimensionColumn;
    const bool isDimension = d >= 0 && d < m_rubric.dimensions.size();
    if (role == Qt::ToolTipRole && isDimension)
        return tr("%1 — threshold %2")
            .arg(m_rubric.dimensions[d].name, QLocale().toString(m_rubric.dimensions[d].threshold, 'f', 2));
    if (role != Qt::DisplayRole)
        return {};
    if (section == StudentColumn)
        return tr("Student");
    if (isDimension) {
        QString name = m_rubric.dimensions[d].name;
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (name.size() > 12 && space > 0)
            name[space] = QLatin1Char('\n');
        return tr("%1\n≥ %2").arg(name, QLocale().toString(m_rubric.dimensions[d].threshold, 'f', 2));
    }
    if (section == meanColumn())
        return tr("Mean");
    if (section == verdictColumn())
        return tr("Verdict");
    return {};
}

} // namespace prepmark
