#include "SegmentPreviewLoader.h"

#include "SegmentPreviewWorker.h"

namespace huellas {

SegmentPreviewLoader::SegmentPreviewLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_worker(new SegmentPreviewWorker(databasePath, m_latest))
{
    qRegisterMetaType<SegmentPreview>();
    m_thread.setObjectName(QStringLiteral("segmentPreview"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SegmentPreviewWorker::loaded, this,
            [this](int generation, const SegmentPreview& preview) {
                if (generation == m_latest.loadAcquire())
                    emit loaded(preview);
            });
    connect(m_worker, &SegmentPreviewWorker::failed, this,
            [this](int generation, const QString& message) {
                if (generation == m_latest.loadAcquire())
                    emit failed(message);
            });
    m_thread.start();
}

SegmentPreviewLoader::~SegmentPreviewLoader()
{
    m_latest.storeRelease(-1); // whatever is still queued is stale now
    m_thread.quit();
    m_thread.wait();
}

void SegmentPreviewLoader::request(const RuleTree& rules)
{
    const int generation = m_latest.fetchAndAddOrdered(1) + 1;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, rules] { worker->load(generation, rules); },
        Qt::QueuedConnection);
}

void SegmentPreviewLoader::cancel()
{
    m_latest.fetchAndAddOrdered(1);
}

} // namespace huellas
