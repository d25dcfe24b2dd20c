#include "AssignedExercisesModel.h"

#include "ui/common/SubmissionStatusText.h"

#include <QColor>
#include <QLocale>

namespace prepmark {

AssignedExercisesModel::AssignedExercisesModel(QObject *parent) : QAbstractTableModel(parent) { }

void AssignedExercisesModel::setRows(QVector<StudentAssignmentRow> rows, QHash<QString, QString> dimensionNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_dimensionNames = std::move(dimensionNames);
    endResetModel();
}

int AssignedExercisesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignedExercisesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignedExercisesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StudentAssignmentRow &row = m_rows[index.row()];
    const bool overdue = row.submissionId == 0 && row.assignment.dueAt.isValid()
        && row.assignment.dueAt < QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return row.assignment.title;
        case ExerciseColumn:
            return row.assignment.exerciseTitle;
        case ModeColumn:
            return row.assignment.mode == QLatin1String("assessed") ? tr("Assessed") : tr("Practice");
        case DueColumn:
            return row.assignment.dueAt.isValid()
                ? QLocale().toString(row.assignment.dueAt.toLocalTime(), QLocale::ShortFormat)
                : tr("no due date");
        case StatusColumn:
            return overdue ? tr("Overdue") : SubmissionStatusText::forStudent(row.status);
        case AttemptsColumn:
            return row.attempts;
        case VerdictColumn: {
            if (!row.releasedAdequate)
                return row.submissionId == 0 ? QString() : tr("not released yet");
            if (*row.releasedAdequate)
                return tr("Adequate (mean %1)").arg(row.releasedMean, 0, 'f', 2);
            QStringList names;
            for (const QString &key : row.releasedBlocking)
                names << m_dimensionNames.value(key, key);
            return tr("Inadequate — blocked by %1").arg(names.join(QStringLiteral(", ")));
        }
        default:
            return QVariant();
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == VerdictColumn && row.releasedAdequate)
            return *row.releasedAdequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00);
        if (index.column() == StatusColumn && overdue)
            return QColor(0xa4, 0x00, 0x00);
    }
    if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn)
        return int(Qt::AlignCenter);
    return QVariant();
}

QVariant AssignedExercisesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount]
        = {QT_TR_NOOP("Assignment"), QT_TR_NOOP("Exercise"), QT_TR_NOOP("Mode"), QT_TR_NOOP("Due"),
            QT_TR_NOOP("Status"), QT_TR_NOOP("Attempts"), QT_TR_NOOP("Latest verdict")};
    return tr(titles[section]);
}

} // namespace prepmark
