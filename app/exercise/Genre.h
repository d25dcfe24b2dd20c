#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace prepmark {

// The nine genres of the bundled exercises (three exercises each).
enum class Genre { Pop, Rock, Metal, Jazz, HipHop, Electronic, Folk, RnbSoul, Cinematic };

// "hip-hop", as written in exercise.json
QString genreKey(Genre genre);
// "Hip-hop/drill", for people
QString genreName(Genre genre);
std::optional<Genre> genreFromKey(const QString &key);
const QVector<Genre> &allGenres();

} // namespace prepmark
