#include "TrackAnalysis.h"

#include "Decibels.h"

#include <algorithm>

namespace prepmark {

double TrackAnalysis::dcOffsetDbfs() const
{
    double largest = 0.0;
    for (const ChannelLevels &channel : channels)
        largest = std::max(largest, std::fabs(channel.dcOffset));
    return amplitudeToDb(largest);
}

} // namespace prepmark
