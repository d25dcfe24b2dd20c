#pragma once

#include "core/Result.h"
#include "core/Rubric.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace prepmark {

// Rubrics stored with their version. A key@version is immutable once stored: storing
// it again with other content is an Error (bump the version instead), so results
// marked against it keep meaning what they meant. Readable by everyone signed in.
class RubricRepository
{
public:
    explicit RubricRepository(QSqlDatabase connection);

    // definition: the rubric's JSON text; it is validated with RubricLoader first.
    // Returns the id, the existing one when the same definition is stored already.
    Result<qint64> store(const QByteArray &definition, const QString &sourceName);
    Result<Rubric> load(qint64 rubricId) const;
    Result<qint64> idOf(const QString &key, int version) const;

private:
    QSqlDatabase m_connection;
};

} // namespace prepmark
