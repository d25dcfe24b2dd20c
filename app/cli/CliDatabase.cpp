#include "CliDatabase.h"

#include "storage/SchemaMigrator.h"

#include <QFileInfo>

namespace prepmark::cli {

Result<std::unique_ptr<Database>> openExistingDatabase(const QString &path, bool writable)
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
        if (!writable)
            return probe;
    }
    return Database::open(path, Database::Mode::Existing);
}

} // namespace prepmark::cli
