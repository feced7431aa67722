#pragma once

#include "ImportProgress.h"

#include <QElapsedTimer>

namespace huellas {

// Asks an ImportObserver for cancellation and tells it the progress, but only every
// `pollRows` rows and at most every `interval`: watching must cost nothing per row.
class ImportTicker final
{
    Q_DISABLE_COPY_MOVE(ImportTicker)

public:
    static constexpr qint64 pollRows = 64;

    explicit ImportTicker(const ImportObserver& observer);
    static QString cancelledMessage();

    void startFile(const QString& fileName, qint64 bytesTotal);
    // Counts a data row of the current file; false when the import is to stop.
    bool row(qint64 bytesRead);
    // The last report of the file: every byte read.
    void endFile(qint64 bytesRead);
    // Asks the observer now (between files, between the passes, in the final steps).
    bool cancelled();

private:
    void report(qint64 bytesRead, bool fileDone);

    const ImportObserver& m_observer;
    ImportProgress m_progress;
    QElapsedTimer m_sinceReport;
    bool m_cancelled = false;
};

} // namespace huellas
