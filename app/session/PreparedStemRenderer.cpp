#include "PreparedStemRenderer.h"

#include "PreparedTrackRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace prepmark {

const PreparedStem *PreparedStems::forTrack(const QString &trackId) const
{
    for (const PreparedStem &stem : stems) {
        if (stem.trackId == trackId)
            return &stem;
    }
    return nullptr;
}

QStringList PreparedStems::paths() const
{
    QStringList result;
    for (const PreparedStem &stem : stems)
        result << stem.path;
    return result;
}

PreparedStemRenderer::PreparedStemRenderer(PreparedStemOptions options) : m_options(options) { }

QString PreparedStemRenderer::stemFileName(const QString &trackName, const QStringList &used)
{
    QString base;
    for (const QChar c : trackName.trimmed()) {
        const bool forbidden = c.unicode() < 32 || QStringLiteral("/\\:*?\"<>|").contains(c);
        base += forbidden ? QLatin1Char('_') : c;
    }
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Track");
    auto taken = [&](const QString &name) {
        return std::any_of(
            used.begin(), used.end(), [&](const QString &u) { return u.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base + QStringLiteral(".wav");
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2).wav").arg(base).arg(n);
    return name;
}

Result<PreparedStems> PreparedStemRenderer::render(const Session &prepared, const QString &audioDirectory,
    const QString &outputDirectory, ProgressReporter &progress) const
{
    if (prepared.sampleRate <= 0 || prepared.lengthSamples <= 0)
        return makeError(QStringLiteral("session \"%1\": no sample rate or length to render at").arg(prepared.title));
    if (!QDir().mkpath(outputDirectory))
        return makeError(QStringLiteral("%1: cannot create the folder for prepared stems").arg(outputDirectory));
    if (QDir(outputDirectory).absolutePath() == QDir(audioDirectory).absolutePath()
        || QDir(outputDirectory).absolutePath() == QDir(audioDirectory).filePath(QStringLiteral("stems")))
        return makeError(
            QStringLiteral("%1: prepared stems must not be written over the delivered files").arg(outputDirectory));

    const QVector<SessionTrack> tracks = prepared.activeTracks();
    PreparedStems result;
    result.directory = QDir(outputDirectory).absolutePath();
    QStringList used;
    QStringList outputs;
    for (const SessionTrack &track : tracks) {
        const QString name = stemFileName(track.name.trimmed().isEmpty() ? track.id : track.name, used);
        used << name;
        outputs << QDir(outputDirectory).filePath(name);
    }
    result.stems.resize(tracks.size());

    QThreadPool pool;
    const int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    pool.setMaxThreadCount(std::max(1, threads));
    QMutex mutex;
    std::optional<std::pair<int, Error>> firstError;
    std::atomic<int> done {0};
    std::atomic<bool> stop {false};
    progress.setProgress(0);
    for (int i = 0; i < tracks.size(); ++i) {
        pool.start([&, i] {
            if (stop.load() || progress.wasCancelled()) {
                stop.store(true);
                return;
            }
            Result<PreparedStem> stem
                = PreparedTrackRenderer::render(prepared, tracks[i], audioDirectory, outputs[i], progress);
            if (stem) {
                result.stems[i] = std::move(stem).value();
            } else {
                const QMutexLocker lock(&mutex);
                // the error of the first track in session order, whatever the timing
                if (!firstError || i < firstError->first)
                    firstError = std::make_pair(i, stem.error());
                stop.store(true);
            }
            const int finished = ++done;
            progress.setProgress(100 * finished / std::max<int>(1, int(tracks.size())));
        });
    }
    pool.waitForDone();
    if (progress.wasCancelled())
        return makeError(QStringLiteral("cancelled"));
    if (firstError)
        return firstError->second;
    return result;
}

} // namespace prepmark
