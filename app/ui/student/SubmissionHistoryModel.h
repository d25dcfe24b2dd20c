#pragma once

#include "ui/common/UserContext.h"

#include "core/Rubric.h"
#include "storage/SubmissionRepository.h"
#include "storage/marking/ReleaseRepository.h"

#include <QAbstractTableModel>
#include <QJsonObject>

#include <optional>

namespace prepmark {

// One submitted attempt in a student's history: an assignment's or a practice one.
struct HistoryEntry
{
    qint64 attemptId = 0;
    bool practice = false;
    QDateTime submittedAt;
    QString task; // the assignment's title, or "Practice"
    QString exerciseKey;
    int number = 0;
    QString status; // the submission's marking status; empty for practice
    QString notes;
    QVector<EvidenceRecord> evidence; // the automatic checks (assignments)
    QJsonObject grading; // the automatic grading (practice); empty when not graded
    std::optional<ReleasedResult> released; // the lecturer's result once released
};

// A student's submission history, newest first: every attempt at an assignment and in
// practice, with the automatic evidence, and the lecturer's verdict and feedback once
// released. What the student may read is decided by the repositories.
class SubmissionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubmittedColumn,
        TaskColumn,
        ExerciseColumn,
        AttemptColumn,
        StatusColumn,
        VerdictColumn,
        ColumnCount
    };

    explicit SubmissionHistoryModel(QObject *parent = nullptr);

    // Reads the history of the context's student; on an error the model is left empty.
    Status reload(UserContext &context, const Rubric &rubric);
    const HistoryEntry &entryAt(int row) const { return m_entries[row]; }
    // Evidence, feedback and notes of an attempt, as HTML for a reader.
    QString detailsHtml(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString verdictText(const HistoryEntry &entry) const;
    QString dimensionNames(const QStringList &keys) const;

    QVector<HistoryEntry> m_entries;
    Rubric m_rubric;
};

} // namespace prepmark
