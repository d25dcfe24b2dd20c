#pragma once

#include "storage/SubmissionRepository.h"

#include "core/MarkSheet.h"
#include "core/Rubric.h"

#include <QSqlDatabase>
#include <QVector>

#include <array>

namespace prepmark {

class DemoRandom;

// The marking-side content of the demo programme (DemoDataBuilder): the comment bank,
// stand-in automatic evidence, and the mark sheets the demo's markers enter. Written
// for the five-dimension default rubric.
class DemoMarkingContent
{
public:
    // Shared comments for every dimension and a few of each lecturer's own.
    static Status addCommentBank(const QSqlDatabase &connection, const QVector<Actor> &lecturers);

    // Stand-in evidence with provisional levels for the criteria automatic checks cover
    // (signal integrity and session organisation). The lines say plainly that the level
    // comes from the demo student's profile: the automatic checks that measure it arrive
    // with the student workbench.
    static QVector<EvidenceRecord> evidence(
        const Rubric &rubric, const std::array<double, 5> &latent, DemoRandom &random);

    // A complete sheet: the levels, a remark for every override of a provisional level,
    // and the feedback.
    static MarkSheet sheet(
        const CriterionLevels &levels, const QVector<EvidenceRecord> &evidence, const QString &feedback);

    // A marker part-way through: the first dimensionsDone dimensions marked, one remark.
    static MarkSheet partialSheet(const Rubric &rubric, const std::array<double, 5> &latent, double severity,
        int dimensionsDone, DemoRandom &random);
};

} // namespace prepmark
