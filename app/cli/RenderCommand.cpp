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

int runRender(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.flag(QStringLiteral("all"))
        .flag(QStringLiteral("quiet"))
        .valueOption(QStringLiteral("out"))
        .valueOption(QStringLiteral("exercise"))
        .valueOption(QStringLiteral("excerpt"))
        .valueOption(QStringLiteral("soundfont"))
        .valueOption(QStringLiteral("threads"));
    const bool parsed = options.parse(arguments) && options.require(QStringLiteral("out"));
    const int sources = int(options.isSet(QStringLiteral("all"))) + int(options.isSet(QStringLiteral("exercise")))
        + int(!options.positional().isEmpty());
    if (!parsed || sources != 1) {
        streams.err << "prepmark-cli render: "
                    << (!parsed ? options.error()
                                : QStringLiteral("give exercise keys, --all or --exercise FILE (one of them)"))
                    << '\n'
                    << usage();
        return ExitUsage;
    }
    RenderOptions renderOptions;
    renderOptions.soundFontPath = options.value(QStringLiteral("soundfont"));
    bool ok = true;
    int excerptBars = 0;
    if (options.isSet(QStringLiteral("excerpt"))) {
        excerptBars = options.value(QStringLiteral("excerpt")).toInt(&ok);
        if (!ok || excerptBars < 1) {
            streams.err << "prepmark-cli render: --excerpt: \"" << options.value(QStringLiteral("excerpt"))
                        << "\" is not a whole number of bars above 0\n";
            return ExitUsage;
        }
    }
    if (options.isSet(QStringLiteral("threads"))) {
        renderOptions.threads = options.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || renderOptions.threads < 1) {
            streams.err << "prepmark-cli render: --threads: \"" << options.value(QStringLiteral("threads"))
                        << "\" is not a whole number above 0\n";
            return ExitUsage;
        }
    }

    QVector<Exercise> exercises;
    if (options.isSet(QStringLiteral("all"))) {
        Result<QVector<Exercise>> all = ExerciseLoader::allBundled();
        if (!all) {
            streams.err << "prepmark-cli render: " << all.errorMessage() << '\n';
            return ExitFailure;
        }
        exercises = std::move(all).value();
    } else {
        const QStringList keys = options.positional();
        for (const QString &key : keys) {
            Result<Exercise> exercise = ExerciseLoader::bundled(key);
            if (!exercise) {
                streams.err << "prepmark-cli render: " << exercise.errorMessage() << '\n';
                return ExitFailure;
            }
            exercises << std::move(exercise).value();
        }
        if (options.isSet(QStringLiteral("exercise"))) {
            Result<Exercise> exercise = ExerciseLoader::fromFile(options.value(QStringLiteral("exercise")));
            if (!exercise) {
                streams.err << "prepmark-cli render: " << exercise.errorMessage() << '\n';
                return ExitFailure;
            }
            exercises << std::move(exercise).value();
        }
    }

    const SessionRenderer renderer(renderOptions);
    const QString out = options.value(QStringLiteral("out"));
    QElapsedTimer total;
    total.start();
    for (const Exercise &whole : exercises) {
        const Exercise exercise = excerptBars > 0 ? ExerciseExcerpt::of(whole, excerptBars) : whole;
        LineProgress progress(streams.err, QStringLiteral("render %1").arg(exercise.key));
        ProgressReporter &reporter = options.isSet(QStringLiteral("quiet")) ? ProgressReporter::none()
                                                                            : static_cast<ProgressReporter &>(progress);
        const Result<RenderedSession> rendered = renderer.render(exercise, QDir(out).filePath(exercise.key), reporter);
        if (!rendered) {
            streams.err << "prepmark-cli render: " << rendered.errorMessage() << '\n';
            return ExitFailure;
        }
        streams.out << QStringLiteral("%1  %2 tracks  %3 s audio  rendered in %4 s  %5\n")
                           .arg(exercise.key, -32)
                           .arg(rendered->session.tracks.size(), 2)
                           .arg(double(rendered->session.lengthSamples) / exercise.sampleRate, 5, 'f', 1)
                           .arg(rendered->seconds, 5, 'f', 2)
                           .arg(rendered->sessionPath);
        streams.out.flush();
    }
    if (exercises.size() > 1)
        streams.out << QStringLiteral("%1 exercises rendered in %2 s\n")
                           .arg(exercises.size())
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
