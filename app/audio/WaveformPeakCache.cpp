#include "WaveformPeakCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace prepmark {

WaveformPeakCache::WaveformPeakCache(QString directory) : m_directory(std::move(directory)) { }

QString WaveformPeakCache::cachePath(const QString &stemPath) const
{
    const QFileInfo info(stemPath);
    const QByteArray key = info.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(info.size()) + '\n'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(m_directory).filePath(info.completeBaseName() + QLatin1Char('-') + hash + QStringLiteral(".peaks"));
}

Result<WaveformPeaks> WaveformPeakCache::peaks(const QString &stemPath, ProgressReporter &progress) const
{
    if (!QFileInfo::exists(stemPath))
        return makeError(QStringLiteral("%1: no such stem").arg(stemPath));
    const QString path = cachePath(stemPath);
    QFile cached(path);
    if (cached.open(QIODevice::ReadOnly)) {
        Result<WaveformPeaks> stored = WaveformPeaks::fromBytes(cached.readAll(), path);
        if (stored)
            return stored;
    }
    Result<WaveformPeaks> computed = WaveformPeaks::compute(stemPath, WaveformPeaks::kDefaultFramesPerBucket, progress);
    if (!computed)
        return computed;
    // The cache is an optimisation: failing to write it loses nothing.
    if (QDir().mkpath(m_directory)) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(computed->toBytes());
            file.commit();
        }
    }
    return computed;
}

} // namespace prepmark
