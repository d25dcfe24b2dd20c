#include "AudioFileFinder.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <sndfile.h>

#include <algorithm>

namespace prepmark {

QStringList AudioFileFinder::audioExtensions()
{
    // Aliases that libsndfile reads but does not list as a format's extension.
    QStringList extensions = {QStringLiteral("wave"), QStringLiteral("aif"), QStringLiteral("aifc"),
        QStringLiteral("ogg"), QStringLiteral("opus")};
    int count = 0;
    sf_command(nullptr, SFC_GET_FORMAT_MAJOR_COUNT, &count, sizeof(count));
    for (int i = 0; i < count; ++i) {
        SF_FORMAT_INFO info {};
        info.format = i;
        if (sf_command(nullptr, SFC_GET_FORMAT_MAJOR, &info, sizeof(info)) != 0 || !info.extension)
            continue;
        const QString extension = QString::fromLatin1(info.extension).toLower();
        // Headerless raw data cannot be read without being told its format.
        if (extension != QLatin1String("raw") && !extensions.contains(extension))
            extensions << extension;
    }
    return extensions;
}

Result<QStringList> AudioFileFinder::find(const QStringList &paths)
{
    const QStringList extensions = audioExtensions();
    QCollator collator;
    collator.setNumericMode(true);
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(QStringLiteral("%1: no such file or folder").arg(path));
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList inFolder;
        const QDir dir(path);
        for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Readable, QDir::NoSort)) {
            if (extensions.contains(entry.suffix().toLower()))
                inFolder << dir.filePath(entry.fileName());
        }
        std::sort(inFolder.begin(), inFolder.end(),
            [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        files << inFolder;
    }
    return files;
}

} // namespace prepmark
