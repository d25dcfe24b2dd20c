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

// What `grade` was asked to do.
struct GradeSettings
{
    QString exercise; // a bundled exercise's key or an exercise.json
    QString prepared; // the student's session.json; empty with --reference
    QString rubric; // a rubric file; empty for the bundled mixprep-5d
    QString out; // where the prepared stems go; empty for a temporary folder
    int excerptBars = 0; // 0: the whole exercise
    int threads = 0; // 0: as many as the machine has
    bool json = false;
    bool quiet = false;
};

// The settings, or the usage problem of the command line.
Result<GradeSettings> readSettings(const QStringList &arguments)
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
    if (!options.parse(arguments) || !options.require(QStringLiteral("exercise")))
        return makeError(options.error());
    if (options.isSet(QStringLiteral("prepared")) == options.isSet(QStringLiteral("reference")))
        return makeError(QStringLiteral("give --prepared FILE or --reference (one of them)"));
    if (!options.positional().isEmpty())
        return makeError(QStringLiteral("unexpected argument \"%1\"").arg(options.positional().first()));
    for (const QString &file : {QStringLiteral("prepared"), QStringLiteral("rubric")}) {
        if (options.isSet(file) && !options.require(file))
            return makeError(options.error());
    }
    GradeSettings settings;
    if (!options.readCount(QStringLiteral("excerpt"), settings.excerptBars, QStringLiteral("bars"))
        || !options.readCount(QStringLiteral("threads"), settings.threads, QStringLiteral("threads")))
        return makeError(options.error());
    settings.exercise = options.value(QStringLiteral("exercise"));
    settings.prepared = options.value(QStringLiteral("prepared"));
    settings.rubric = options.value(QStringLiteral("rubric"));
    settings.out = options.value(QStringLiteral("out"));
    settings.json = options.isSet(QStringLiteral("json"));
    settings.quiet = options.isSet(QStringLiteral("quiet"));
    return settings;
}

// The exercise (a file, else a bundled key), cut to its excerpt when one is asked for.
Result<Exercise> loadExercise(const GradeSettings &settings)
{
    const Result<Exercise> loaded = QFileInfo(settings.exercise).isFile() ? ExerciseLoader::fromFile(settings.exercise)
                                                                          : ExerciseLoader::bundled(settings.exercise);
    if (!loaded || settings.excerptBars == 0)
        return loaded;
    return ExerciseExcerpt::of(*loaded, settings.excerptBars);
}

// The student's prepared session, which must be of the exercise being graded.
Result<Session> readPrepared(const QString &path, const Exercise &exercise)
{
    Result<Session> read = SessionJson::read(path);
    if (!read)
        return read;
    if (!read->exerciseKey.isEmpty() && read->exerciseKey != exercise.key)
        return makeError(
            QStringLiteral("%1: $.exercise: \"%2\" is not exercise \"%3\"").arg(path, read->exerciseKey, exercise.key));
    return read;
}

// Renders the delivered session (cached), then the preparation of it, analyses and grades
// it: the student's when there is one, else the answer key's own.
Result<GradingReport> grade(const GradeSettings &settings, const Exercise &exercise, const Rubric &rubric,
    const std::optional<Session> &student, StageLines &progress)
{
    ProgressReporter &reporter = settings.quiet ? ProgressReporter::none() : static_cast<ProgressReporter &>(progress);
    reporter.setMessage(QStringLiteral("render %1").arg(exercise.key));
    RenderOptions renderOptions;
    renderOptions.threads = settings.threads;
    const Result<RenderedSession> delivered = SessionRenderer(renderOptions).renderCached(exercise, reporter);
    if (!delivered)
        return delivered.error();
    progress.restart();

    QTemporaryDir temporary;
    if (settings.out.isEmpty() && !temporary.isValid())
        return makeError(QStringLiteral("cannot create a temporary folder for the prepared stems"));
    GradingRequest request;
    request.rubric = rubric;
    request.exercise = exercise;
    request.delivered = delivered->session;
    request.prepared = student ? *student : ReferencePreparation::prepare(exercise, delivered->session);
    request.audioDirectory = student ? QFileInfo(settings.prepared).absolutePath() : delivered->directory;
    request.outputDirectory = settings.out.isEmpty() ? temporary.path() : settings.out;
    request.threads = settings.threads;
    return PreparedSessionGrader::grade(request, reporter);
}

int runGrade(const QStringList &arguments, CliStreams &streams)
{
    const Result<GradeSettings> settings = readSettings(arguments);
    if (!settings) {
        streams.err << "prepmark-cli grade: " << settings.errorMessage() << '\n' << usage();
        return ExitUsage;
    }
    const Result<Exercise> exercise = loadExercise(*settings);
    if (!exercise)
        return fail(streams, exercise.errorMessage());
    const Result<Rubric> rubric = settings->rubric.isEmpty() ? RubricLoader::bundled(QStringLiteral("mixprep-5d"))
                                                             : RubricLoader::fromFile(settings->rubric);
    if (!rubric)
        return fail(streams, rubric.errorMessage());
    // Read the student's session before minutes of rendering, so a broken file fails fast.
    std::optional<Session> student;
    if (!settings->prepared.isEmpty()) {
        Result<Session> read = readPrepared(settings->prepared, *exercise);
        if (!read)
            return fail(streams, read.errorMessage());
        student = std::move(read).value();
    }
    StageLines progress(streams.err);
    const Result<GradingReport> report = grade(*settings, *exercise, *rubric, student, progress);
    if (!report)
        return fail(streams, report.errorMessage());
    if (settings->json)
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
