#include "PartNotation.h"

#include "DrumKit.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

// Splits one bar into tokens; a chord in brackets, with its suffix, is one token.
Result<QStringList> tokenise(const QString &bar)
{
    QStringList tokens;
    QString current;
    bool inChord = false;
    for (const QChar c : bar) {
        if (c == QLatin1Char('[')) {
            if (inChord)
                return makeError(QStringLiteral("\"[\" inside a chord"));
            inChord = true;
        } else if (c == QLatin1Char(']')) {
            if (!inChord)
                return makeError(QStringLiteral("\"]\" without \"[\""));
            inChord = false;
        }
        if (c.isSpace() && !inChord) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (inChord)
        return makeError(QStringLiteral("chord \"%1\" is not closed with \"]\"").arg(current));
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString quarters(qint64 ticks)
{
    return QString::number(double(ticks) / kTicksPerQuarter, 'g', 4);
}

} // namespace

std::optional<int> PartNotation::parsePitch(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-G])(#|b)?(-?[0-9])$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    static const int pitchClass[] = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G
    int key = pitchClass[match.captured(1).at(0).unicode() - 'A'];
    if (match.captured(2) == QLatin1String("#"))
        key += 1;
    else if (match.captured(2) == QLatin1String("b"))
        key -= 1;
    key += 12 * (match.captured(3).toInt() + 1);
    if (key < 0 || key > 127)
        return std::nullopt;
    return key;
}

std::optional<qint64> PartNotation::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([whqest])(\\.{0,2})(3?)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 ticks = 0;
    switch (match.captured(1).at(0).unicode()) {
    case 'w':
        ticks = 4 * kTicksPerQuarter;
        break;
    case 'h':
        ticks = 2 * kTicksPerQuarter;
        break;
    case 'q':
        ticks = kTicksPerQuarter;
        break;
    case 'e':
        ticks = kTicksPerQuarter / 2;
        break;
    case 's':
        ticks = kTicksPerQuarter / 4;
        break;
    case 't':
        ticks = kTicksPerQuarter / 8;
        break;
    }
    const qsizetype dots = match.captured(2).size();
    if (dots == 1)
        ticks = ticks * 3 / 2;
    else if (dots == 2)
        ticks = ticks * 7 / 4;
    if (!match.captured(3).isEmpty())
        ticks = ticks * 2 / 3;
    return ticks;
}

Result<Pattern> PartNotation::parsePitched(const QString &text, const Meter &meter, const PitchedStyle &style)
{
    static const QRegularExpression tokenPattern(
        QStringLiteral("^(\\[[^\\]]*\\]|[^:@'~]+)(?::([^@'~]+))?(?:@([0-9]+))?(')?(~)?$"));
    Pattern pattern;
    qint64 duration = kTicksPerQuarter;
    const QStringList bars = text.split(QLatin1Char('|'));
    for (qsizetype b = 0; b < bars.size(); ++b) {
        const QString where = QStringLiteral("bar %1").arg(b + 1);
        const Result<QStringList> tokens = tokenise(bars[b]);
        if (!tokens)
            return makeError(QStringLiteral("%1: %2").arg(where, tokens.errorMessage()));
        if (tokens->isEmpty())
            return makeError(QStringLiteral("%1 is empty (write \"r:w\" for a bar of rest)").arg(where));
        PatternBar bar;
        qint64 position = 0;
        for (qsizetype t = 0; t < tokens->size(); ++t) {
            const QString &token = tokens->at(t);
            const QString tokenWhere = QStringLiteral("%1, token %2 \"%3\"").arg(where).arg(t + 1).arg(token);
            const QRegularExpressionMatch match = tokenPattern.match(token);
            if (!match.hasMatch())
                return makeError(QStringLiteral("%1: not a note, chord or rest").arg(tokenWhere));
            if (match.hasCaptured(2)) {
                const std::optional<qint64> parsed = parseDuration(match.captured(2));
                if (!parsed)
                    return makeError(QStringLiteral("%1: unknown duration \"%2\" (w h q e s t, dots, 3 for triplets)")
                                         .arg(tokenWhere, match.captured(2)));
                duration = *parsed;
            }
            int velocity = style.velocity;
            if (match.hasCaptured(3)) {
                velocity = match.captured(3).toInt();
                if (velocity < 1 || velocity > 127)
                    return makeError(QStringLiteral("%1: velocity %2 is outside 1-127").arg(tokenWhere).arg(velocity));
            }
            const bool staccato = match.hasCaptured(4);
            const bool tied = match.hasCaptured(5);
            QString what = match.captured(1);
            if (what != QLatin1String("r")) {
                const bool chord = what.startsWith(QLatin1Char('['));
                if (chord)
                    what = what.mid(1, what.size() - 2);
                const QStringList names = what.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (names.isEmpty())
                    return makeError(QStringLiteral("%1: empty chord").arg(tokenWhere));
                const double gate = tied ? 1.0 : (staccato ? style.gate * 0.5 : style.gate);
                for (const QString &name : names) {
                    const std::optional<int> key = parsePitch(name);
                    if (!key)
                        return makeError(
                            QStringLiteral("%1: \"%2\" is not a note (C4 is middle C; # and b for sharps and flats)")
                                .arg(tokenWhere, name));
                    NoteEvent event;
                    event.startTick = position;
                    event.writtenTick = position;
                    event.lengthTicks = std::max<qint64>(1, qint64(std::llround(double(duration) * gate)));
                    event.key = *key;
                    event.velocity = velocity;
                    bar.notes << PatternBar::Note {event, tied};
                }
            } else if (tied || staccato) {
                return makeError(QStringLiteral("%1: a rest cannot be tied or staccato").arg(tokenWhere));
            }
            position += duration;
        }
        if (position != meter.barTicks()) {
            return makeError(QStringLiteral("%1 lasts %2 quarter notes, a bar of %3 lasts %4")
                                 .arg(where, quarters(position), meter.toString(), quarters(meter.barTicks())));
        }
        pattern.bars << bar;
    }
    return pattern;
}

