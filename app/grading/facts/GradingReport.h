#pragma once

#include "core/Scores.h"
#include "core/Verdict.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// The automatic grade of one rubric criterion.
struct CriterionGrade
{
    QString key; // criterion key
    QString name; // criterion name, for people
    QString dimension; // key of its dimension
    QString check; // the rubric's "check" for it; empty when no check covers it
    // Provisional level on the rubric's scale; nullopt = lecturer only (no check covers
    // the criterion, or the exercise gives the check nothing to judge). Never guessed.
    std::optional<int> level;
    // Lines for the student and the lecturer, e.g. "Snare Bottom is still inverted
    // against Snare Top: r = -0.82". Always at least one line.
    QStringList evidence;

    bool judged() const { return level.has_value(); }
};

// What automatic grading found for one prepared session.
//
// Dimensions with no judged criterion (every criterion lecturer only) are listed in
// lecturerOnlyDimensions and left out of scores and verdict: the automatic verdict is
// the conjunctive verdict over the judged dimensions only, and complete() says whether
// that is every dimension of the rubric. A lecturer's mark is needed before such a
// report can be called adequate: an incomplete report is never final.
struct GradingReport
{
    QString rubric; // Rubric::identity() of the rubric graded against
    QString exercise; // exercise key
    QVector<CriterionGrade> criteria; // every criterion of the rubric, in rubric order
    CriterionLevels levels; // judged criteria only
    DimensionScores scores; // weighted means over the judged criteria (core's dimensionScore)
    QStringList lecturerOnlyDimensions; // in rubric order
    Verdict verdict; // conjunctive, from VerdictEngine, over the dimensions in scores

    bool complete() const { return lecturerOnlyDimensions.isEmpty(); }
    const CriterionGrade *criterion(const QString &criterionKey) const;
    // Criteria of one dimension, in rubric order.
    QVector<CriterionGrade> criteriaOf(const QString &dimensionKey) const;
};

} // namespace prepmark
