#include "CliDatabase.h"

#include "storage/SchemaMigrator.h"

#include <QFileInfo>

namespace prepmark::cli {

Result<std::unique_ptr<Database>> openExistingDatabase(const QString &path, DatabaseAccess access)
{
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("%1: no such database").arg(path));
    // Writable opens never migrate implicitly either: Existing mode would, so check first.
    {
        auto probe = Database::open(path, Database::Mode::ReadOnly);
        if (!probe)
            return probe.error();
        if (const int version = (*probe)->schemaVersion(); version < SchemaMigrator::latestVersion())
            return makeError(QStringLiteral("%1: schema version %2 is older than this PrepMark's (%3); run "
                                            "`prepmark-cli db migrate --db %1` first")
                                 .arg(path)
                                 .arg(version)
                                 .arg(SchemaMigrator::latestVersion()));
        if (access == DatabaseAccess::ReadOnly)
            return probe;
    }
    return Database::open(path, Database::Mode::Existing);
}

Result<std::unique_ptr<Database>> openDatabaseFromOptions(const OptionParser &options, DatabaseAccess access)
{
    const QString path = options.value(SharedOption::database);
    if (path.isEmpty())
        return makeError(QStringLiteral("missing --%1").arg(SharedOption::database));
    return openExistingDatabase(path, access);
}

Result<CohortRecord> cohortFromOptions(const OptionParser &options, const Database &database, const Actor &actor)
{
    const QString name = options.value(SharedOption::cohort);
    if (name.isEmpty())
        return makeError(QStringLiteral("missing --%1").arg(SharedOption::cohort));
    const Result<std::optional<CohortRecord>> cohort = CohortRepository(database.connection(), actor).findByName(name);
    if (!cohort)
        return cohort.error();
    if (!cohort->has_value())
        return makeError(QStringLiteral("%1: no cohort named \"%2\"").arg(database.path(), name));
    return **cohort;
}

} // namespace prepmark::cli
