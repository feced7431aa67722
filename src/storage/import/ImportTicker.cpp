#include "ImportTicker.h"

#include "ImportText.h"

namespace huellas {

ImportTicker::ImportTicker(const ImportObserver& observer) : m_observer(observer) {}

QString ImportTicker::cancelledMessage()
{
    return ImportText::tr("Import cancelled; nothing was written.");
}

void ImportTicker::startFile(const QString& fileName, qint64 bytesTotal)
{
    m_progress = ImportProgress{fileName, 0, bytesTotal, 0, false};
    m_sinceReport.start();
}

bool ImportTicker::row(qint64 bytesRead)
{
    if (++m_progress.rows % pollRows != 0)
        return true;
    if (m_sinceReport.elapsed() >= m_observer.interval.count())
        report(bytesRead, false);
    return !cancelled();
}

void ImportTicker::endFile(qint64 bytesRead)
{
    report(bytesRead, true);
}

bool ImportTicker::cancelled()
{
    // Once asked to stop, the answer does not change back.
    if (!m_cancelled && m_observer.cancelRequested)
        m_cancelled = m_observer.cancelRequested();
    return m_cancelled;
}

void ImportTicker::report(qint64 bytesRead, bool fileDone)
{
    m_sinceReport.restart();
    if (!m_observer.progress)
        return;
    m_progress.bytesRead = bytesRead;
    m_progress.fileDone = fileDone;
    m_observer.progress(m_progress);
}

} // namespace huellas