int PartNotation::drumStepVelocity(QChar step)
{
    switch (step.unicode()) {
    case 'X':
        return 120;
    case 'x':
        return 96;
    case 'o':
        return 70;
    case 'g':
        return 42;
    case '.':
    case '-':
        return 0;
    default:
        return -1;
    }
}

Result<Pattern> PartNotation::parseDrums(const QMap<QString, QString> &lanes, int stepsPerBar, const Meter &meter)
{
    if (stepsPerBar < 1 || meter.barTicks() % stepsPerBar != 0)
        return makeError(
            QStringLiteral("%1 steps do not divide a bar of %2 evenly").arg(stepsPerBar).arg(meter.toString()));
    if (lanes.isEmpty())
        return makeError(QStringLiteral("a drum pattern needs at least one lane"));
    const qint64 stepTicks = meter.barTicks() / stepsPerBar;
    Pattern pattern;
    qsizetype barCount = -1;
    QString firstLane;
    for (auto it = lanes.constBegin(); it != lanes.constEnd(); ++it) {
        const std::optional<DrumKit::Lane> lane = DrumKit::lane(it.key());
        if (!lane)
            return makeError(QStringLiteral("lane \"%1\" is not a drum (one of: %2)")
                                 .arg(it.key(), DrumKit::laneNames().join(QStringLiteral(", "))));
        QString text = it.value();
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        const QStringList bars = text.split(QLatin1Char('|'));
        if (barCount < 0) {
            barCount = bars.size();
            firstLane = it.key();
            pattern.bars.resize(barCount);
        } else if (bars.size() != barCount) {
            return makeError(QStringLiteral("lane \"%1\" has %2 bars, lane \"%3\" has %4")
                                 .arg(it.key())
                                 .arg(bars.size())
                                 .arg(firstLane)
                                 .arg(barCount));
        }
        for (qsizetype b = 0; b < bars.size(); ++b) {
            if (bars[b].size() != stepsPerBar)
                return makeError(QStringLiteral("lane \"%1\", bar %2 has %3 steps, the pattern has %4 steps a bar")
                                     .arg(it.key())
                                     .arg(b + 1)
                                     .arg(bars[b].size())
                                     .arg(stepsPerBar));
            for (int s = 0; s < stepsPerBar; ++s) {
                const int velocity = drumStepVelocity(bars[b].at(s));
                if (velocity < 0)
                    return makeError(QStringLiteral("lane \"%1\", bar %2, step %3: \"%4\" is not a step (X x o g . -)")
                                         .arg(it.key())
                                         .arg(b + 1)
                                         .arg(s + 1)
                                         .arg(bars[b].at(s)));
                if (velocity == 0)
                    continue;
                NoteEvent event;
                event.startTick = s * stepTicks;
                event.writtenTick = event.startTick;
                event.lengthTicks = stepTicks;
                event.key = lane->key;
                event.velocity = velocity;
                event.lane = lane->name;
                pattern.bars[b].notes << PatternBar::Note {event, false};
            }
        }
    }
    for (PatternBar &bar : pattern.bars) {
        std::stable_sort(bar.notes.begin(), bar.notes.end(),
            [](const PatternBar::Note &a, const PatternBar::Note &b) { return a.event.startTick < b.event.startTick; });
    }
    return pattern;
}

Result<QStringList> PartNotation::parsePlaySequence(const QString &text, const QStringList &known)
{
    static const QRegularExpression item(QStringLiteral("^([A-Za-z0-9_-]+)(?:\\*([0-9]+))?$"));
    QStringList names;
    const QStringList items = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return makeError(QStringLiteral("empty sequence"));
    for (const QString &entry : items) {
        const QRegularExpressionMatch match = item.match(entry);
        if (!match.hasMatch())
            return makeError(QStringLiteral("\"%1\" is not a pattern name with an optional *count").arg(entry));
        const QString name = match.captured(1);
        if (!known.contains(name))
            return makeError(QStringLiteral("no pattern \"%1\"").arg(name));
        const int count = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
        if (count < 1 || count > 64)
            return makeError(QStringLiteral("\"%1\": count must be 1-64").arg(entry));
        for (int i = 0; i < count; ++i)
            names << name;
    }
    return names;
}

} // namespace prepmark
