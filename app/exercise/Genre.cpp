#include "Genre.h"

#include <array>

namespace prepmark {
namespace {

struct GenreInfo
{
    Genre genre;
    const char *key;
    const char *name;
};

constexpr std::array<GenreInfo, 9> kGenres {{
    {Genre::Pop, "pop", "Pop"},
    {Genre::Rock, "rock", "Rock"},
    {Genre::Metal, "metal", "Metal"},
    {Genre::Jazz, "jazz", "Jazz"},
    {Genre::HipHop, "hip-hop", "Hip-hop/drill"},
    {Genre::Electronic, "electronic", "Electronic"},
    {Genre::Folk, "folk", "Folk/acoustic"},
    {Genre::RnbSoul, "rnb-soul", "R&B/soul"},
    {Genre::Cinematic, "cinematic", "Cinematic orchestral"},
}};

} // namespace

QString genreKey(Genre genre)
{
    for (const GenreInfo &info : kGenres) {
        if (info.genre == genre)
            return QString::fromLatin1(info.key);
    }
    Q_UNREACHABLE();
    return {};
}

QString genreName(Genre genre)
{
    for (const GenreInfo &info : kGenres) {
        if (info.genre == genre)
            return QString::fromUtf8(info.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Genre> genreFromKey(const QString &key)
{
    for (const GenreInfo &info : kGenres) {
        if (key == QLatin1String(info.key))
            return info.genre;
    }
    return std::nullopt;
}

const QVector<Genre> &allGenres()
{
    static const QVector<Genre> genres = [] {
        QVector<Genre> result;
        for (const GenreInfo &info : kGenres)
            result << info.genre;
        return result;
    }();
    return genres;
}

} // namespace prepmark
