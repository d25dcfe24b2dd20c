#pragma once

#include <QString>
#include <QStringList>

namespace prepmark {

// The names of the automatic checks a rubric criterion may ask for with its optional
// "check" field (rubrics/*.json). The checks themselves live in app/grading (its
// CheckRegistry implements exactly these names, which tests/grading verifies); the
// list is here so that RubricLoader can reject an unknown name while core stays free
// of the grading library.
//
// Every check judges on levels 1-5 following the descriptors of the criterion it was
// written for (the default rubric's, or the foundation rubric's for "*_foundation");
// a rubric whose scale is not 1-5 cannot use checks.
class CheckCatalogue
{
public:
    static const QStringList &names();
    static bool isKnown(const QString &name);
    static constexpr int kScaleMin = 1;
    static constexpr int kScaleMax = 5;
};

} // namespace prepmark
