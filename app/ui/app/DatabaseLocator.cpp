#include "DatabaseLocator.h"

#include "demo/DemoDataBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace prepmark {

QString DatabaseLocator::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("prepmark.db"));
}

Result<DatabaseLocator::Opened> DatabaseLocator::openOrCreateDemo(const QString &path, ProgressReporter &progress)
{
    const bool isNew = !QFileInfo::exists(path);
    if (isNew && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::Mode::CreateOrMigrate);
    if (!database)
        return database.error();
    Opened opened {std::move(database).value(), false};
    if (isNew) {
        const Result<DemoSummary> demo = DemoDataBuilder(*opened.database).build(progress);
        if (!demo) {
            opened.database.reset();
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            return makeError(
                QStringLiteral("%1: could not build the demo database: %2").arg(path, demo.errorMessage()));
        }
        opened.createdDemo = true;
    }
    return opened;
}

bool DatabaseLocator::isDemo(const Database &database)
{
    return database.setting(QStringLiteral("demo")) == QLatin1String("1");
}

} // namespace prepmark
