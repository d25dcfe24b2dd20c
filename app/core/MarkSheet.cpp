#include "MarkSheet.h"

#include "JsonObjectReader.h"

namespace prepmark {

std::optional<int> MarkSheet::provisionalLevel(const QString &criterionKey) const
{
    const auto it = m_provisional.constFind(criterionKey);
    return it == m_provisional.constEnd() ? std::nullopt : std::optional<int>(*it);
}

std::optional<int> MarkSheet::level(const QString &criterionKey) const
{
    const auto it = m_levels.constFind(criterionKey);
    return it == m_levels.constEnd() ? std::nullopt : std::optional<int>(*it);
}

bool MarkSheet::acceptProvisional(const QString &criterionKey)
{
    const std::optional<int> provisional = provisionalLevel(criterionKey);
    if (!provisional)
        return false;
    m_levels.insert(criterionKey, *provisional);
    return true;
}

void MarkSheet::setRemark(const QString &criterionKey, const QString &remark)
{
    if (remark.trimmed().isEmpty())
        m_remarks.remove(criterionKey);
    else
        m_remarks.insert(criterionKey, remark);
}

bool MarkSheet::isOverride(const QString &criterionKey) const
{
    const std::optional<int> provisional = provisionalLevel(criterionKey);
    const std::optional<int> given = level(criterionKey);
    return provisional && given && *provisional != *given;
}

bool MarkSheet::isAccepted(const QString &criterionKey) const
{
    const std::optional<int> provisional = provisionalLevel(criterionKey);
    return provisional && level(criterionKey) == provisional;
}

QVector<MarkSheetProblem> MarkSheet::problems(const Rubric &rubric) const
{
    QVector<MarkSheetProblem> found;
    for (const Dimension &dimension : rubric.dimensions) {
        for (const Criterion &criterion : dimension.criteria) {
            if (!m_levels.contains(criterion.key))
                found.append({MarkSheetProblem::Kind::Unmarked, criterion.key});
            else if (isOverride(criterion.key) && remark(criterion.key).trimmed().isEmpty())
                found.append({MarkSheetProblem::Kind::OverrideWithoutRemark, criterion.key});
        }
    }
    return found;
}

int MarkSheet::markedCount(const Rubric &rubric) const
{
    int count = 0;
    for (const QString &key : rubric.criterionKeys())
        count += m_levels.contains(key) ? 1 : 0;
    return count;
}

DimensionScores MarkSheet::partialScores(const Rubric &rubric) const
{
    DimensionScores result;
    for (const Dimension &dimension : rubric.dimensions) {
        if (const std::optional<double> score = dimensionScore(dimension, m_levels))
            result.insert(dimension.key, *score);
    }
    return result;
}

std::optional<DimensionScores> MarkSheet::scores(const Rubric &rubric) const
{
    const DimensionScores partial = partialScores(rubric);
    if (partial.size() != rubric.dimensions.size())
        return std::nullopt;
    return partial;
}

QJsonObject MarkSheet::toJson() const
{
    QJsonObject levels;
    for (auto it = m_levels.constBegin(); it != m_levels.constEnd(); ++it)
        levels.insert(it.key(), *it);
    QJsonObject remarks;
    for (auto it = m_remarks.constBegin(); it != m_remarks.constEnd(); ++it)
        remarks.insert(it.key(), *it);
    return QJsonObject {{QStringLiteral("levels"), levels}, {QStringLiteral("remarks"), remarks},
        {QStringLiteral("feedback"), m_feedback}};
}

Result<MarkSheet> MarkSheet::fromJson(const QJsonObject &json, const Rubric &rubric, const QString &sourceName)
{
    JsonErrorSink sink(sourceName);
    JsonObjectReader root(json, QStringLiteral("$"), sink);
    MarkSheet sheet;
    const QJsonObject levels = root.optionalObject(QStringLiteral("levels"));
    for (auto it = levels.constBegin(); it != levels.constEnd() && !sink.failed(); ++it) {
        const QString path = root.childPath(QStringLiteral("levels")) + QLatin1Char('.') + it.key();
        if (!rubric.criterion(it.key())) {
            sink.fail(path, QStringLiteral("\"%1\" is not a criterion of rubric %2").arg(it.key(), rubric.identity()));
            break;
        }
        const double value = it->toDouble(-1.0);
        if (!it->isDouble() || value != int(value) || value < rubric.scale.min || value > rubric.scale.max) {
            sink.fail(path,
                QStringLiteral("level must be a whole number from %1 to %2")
                    .arg(rubric.scale.min)
                    .arg(rubric.scale.max));
            break;
        }
        sheet.setLevel(it.key(), int(value));
    }
    const QJsonObject remarks = root.optionalObject(QStringLiteral("remarks"));
    for (auto it = remarks.constBegin(); it != remarks.constEnd() && !sink.failed(); ++it) {
        const QString path = root.childPath(QStringLiteral("remarks")) + QLatin1Char('.') + it.key();
        if (!rubric.criterion(it.key()))
            sink.fail(path, QStringLiteral("\"%1\" is not a criterion of rubric %2").arg(it.key(), rubric.identity()));
        else if (!it->isString())
            sink.fail(path, QStringLiteral("a remark must be text"));
        else
            sheet.setRemark(it.key(), it->toString());
    }
    sheet.setFeedback(root.optionalString(QStringLiteral("feedback")));
    root.rejectUnknownFields();
    if (sink.failed())
        return sink.error();
    return sheet;
}

} // namespace prepmark
