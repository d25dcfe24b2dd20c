#pragma once

#include "core/Result.h"

#include <QStringList>

namespace prepmark {

// Turns command-line PATHs (audio files or folders of them) into a list of files.
// A file is taken as given, whatever its name (if it is not audio, analysis says
// so); a folder contributes the files directly in it whose extension libsndfile
// reads (WAV, AIFF, FLAC, Ogg, CAF, W64, RF64, MP3, ...), in natural name order.
class AudioFileFinder
{
public:
    // Errors: a path that does not exist.
    static Result<QStringList> find(const QStringList &paths);

    // Lower-case extensions without the dot ("wav", "aiff", ...).
    static QStringList audioExtensions();
};

} // namespace prepmark
