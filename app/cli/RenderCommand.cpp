#include "Commands.h"
#include "OptionParser.h"

#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"
#include "session/SessionRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMutex>

namespace prepmark::cli {
namespace {

// Prints "key: 40%" lines to stderr at every tenth, from any thread.
class LineProgress : public ProgressReporter
{
public:
    LineProgress(QTextStream &stream, QString label) : m_stream(stream), m_label(std::move(label)) { }

    void setProgress(int percent) override
    {
        const QMutexLocker lock(&m_mutex);
        if (percent / 10 <= m_lastTenth)
            return;
        m_lastTenth = percent / 10;
        m_stream << m_label << ": " << percent << "%\n";
        m_stream.flush();
    }
    void setMessage(const QString &) override { }
    bool wasCancelled() const override { return false; }

private:
    QTextStream &m_stream;
    QString m_label;
    QMutex m_mutex;
    int m_lastTenth = -1;
};

QString usage()
{
    return QStringLiteral("usage: prepmark-cli render (KEY... | --all | --exercise FILE) --out DIR\n"
                          "                          [--excerpt BARS] [--soundfont FILE] [--threads N] [--quiet]\n"
                          "Every exercise is written to DIR/<key>/: session.json and stems/*.wav.\n"
                          "--excerpt BARS renders only the first BARS bars of every section.\n");
}

// What `render` was asked to do.
struct RenderSettings
{
    bool all = false; // every bundled exercise
    QStringList keys; // bundled exercises by key
    QString exerciseFile; // an exercise.json
    QString out; // DIR: each exercise goes to DIR/<key>/
    int excerptBars = 0; // 0: the whole exercise
    bool quiet = false;
    RenderOptions renderOptions;
};

// The settings, or the usage problem of the command line.
Result<RenderSettings> readSettings(const QStringList &arguments)
{
    OptionParser options;
    options.flag(QStringLiteral("all"))
        .flag(QStringLiteral("quiet"))
        .valueOption(QStringLiteral("out"))
        .valueOption(QStringLiteral("exercise"))
        .valueOption(QStringLiteral("excerpt"))
        .valueOption(QStringLiteral("soundfont"))
        .valueOption(QStringLiteral("threads"));
    if (!options.parse(arguments) || !options.require(QStringLiteral("out")))
        return makeError(options.error());
    RenderSettings settings;
    settings.all = options.isSet(QStringLiteral("all"));
    settings.keys = options.positional();
    settings.exerciseFile = options.value(QStringLiteral("exercise"));
    if (int(settings.all) + int(options.isSet(QStringLiteral("exercise"))) + int(!settings.keys.isEmpty()) != 1)
        return makeError(QStringLiteral("give exercise keys, --all or --exercise FILE (one of them)"));
    if ((options.isSet(QStringLiteral("exercise")) && !options.require(QStringLiteral("exercise")))
        || !options.readCount(QStringLiteral("excerpt"), settings.excerptBars, QStringLiteral("bars"))
        || !options.readCount(QStringLiteral("threads"), settings.renderOptions.threads, QStringLiteral("threads")))
        return makeError(options.error());
    settings.out = options.value(QStringLiteral("out"));
    settings.quiet = options.isSet(QStringLiteral("quiet"));
    settings.renderOptions.soundFontPath = options.value(QStringLiteral("soundfont"));
    return settings;
}

// The exercises to render: every bundled one, or those named by key, then the file.
Result<QVector<Exercise>> loadExercises(const RenderSettings &settings)
{
    if (settings.all)
        return ExerciseLoader::allBundled();
    QVector<Exercise> exercises;
    for (const QString &key : settings.keys) {
        Result<Exercise> exercise = ExerciseLoader::bundled(key);
        if (!exercise)
            return exercise.error();
        exercises << std::move(exercise).value();
    }
    if (!settings.exerciseFile.isEmpty()) {
        Result<Exercise> exercise = ExerciseLoader::fromFile(settings.exerciseFile);
        if (!exercise)
            return exercise.error();
        exercises << std::move(exercise).value();
    }
    return exercises;
}

// Renders each exercise into DIR/<key>/ with a line of what was written; stops at the first failure.
Status renderAll(const QVector<Exercise> &exercises, const RenderSettings &settings, CliStreams &streams)
{
    const SessionRenderer renderer(settings.renderOptions);
    for (const Exercise &whole : exercises) {
        const Exercise exercise = settings.excerptBars > 0 ? ExerciseExcerpt::of(whole, settings.excerptBars) : whole;
        LineProgress progress(streams.err, QStringLiteral("render %1").arg(exercise.key));
        const Result<RenderedSession> rendered = renderer.render(exercise, QDir(settings.out).filePath(exercise.key),
            settings.quiet ? ProgressReporter::none() : static_cast<ProgressReporter &>(progress));
        if (!rendered)
            return rendered.error();
        streams.out << QStringLiteral("%1  %2 tracks  %3 s audio  rendered in %4 s  %5\n")
                           .arg(exercise.key, -32)
                           .arg(rendered->session.tracks.size(), 2)
                           .arg(double(rendered->session.lengthSamples) / exercise.sampleRate, 5, 'f', 1)
                           .arg(rendered->seconds, 5, 'f', 2)
                           .arg(rendered->sessionPath);
        streams.out.flush();
    }
    return {};
}

int runRender(const QStringList &arguments, CliStreams &streams)
{
    const Result<RenderSettings> settings = readSettings(arguments);
    if (!settings) {
        streams.err << "prepmark-cli render: " << settings.errorMessage() << '\n' << usage();
        return ExitUsage;
    }
    const Result<QVector<Exercise>> exercises = loadExercises(*settings);
    if (!exercises)
        return failure(streams, renderCommand(), exercises.errorMessage());
    QElapsedTimer total;
    total.start();
    if (const Status rendered = renderAll(*exercises, *settings, streams); !rendered)
        return failure(streams, renderCommand(), rendered.errorMessage());
    if (exercises->size() > 1)
        streams.out << QStringLiteral("%1 exercises rendered in %2 s\n")
                           .arg(exercises->size())
                           .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1);
    return ExitSuccess;
}

} // namespace

CliCommand renderCommand()
{
    return {QStringLiteral("render"),
        QStringLiteral(
            "render (KEY... | --all | --exercise FILE) --out DIR [--excerpt BARS] [--soundfont FILE] [--threads N]"),
        runRender};
}

} // namespace prepmark::cli
