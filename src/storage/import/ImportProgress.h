#pragma once

#include <QString>

#include <chrono>
#include <functional>

namespace huellas {

// Where an import is: the file being read (its name as given), how far into it, and how many
// data rows of it have been read.
struct ImportProgress
{
    QString fileName;
    qint64 bytesRead = 0; // read from the file so far; bytesTotal once fileDone
    qint64 bytesTotal = 0;
    qint64 rows = 0;
    bool fileDone = false; // the last report for this file
};

// What a caller of CsvImporter::run may watch and stop; both callbacks are optional. They run
// on the importing thread: a window's worker forwards progress with a queued signal and sets
// the flag cancelRequested reads.
struct ImportObserver
{
    std::function<void(const ImportProgress&)> progress;
    std::function<bool()> cancelRequested;
    // Progress is reported at most this often, and once more when each file ends.
    std::chrono::milliseconds interval{100};
};

} // namespace huellas
