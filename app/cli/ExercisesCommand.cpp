#include "Commands.h"
#include "OptionParser.h"

#include "exercise/ExerciseLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prepmark::cli {
namespace {

QString usage()
{
    return QStringLiteral("usage: prepmark-cli exercises list [--json]\n"
                          "       prepmark-cli exercises show KEY\n"
                          "       prepmark-cli exercises validate FILE...\n");
}

int list(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.flag(QStringLiteral("json"));
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        streams.err << "prepmark-cli exercises list: "
                    << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error()) << '\n'
                    << usage();
        return ExitUsage;
    }
    const Result<QVector<Exercise>> exercises = ExerciseLoader::allBundled();
    if (!exercises) {
        streams.err << "prepmark-cli exercises list: " << exercises.errorMessage() << '\n';
        return ExitFailure;
    }
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Exercise &exercise : *exercises)
            array.append(QJsonObject {{QStringLiteral("key"), exercise.key}, {QStringLiteral("title"), exercise.title},
                {QStringLiteral("genre"), genreKey(exercise.genre)},
                {QStringLiteral("difficulty"), exercise.difficulty}});
        streams.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    streams.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(QStringLiteral("key"), -32)
                       .arg(QStringLiteral("genre"), -21)
                       .arg(QStringLiteral("level"), 5)
                       .arg(QStringLiteral("tracks"), 6)
                       .arg(QStringLiteral("length"), 6)
                       .arg(QStringLiteral("title"));
    for (const Exercise &exercise : *exercises) {
        streams.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                           .arg(exercise.key, -32)
                           .arg(genreName(exercise.genre), -21)
                           .arg(exercise.difficulty, 5)
                           .arg(exercise.tracks.size(), 6)
                           .arg(QStringLiteral("%1 s").arg(exercise.lengthSeconds(), 0, 'f', 0), 6)
                           .arg(exercise.title);
    }
    return ExitSuccess;
}

int show(const QStringList &arguments, CliStreams &streams)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1String("--"))) {
        streams.err << "prepmark-cli exercises show: give one exercise key\n" << usage();
        return ExitUsage;
    }
    const Result<Exercise> loaded = ExerciseLoader::bundled(arguments.first());
    if (!loaded) {
        streams.err << "prepmark-cli exercises show: " << loaded.errorMessage() << '\n';
        return ExitFailure;
    }
    const Exercise &exercise = *loaded;
    QTextStream &out = streams.out;
    out << exercise.title << " - " << exercise.artist << '\n'
        << genreName(exercise.genre) << ", difficulty " << exercise.difficulty << ", " << exercise.tempo << " bpm "
        << exercise.meter.toString()
        << (exercise.musicalKey.isEmpty() ? QString() : QStringLiteral(", ") + exercise.musicalKey) << ", "
        << QString::number(exercise.lengthSeconds(), 'f', 1) << " s\n\nBrief\n  " << exercise.brief
        << "\n\nArtist notes\n";
    for (const QString &note : exercise.artistNotes)
        out << "  - " << note << '\n';
    out << "\nSections\n";
    for (const Section &section : exercise.sections)
        out << "  bar " << section.firstBar << "  " << section.name << " (" << section.bars << " bars)\n";
    out << "\nDelivered tracks\n";
    for (const DeliveredTrack &track : exercise.tracks)
        out << "  " << track.file << (track.channels == 2 ? "  (stereo)" : "") << '\n';
    return ExitSuccess;
}

int validate(const QStringList &arguments, CliStreams &streams)
{
    if (arguments.isEmpty()) {
        streams.err << "prepmark-cli exercises validate: give one or more exercise.json files\n" << usage();
        return ExitUsage;
    }
    int failures = 0;
    for (const QString &path : arguments) {
        const Result<Exercise> exercise = ExerciseLoader::fromFile(path);
        if (exercise) {
            streams.out << "ok  " << path << "  (" << exercise->key << ", " << exercise->tracks.size() << " tracks, "
                        << exercise->plantedFaults().size() << " planted faults)\n";
        } else {
            streams.err << exercise.errorMessage() << '\n';
            ++failures;
        }
    }
    return failures == 0 ? ExitSuccess : ExitFailure;
}

int runExercises(const QStringList &arguments, CliStreams &streams)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1), streams);
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1), streams);
    if (sub == QLatin1String("validate"))
        return validate(arguments.mid(1), streams);
    if (sub == QLatin1String("--help")) {
        streams.out << usage();
        return ExitSuccess;
    }
    streams.err << "prepmark-cli exercises: "
                << (sub.isEmpty() ? QStringLiteral("missing subcommand")
                                  : QStringLiteral("unknown subcommand \"%1\"").arg(sub))
                << '\n'
                << usage();
    return ExitUsage;
}

} // namespace

CliCommand exercisesCommand()
{
    return {QStringLiteral("exercises"), QStringLiteral("exercises list [--json] | show KEY | validate FILE..."),
        runExercises};
}

} // namespace prepmark::cli
