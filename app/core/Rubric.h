#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// One thing a lecturer marks, on every level of the rubric's scale. Criterion keys
// are unique across a whole rubric, so a mark can be stored by criterion key alone.
struct Criterion
{
    QString key;
    QString name;
    double weight = 1.0; // > 0; relative inside its dimension
    QString evidence; // what the marker looks at to decide
    QMap<int, QString> levels; // one written descriptor for every level of the scale
    // The automatic check that gives this criterion a provisional level (a name from
    // CheckCatalogue); empty when only a lecturer can judge it.
    QString check;
    // An essential criterion below its dimension's threshold caps the dimension's score
    // at its level: the dimension cannot be adequate while an essential part of it fails
    // (e.g. one related pair still out of polarity). Optional, "essential": true.
    bool essential = false;
};

// A dimension of preparation, scored as the weighted mean of its criteria's levels,
// capped by any essential criterion that is below the threshold (dimensionScore).
struct Dimension
{
    QString key;
    QString name;
    QString description;
    double threshold = 3.0; // adequate in this dimension when score >= threshold
    QVector<Criterion> criteria;
};

struct Scale
{
    int min = 1;
    int max = 5;
    QMap<int, QString> labels; // a label for every level min..max
};

// The settings of the comparison-only hybrid policy (see VerdictEngine.h).
struct HybridSettings
{
    double floor = 2.5; // no dimension may fall below this
    QStringList required; // these dimensions must reach their own threshold
};

// A marking scheme as data (rubrics/*.json). Nothing in the code may assume the
// number of dimensions or their keys (docs/ARCHITECTURE.md, "The idea every part serves").
class Rubric
{
public:
    QString key;
    int version = 1;
    QString title;
    QString description;
    Scale scale;
    double meanPassLine = 3.0; // the line a traditional averaged grade would use
    double nearThresholdBand = 0.25; // |score - threshold| <= band is "near threshold"
    HybridSettings hybrid;
    QVector<Dimension> dimensions;

    // Index of the dimension with this key, or -1.
    int indexOfDimension(const QString &dimensionKey) const;
    const Dimension *dimension(const QString &dimensionKey) const;
    QStringList dimensionKeys() const;

    // The dimension a criterion belongs to, or nullptr when no such criterion exists.
    const Dimension *dimensionOfCriterion(const QString &criterionKey) const;
    const Criterion *criterion(const QString &criterionKey) const;
    QStringList criterionKeys() const;

    // "key@version", the identity results are stored against.
    QString identity() const { return key + QLatin1Char('@') + QString::number(version); }
};

} // namespace prepmark
