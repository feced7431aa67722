#include "SegmentPreviewLoader.h"

namespace huellas {

SegmentPreviewLoader::SegmentPreviewLoader(const ConnectionSpec& connection, QObject* parent)
    : QObject(parent), m_worker(connection)
{
}

SegmentPreviewLoader::~SegmentPreviewLoader()
{
    m_generation.dropAll(); // whatever is still queued is stale now
}

void SegmentPreviewLoader::request(const RuleTree& rules)
{
    const int generation = m_generation.next();
    m_worker.run<SegmentPreview>(
        [this, generation] { return m_generation.isCurrent(generation); },
        [rules](Database& db) { return SegmentFormData::preview(db, rules); },
        [this, generation](const Result<SegmentPreview>& preview) {
            if (!m_generation.isCurrent(generation))
                return; // the manager changed the rules again meanwhile
            if (preview)
                emit loaded(*preview);
            else
                emit failed(preview.error());
        });
}

void SegmentPreviewLoader::cancel()
{
    m_generation.dropAll();
}

} // namespace huellas
