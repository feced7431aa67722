#include "DashboardLoader.h"

#include "DashboardWorker.h"

namespace huellas {

DashboardLoader::DashboardLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_worker(new DashboardWorker(databasePath, m_latest))
{
    qRegisterMetaType<DashboardSnapshot>();
    m_thread.setObjectName(QStringLiteral("dashboardLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::loaded, this,
            [this](int generation, const DashboardSnapshot& snapshot) {
                if (generation != m_latest.loadAcquire())
                    return;
                setBusy(false);
                emit loaded(snapshot);
            });
    connect(m_worker, &DashboardWorker::failed, this,
            [this](int generation, const QString& message) {
                if (generation != m_latest.loadAcquire())
                    return;
                setBusy(false);
                emit failed(message);
            });
    m_thread.start();
}

DashboardLoader::~DashboardLoader()
{
    m_latest.storeRelease(-1); // whatever is still queued is stale now
    m_thread.quit();
    m_thread.wait();
}

void DashboardLoader::request(int months)
{
    const int generation = m_latest.loadAcquire() + 1;
    m_latest.storeRelease(generation);
    setBusy(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, months] { worker->load(generation, months); },
        Qt::QueuedConnection);
}

void DashboardLoader::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace huellas
