#include "SegmentPreviewLoader.h"

namespace huellas {

SegmentPreviewLoader::SegmentPreviewLoader(const QString& databasePath, QObject* parent)
    : QObject(parent), m_worker(databasePath)
{
}

SegmentPreviewLoader::~SegmentPreviewLoader()
{
    m_latest.storeRelease(-1); // whatever is still queued is stale now
}

void SegmentPreviewLoader::request(const RuleTree& rules)
{
    const int generation = m_latest.fetchAndAddOrdered(1) + 1;
    m_worker.run<SegmentPreview>(
        [this, generation] { return generation == m_latest.loadAcquire(); },
        [rules](Database& db) { return SegmentFormData::preview(db, rules); },
        [this, generation](const Result<SegmentPreview>& preview) {
            if (generation != m_latest.loadAcquire())
                return; // the manager changed the rules again meanwhile
            if (preview)
                emit loaded(*preview);
            else
                emit failed(preview.error());
        });
}

void SegmentPreviewLoader::cancel()
{
    m_latest.fetchAndAddOrdered(1);
}

} // namespace huellas
