#pragma once

#include <cmath>
#include <limits>

namespace prepmark {

// Level conversions used by every measurement. Full scale (a sample value of 1.0)
// is 0 dBFS; silence is -infinity, which JSON and tables show as null / "-inf".

// Linear amplitude (|sample value|, RMS) to dB.
inline double amplitudeToDb(double amplitude)
{
    return amplitude > 0.0 ? 20.0 * std::log10(amplitude) : -std::numeric_limits<double>::infinity();
}

// Mean square (power) to dB.
inline double powerToDb(double power)
{
    return power > 0.0 ? 10.0 * std::log10(power) : -std::numeric_limits<double>::infinity();
}

inline double dbToAmplitude(double db)
{
    return std::pow(10.0, db / 20.0);
}

inline double dbToPower(double db)
{
    return std::pow(10.0, db / 10.0);
}

} // namespace prepmark
