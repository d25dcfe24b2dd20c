#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace prepmark {

// Where an SQLite file may live. SQLite's locking (and its WAL shared memory) does not work
// over network filesystems: two PrepMark clients on an NFS or SMB share would corrupt the
// file. Such a path is refused with a message that points to the department server.
class FilesystemCheck
{
public:
    // The type of the filesystem that holds path (or the folder it would be created in),
    // as /proc/self/mountinfo names it ("ext4", "nfs4", "cifs", "fuse.sshfs"); empty if unknown.
    static QString filesystemTypeOf(const QString &path);
    // Whether that type is a network filesystem SQLite must not be used on.
    static bool isNetworkFilesystem(const QString &type);

    // Creates an empty file readable and writable by its owner only (O_EXCL: never an
    // existing one): new databases and their backups (SQLite gives -wal and -shm files the
    // database's permissions). Marks and password hashes are nobody else's business.
    static Status createOwnerOnlyFile(const QString &path);

    // Tests replace how the type is found (no test can mount NFS); nullptr restores it.
    static void setTypeProbeForTests(std::function<QString(const QString &)> probe);
};

} // namespace prepmark
