#pragma once

#include "Result.h"
#include "Rubric.h"
#include "Scores.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace prepmark {

// Why a mark sheet cannot be completed yet, for one criterion.
struct MarkSheetProblem
{
    enum class Kind {
        Unmarked, // the criterion has no level
        OverrideWithoutRemark, // the level differs from the automatic provisional level and no remark says why
    };
    Kind kind = Kind::Unmarked;
    QString criterionKey;

    friend bool operator==(const MarkSheetProblem &, const MarkSheetProblem &) = default;
};

// One marker's marking of one attempt while it is being entered: a level and a remark
// per criterion, the overall feedback, and the provisional levels the automatic checks
// proposed. It is saved as a draft (toJson/fromJson) until the marker completes it;
// completing needs every criterion marked and every override of a provisional level
// explained in a remark.
//
// A value type: no I/O; the rubric is passed to the functions that need it.
class MarkSheet
{
public:
    // The automatic checks' provisional level per criterion (criteria without one are
    // "lecturer only"). Not part of the draft: evidence is stored with the attempt.
    void setProvisionalLevels(const QMap<QString, int> &levels) { m_provisional = levels; }
    std::optional<int> provisionalLevel(const QString &criterionKey) const;

    const CriterionLevels &levels() const { return m_levels; }
    std::optional<int> level(const QString &criterionKey) const;
    void setLevel(const QString &criterionKey, int level) { m_levels.insert(criterionKey, level); }
    void clearLevel(const QString &criterionKey) { m_levels.remove(criterionKey); }
    // Sets the level to the provisional one; false when the criterion has none.
    bool acceptProvisional(const QString &criterionKey);

    QString remark(const QString &criterionKey) const { return m_remarks.value(criterionKey); }
    void setRemark(const QString &criterionKey, const QString &remark);
    // Non-empty remarks by criterion key.
    const QMap<QString, QString> &remarks() const { return m_remarks; }

    const QString &feedback() const { return m_feedback; }
    void setFeedback(const QString &feedback) { m_feedback = feedback; }

    // The level differs from the provisional level of the automatic checks.
    bool isOverride(const QString &criterionKey) const;
    bool isAccepted(const QString &criterionKey) const;

    // What stops completion, in rubric order; empty when the sheet can be completed.
    QVector<MarkSheetProblem> problems(const Rubric &rubric) const;
    int markedCount(const Rubric &rubric) const;
    // Scores of the dimensions with at least one marked criterion.
    DimensionScores partialScores(const Rubric &rubric) const;
    // All dimensions' scores, or nullopt while a dimension has no marked criterion.
    std::optional<DimensionScores> scores(const Rubric &rubric) const;

    bool isEmpty() const { return m_levels.isEmpty() && m_remarks.isEmpty() && m_feedback.isEmpty(); }

    // The draft: {"levels": {criterion: level}, "remarks": {criterion: text}, "feedback": text}.
    QJsonObject toJson() const;
    // Reads a draft against the rubric: unknown criteria and levels off the scale are
    // errors naming "<source>: $.levels.<key>".
    static Result<MarkSheet> fromJson(const QJsonObject &json, const Rubric &rubric, const QString &sourceName);

    friend bool operator==(const MarkSheet &a, const MarkSheet &b)
    {
        return a.m_levels == b.m_levels && a.m_remarks == b.m_remarks && a.m_feedback == b.m_feedback;
    }

private:
    CriterionLevels m_levels;
    QMap<QString, QString> m_remarks;
    QString m_feedback;
    QMap<QString, int> m_provisional;
};

} // namespace prepmark
