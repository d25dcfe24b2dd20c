#pragma once

#include <QSet>
#include <QString>

namespace prepmark {

// Track names as sets of words, with common studio abbreviations spelt out ("Gtr_L" ->
// {"guitar", "left"}, "KD in" -> {"kick", "in"}), for comparing a student's names with
// the answer key's and for finding tracks named in the notes.
class TrackWords
{
public:
    static QSet<QString> of(const QString &text);
    // Words that say where a mic is or what role a part plays rather than what it
    // hears ("left", "top", "in", "lead", "2").
    static bool isPositionWord(const QString &word);
    // The words of a name without its position words.
    static QSet<QString> sourceWords(const QString &name);
};

} // namespace prepmark
