#include "TrackWords.h"

#include <QHash>
#include <QRegularExpression>

namespace prepmark {
namespace {

const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table {
        {QStringLiteral("gtr"), QStringLiteral("guitar")},
        {QStringLiteral("gtrs"), QStringLiteral("guitar")},
        {QStringLiteral("guitars"), QStringLiteral("guitar")},
        {QStringLiteral("gt"), QStringLiteral("guitar")},
        {QStringLiteral("vox"), QStringLiteral("vocal")},
        {QStringLiteral("vocals"), QStringLiteral("vocal")},
        {QStringLiteral("voc"), QStringLiteral("vocal")},
        {QStringLiteral("vo"), QStringLiteral("vocal")},
        {QStringLiteral("kd"), QStringLiteral("kick")},
        {QStringLiteral("bd"), QStringLiteral("kick")},
        {QStringLiteral("kik"), QStringLiteral("kick")},
        {QStringLiteral("sn"), QStringLiteral("snare")},
        {QStringLiteral("sd"), QStringLiteral("snare")},
        {QStringLiteral("oh"), QStringLiteral("overhead")},
        {QStringLiteral("ohs"), QStringLiteral("overhead")},
        {QStringLiteral("overheads"), QStringLiteral("overhead")},
        {QStringLiteral("hh"), QStringLiteral("hat")},
        {QStringLiteral("hihat"), QStringLiteral("hat")},
        {QStringLiteral("hats"), QStringLiteral("hat")},
        {QStringLiteral("toms"), QStringLiteral("tom")},
        {QStringLiteral("l"), QStringLiteral("left")},
        {QStringLiteral("lt"), QStringLiteral("left")},
        {QStringLiteral("r"), QStringLiteral("right")},
        {QStringLiteral("rt"), QStringLiteral("right")},
        {QStringLiteral("kbd"), QStringLiteral("keys")},
        {QStringLiteral("keyboard"), QStringLiteral("keys")},
        {QStringLiteral("pno"), QStringLiteral("piano")},
        {QStringLiteral("bvs"), QStringLiteral("bv")},
        {QStringLiteral("bgv"), QStringLiteral("bv")},
        {QStringLiteral("bgvs"), QStringLiteral("bv")},
        {QStringLiteral("dbl"), QStringLiteral("double")},
        {QStringLiteral("perc"), QStringLiteral("percussion")},
        {QStringLiteral("tpt"), QStringLiteral("trumpet")},
        {QStringLiteral("tbn"), QStringLiteral("trombone")},
        {QStringLiteral("str"), QStringLiteral("strings")},
        {QStringLiteral("vln"), QStringLiteral("violin")},
        {QStringLiteral("synths"), QStringLiteral("synth")},
        {QStringLiteral("fx"), QStringLiteral("effects")},
        {QStringLiteral("sfx"), QStringLiteral("effects")},
        {QStringLiteral("btm"), QStringLiteral("bottom")},
        {QStringLiteral("bot"), QStringLiteral("bottom")},
        {QStringLiteral("ld"), QStringLiteral("lead")},
    };
    return table;
}

} // namespace

QSet<QString> TrackWords::of(const QString &name)
{
    static const QRegularExpression separators(
        QStringLiteral("[^\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> result;
    for (const QString &raw : name.toLower().split(separators, Qt::SkipEmptyParts))
        result.insert(synonyms().value(raw, raw));
    return result;
}

bool TrackWords::isPositionWord(const QString &word)
{
    static const QSet<QString> positions {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"),
        QStringLiteral("bottom"), QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("up"),
        QStringLiteral("down"), QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("inside"),
        QStringLiteral("outside"), QStringLiteral("hi"), QStringLiteral("lo"), QStringLiteral("high"),
        QStringLiteral("low"), QStringLiteral("close"), QStringLiteral("far"), QStringLiteral("mid"),
        QStringLiteral("main"), QStringLiteral("double"), QStringLiteral("take"), QStringLiteral("lead"),
        QStringLiteral("rhythm"), QStringLiteral("the"), QStringLiteral("and")};
    if (positions.contains(word) || word.size() <= 1)
        return true;
    bool number = false;
    word.toInt(&number);
    return number;
}

QSet<QString> TrackWords::sourceWords(const QString &name)
{
    QSet<QString> result;
    for (const QString &word : of(name)) {
        if (!isPositionWord(word))
            result.insert(word);
    }
    return result;
}

} // namespace prepmark
