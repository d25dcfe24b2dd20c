#include "Commands.h"
#include "OptionParser.h"

#include "grading/GradingReportJson.h"
#include "grading/PreparedSessionGrader.h"
#include "session/ReferencePreparation.h"
#include "session/SessionJson.h"
#include "session/SessionRenderer.h"

#include "core/RubricLoader.h"
#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>

namespace prepmark::cli {
namespace {

// "grade: render 40%" lines on stderr at every tenth, from any thread.
class StageLines : public ProgressReporter
{
public:
    explicit StageLines(QTextStream &stream) : m_stream(stream) { }
    void setProgress(int percent) override
    {
        const QMutexLocker lock(&m_mutex);
        if (percent / 10 <= m_lastTenth)
            return;
        m_lastTenth = percent / 10;
        m_stream << "grade: " << m_stage << ' ' << percent << "%\n";
        m_stream.flush();
    }
    void setMessage(const QString &message) override
    {
        const QMutexLocker lock(&m_mutex);
        m_stage = message;
    }
    bool wasCancelled() const override { return false; }
    void restart()
    {
        const QMutexLocker lock(&m_mutex);
        m_lastTenth = -1;
    }

private:
    QTextStream &m_stream;
    QMutex m_mutex;
    QString m_stage = QStringLiteral("working");
    int m_lastTenth = -1;
};

QString usage()
{
    return QStringLiteral(
        "usage: prepmark-cli grade --exercise KEY|FILE (--prepared DIR/session.json | --reference)\n"
        "                          [--json] [--excerpt BARS] [--rubric FILE] [--out DIR] [--threads N] [--quiet]\n"
        "Renders the prepared stems (into --out, else a temporary folder), analyses them and grades\n"
        "them against the rubric (default: the bundled mixprep-5d). --reference grades the answer\n"
        "key's own preparation. The session the preparation starts from is rendered (and cached) as\n"
        "for `render`; --excerpt BARS must match the render the prepared session was made from.\n"
        "Dimensions without any automatically judged criterion are listed in lecturerOnlyDimensions\n"
        "and left out of the verdict, which then covers the judged dimensions only (complete: false).\n");
}

void printReport(const GradingReport &report, QTextStream &out)
{
    out << "exercise " << report.exercise << ", rubric " << report.rubric << "\n\n";
    QString dimension;
    for (const CriterionGrade &grade : report.criteria) {
        if (grade.dimension != dimension) {
            dimension = grade.dimension;
            const auto score = report.scores.constFind(dimension);
            out << dimension << ": "
                << (score == report.scores.constEnd() ? QStringLiteral("lecturer only")
                                                      : QString::number(*score, 'f', 2))
                << '\n';
        }
        out << QStringLiteral("  %1  %2\n")
                   .arg(grade.level ? QString::number(*grade.level) : QStringLiteral("-"), grade.key);
        for (const QString &line : grade.evidence)
            out << "       " << line << '\n';
    }
    const Verdict &verdict = report.verdict;
    out << "\nautomatic verdict (conjunctive" << (report.complete() ? "" : ", judged dimensions only")
        << "): " << (verdict.adequate ? "ADEQUATE" : "INADEQUATE");
    if (!verdict.blocking.isEmpty())
        out << ", blocked by " << verdict.blocking.join(QStringLiteral(", "));
    out << "\nmean " << QString::number(verdict.mean, 'f', 2) << " (shown beside the verdict, never instead of it)\n";
    if (!report.complete())
        out << "lecturer only: " << report.lecturerOnlyDimensions.join(QStringLiteral(", ")) << '\n';
}

int fail(CliStreams &streams, const QString &message)
{
    return failure(streams, gradeCommand(), message);
}

int runGrade(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.valueOption(QStringLiteral("exercise"))
        .valueOption(QStringLiteral("prepared"))
        .valueOption(QStringLiteral("excerpt"))
        .valueOption(QStringLiteral("rubric"))
        .valueOption(QStringLiteral("out"))
        .valueOption(QStringLiteral("threads"))
        .flag(QStringLiteral("reference"))
        .flag(QStringLiteral("json"))
        .flag(QStringLiteral("quiet"));
    const bool parsed = options.parse(arguments) && options.require(QStringLiteral("exercise"));
    const bool oneSource = options.isSet(QStringLiteral("prepared")) != options.isSet(QStringLiteral("reference"));
    if (!parsed || !oneSource || !options.positional().isEmpty()) {
        streams.err << "prepmark-cli grade: "
                    << (!parsed ? options.error()
                               : !oneSource
                               ? QStringLiteral("give --prepared FILE or --reference (one of them)")
                               : QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()))
                    << '\n'
                    << usage();
        return ExitUsage;
    }
    int excerptBars = 0;
    int threads = 0;
    bool ok = true;
    if (options.isSet(QStringLiteral("excerpt"))) {
        excerptBars = options.value(QStringLiteral("excerpt")).toInt(&ok);
        if (!ok || excerptBars < 1) {
            streams.err << "prepmark-cli grade: --excerpt: \"" << options.value(QStringLiteral("excerpt"))
                        << "\" is not a whole number of bars above 0\n";
            return ExitUsage;
        }
    }
    if (options.isSet(QStringLiteral("threads"))) {
        threads = options.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1) {
            streams.err << "prepmark-cli grade: --threads: \"" << options.value(QStringLiteral("threads"))
                        << "\" is not a whole number above 0\n";
            return ExitUsage;
        }
    }

