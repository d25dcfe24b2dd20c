#include "Rubric.h"

namespace prepmark {

int Rubric::indexOfDimension(const QString &dimensionKey) const
{
    for (int i = 0; i < dimensions.size(); ++i) {
        if (dimensions[i].key == dimensionKey)
            return i;
    }
    return -1;
}

const Dimension *Rubric::dimension(const QString &dimensionKey) const
{
    const int index = indexOfDimension(dimensionKey);
    return index < 0 ? nullptr : &dimensions[index];
}

QStringList Rubric::dimensionKeys() const
{
    QStringList keys;
    for (const Dimension &d : dimensions)
        keys << d.key;
    return keys;
}

const Dimension *Rubric::dimensionOfCriterion(const QString &criterionKey) const
{
    for (const Dimension &d : dimensions) {
        for (const Criterion &c : d.criteria) {
            if (c.key == criterionKey)
                return &d;
        }
    }
    return nullptr;
}

const Criterion *Rubric::criterion(const QString &criterionKey) const
{
    for (const Dimension &d : dimensions) {
        for (const Criterion &c : d.criteria) {
            if (c.key == criterionKey)
                return &c;
        }
    }
    return nullptr;
}

QStringList Rubric::criterionKeys() const
{
    QStringList keys;
    for (const Dimension &d : dimensions) {
        for (const Criterion &c : d.criteria)
            keys << c.key;
    }
    return keys;
}

} // namespace prepmark
