#pragma once

#include <algorithm>

namespace prepmark {

// Where session time lands on screen in the workbench's overview: the whole session
// fits the lanes' width, starting at left (the lane headers' width).
struct TimelineScale
{
    int left = 0; // pixels
    int width = 1; // pixels for the whole session
    double seconds = 1.0; // session length

    double x(double atSeconds) const { return left + atSeconds / seconds * width; }
    double secondsAt(double px) const { return std::clamp((px - left) / width * seconds, 0.0, seconds); }
    double secondsPerPixel() const { return seconds / std::max(1, width); }
};

} // namespace prepmark
