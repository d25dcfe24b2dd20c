#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <random>

namespace prepmark {

// A small portable generator for the demo programme: the demo must be the same on
// every machine, and the standard distributions are not specified bit-for-bit across
// libraries.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) { }
    double uniform() { return (m_engine() >> 8) * (1.0 / 16777216.0); } // [0, 1)
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int index(int size) { return int(uniform() * size); }
    double normal(double sd) // Box-Muller
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    std::mt19937 m_engine;
};

} // namespace prepmark
