#include "FilesystemCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace prepmark {

namespace {
std::function<QString(const QString &)> &probe()
{
    static std::function<QString(const QString &)> custom;
    return custom;
}

// mountinfo escapes spaces and a few other characters as \ooo.
QString unescapeMountPath(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}
} // namespace

Status FilesystemCheck::createOwnerOnlyFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(
            QStringLiteral("%1: cannot create: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return {};
}

void FilesystemCheck::setTypeProbeForTests(std::function<QString(const QString &)> typeProbe)
{
    probe() = std::move(typeProbe);
}

QString FilesystemCheck::filesystemTypeOf(const QString &path)
{
    if (probe())
        return probe()(path);
    // The deepest existing folder on the way to path, resolved: a new file is created there.
    QFileInfo info(path);
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/"))
        existing = QFileInfo(existing).absolutePath();
    const QString resolved = QFileInfo(existing).canonicalFilePath();
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (resolved.isEmpty() || !mounts.open(QIODevice::ReadOnly))
        return {};
    // Fields: id parent major:minor root mountpoint options [optional...] - fstype source super
    QString bestMount;
    QString bestType;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf(QByteArray("-"));
        if (fields.size() < 5 || separator < 0 || separator + 1 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountPath(fields[4]);
        const bool contains = resolved == mountPoint || mountPoint == QLatin1String("/")
            || resolved.startsWith(mountPoint + QLatin1Char('/'));
        // The last matching line of the longest mount point wins (mounts stack in order).
        if (contains && mountPoint.size() >= bestMount.size()) {
            bestMount = mountPoint;
            bestType = QString::fromUtf8(fields[separator + 1]);
        }
    }
    return bestType;
}

bool FilesystemCheck::isNetworkFilesystem(const QString &type)
{
    static const QStringList network {QStringLiteral("nfs"), QStringLiteral("nfs4"), QStringLiteral("cifs"),
        QStringLiteral("smb"), QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("fuse.sshfs"),
        QStringLiteral("sshfs"), QStringLiteral("afs"), QStringLiteral("ceph"), QStringLiteral("glusterfs"),
        QStringLiteral("fuse.glusterfs"), QStringLiteral("9p"), QStringLiteral("lustre"), QStringLiteral("davfs"),
        QStringLiteral("fuse.davfs2"), QStringLiteral("fuse.rclone"), QStringLiteral("ncpfs"), QStringLiteral("coda")};
    return network.contains(type);
}

} // namespace prepmark
