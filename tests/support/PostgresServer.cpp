#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

namespace prepmark::test {

namespace {

// The newest PostgreSQL server programs Debian installed (/usr/lib/postgresql/<N>/bin).
QString serverBinDirectory()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(
        versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

PostgresServer *g_server = nullptr;

void stopAtExit()
{
    delete g_server;
    g_server = nullptr;
}

} // namespace

bool testsRunOnPostgres()
{
    return qEnvironmentVariable("PREPMARK_TEST_BACKEND") == QLatin1String("postgresql");
}

Result<PostgresServer *> PostgresServer::instance()
{
    static Status started = [] {
        g_server = new PostgresServer;
        const Status status = g_server->start();
        std::atexit(stopAtExit);
        return status;
    }();
    if (!started)
        return started.error();
    return g_server;
}

Result<QString> PostgresServer::runAsServerUser(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    if (m_asPostgresUser) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.setWorkingDirectory(m_folder->path());
    process.start();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(QStringLiteral("%1 %2 failed (exit %3): %4%5")
                             .arg(program, arguments.join(QLatin1Char(' ')))
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(process.readAllStandardError()),
                                 QString::fromLocal8Bit(process.readAllStandardOutput())));
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

Status PostgresServer::start()
{
    m_binDirectory = serverBinDirectory();
    if (m_binDirectory.isEmpty())
        return makeError(QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (Debian package postgresql; "
                                        "./setup.sh installs it)"));
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/prepmark-pg-XXXXXX"));
    if (!m_folder->isValid())
        return makeError(QStringLiteral("cannot make a temporary folder for PostgreSQL"));
    m_dataDirectory = m_folder->filePath(QStringLiteral("data"));
    m_socketDirectory = m_folder->path();
    // PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
    m_asPostgresUser = geteuid() == 0;
    const QString passwordFile = m_folder->filePath(QStringLiteral("owner-password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("%1: cannot write").arg(passwordFile));
        file.write(ownerPassword().toUtf8() + '\n');
    }
    if (m_asPostgresUser) {
        const QStringList chown {QStringLiteral("postgres:postgres"), m_folder->path(), passwordFile};
        if (QProcess::execute(QStringLiteral("chown"), chown) != 0)
            return makeError(QStringLiteral("cannot give %1 to the postgres user").arg(m_folder->path()));
    }
    const Result<QString> initialised = runAsServerUser(m_binDirectory + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), m_dataDirectory, QStringLiteral("-U"), ownerRole(), QStringLiteral("--pwfile"),
            passwordFile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
            QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
    QFile::remove(passwordFile);
    if (!initialised)
        return initialised.error();
    // Only a Unix socket in the temporary folder; no TCP. fsync off: a test cluster
    // needs no durability across power loss, and it makes the tests much faster.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                                .arg(m_socketDirectory);
    const Result<QString> started = runAsServerUser(m_binDirectory + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dataDirectory, QStringLiteral("-o"), options, QStringLiteral("-l"),
            m_folder->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
            QStringLiteral("60"), QStringLiteral("start")});
    if (!started)
        return started.error();
    m_running = true;
    return {};
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        (void)runAsServerUser(m_binDirectory + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dataDirectory, QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop")});
}

DatabaseLocation PostgresServer::location(const QString &databaseName, const QString &user) const
{
    return DatabaseLocation::parse(
        QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, databaseName, m_socketDirectory))
        .value();
}

Result<DatabaseLocation> PostgresServer::createDatabase(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!valid.match(name).hasMatch())
        return makeError(QStringLiteral("%1: not a plain database name").arg(name));
    const Result<QString> created = psql(QStringLiteral("postgres"), ownerRole(), ownerPassword(),
        QStringLiteral("CREATE DATABASE %1 OWNER %2;").arg(name, ownerRole()));
    if (!created)
        return created.error();
    return location(name, ownerRole());
}

Result<QString> PostgresServer::psql(
    const QString &database, const QString &user, const QString &password, const QString &sql) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    environment.remove(QStringLiteral("PGSERVICE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_socketDirectory, QStringLiteral("-U"), user,
            QStringLiteral("-d"), database});
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

} // namespace prepmark::test