    const QString exerciseArgument = options.value(QStringLiteral("exercise"));
    const Result<Exercise> loaded = QFileInfo(exerciseArgument).isFile() ? ExerciseLoader::fromFile(exerciseArgument)
                                                                         : ExerciseLoader::bundled(exerciseArgument);
    if (!loaded)
        return fail(streams, loaded.errorMessage());
    const Exercise exercise = excerptBars > 0 ? ExerciseExcerpt::of(*loaded, excerptBars) : *loaded;
    const Result<Rubric> rubric = options.isSet(QStringLiteral("rubric"))
        ? RubricLoader::fromFile(options.value(QStringLiteral("rubric")))
        : RubricLoader::bundled(QStringLiteral("mixprep-5d"));
    if (!rubric)
        return fail(streams, rubric.errorMessage());

    // Read the student's session before minutes of rendering, so a broken file fails fast.
    std::optional<Session> student;
    QString studentFolder;
    if (options.isSet(QStringLiteral("prepared"))) {
        const QString path = options.value(QStringLiteral("prepared"));
        Result<Session> read = SessionJson::read(path);
        if (!read)
            return fail(streams, read.errorMessage());
        if (!read->exerciseKey.isEmpty() && read->exerciseKey != exercise.key)
            return fail(streams,
                QStringLiteral("%1: $.exercise: \"%2\" is not exercise \"%3\"")
                    .arg(path, read->exerciseKey, exercise.key));
        student = std::move(read).value();
        studentFolder = QFileInfo(path).absolutePath();
    }

    StageLines progress(streams.err);
    ProgressReporter &reporter
        = options.isSet(QStringLiteral("quiet")) ? ProgressReporter::none() : static_cast<ProgressReporter &>(progress);
    reporter.setMessage(QStringLiteral("render %1").arg(exercise.key));
    RenderOptions renderOptions;
    renderOptions.threads = threads;
    const Result<RenderedSession> delivered = SessionRenderer(renderOptions).renderCached(exercise, reporter);
    if (!delivered)
        return fail(streams, delivered.errorMessage());
    progress.restart();

    QTemporaryDir temporary;
    QString out = options.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        if (!temporary.isValid())
            return fail(streams, QStringLiteral("cannot create a temporary folder for the prepared stems"));
        out = temporary.path();
    }
    GradingRequest request;
    request.rubric = *rubric;
    request.exercise = exercise;
    request.delivered = delivered->session;
    request.prepared = student ? *student : ReferencePreparation::prepare(exercise, delivered->session);
    request.audioDirectory = student ? studentFolder : delivered->directory;
    request.outputDirectory = out;
    request.threads = threads;
    const Result<GradingReport> report = PreparedSessionGrader::grade(request, reporter);
    if (!report)
        return fail(streams, report.errorMessage());
    if (options.isSet(QStringLiteral("json")))
        streams.out << QJsonDocument(gradingReportToJson(*report)).toJson(QJsonDocument::Indented);
    else
        printReport(*report, streams.out);
    return ExitSuccess;
}

} // namespace

CliCommand gradeCommand()
{
    return {QStringLiteral("grade"),
        QStringLiteral(
            "grade --exercise KEY|FILE (--prepared DIR/session.json | --reference) [--json] [--excerpt BARS] "
            "[--rubric FILE] [--out DIR]"),
        runGrade};
}

} // namespace prepmark::cli
