#pragma once

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>

namespace prepmark {

// A small, fully specified pseudo-random generator (xoshiro256** seeded through
// splitmix64), so renders are identical on every machine and library version:
// std::uniform_*_distribution may differ between standard libraries. Not thread-safe;
// give every job its own instance, seeded from what it renders (seedFor()).
class DeterministicRandom
{
public:
    explicit DeterministicRandom(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    // FNV-1a of the text: a stable seed for "exercise-key/track-id/noise".
    static std::uint64_t seedFor(const QString &text)
    {
        std::uint64_t hash = 0xcbf29ce484222325ULL;
        for (const char byte : text.toUtf8()) {
            hash ^= std::uint8_t(byte);
            hash *= 0x100000001b3ULL;
        }
        return hash;
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, 1)
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // [-1, 1)
    double bipolar() { return uniform() * 2.0 - 1.0; }
    // lo..hi inclusive
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // Standard normal (Box-Muller; one value per call, deterministic).
    double gaussian()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};

} // namespace prepmark
