#pragma once

#include "grading/facts/GradingCheck.h"

#include <QString>
#include <QStringList>

namespace prepmark {

// The implementation of every name in CheckCatalogue (tests/grading checks both lists
// are the same).
class CheckRegistry
{
public:
    // nullptr for an unknown name. The check lives as long as the program.
    static const GradingCheck *find(const QString &name);
    static QStringList names();
};

} // namespace prepmark
