#include "SegmentPreviewWorker.h"

#include "storage/Database.h"

namespace huellas {

SegmentPreviewWorker::SegmentPreviewWorker(QString databasePath, const QAtomicInt& latestGeneration)
    : m_databasePath(std::move(databasePath)), m_latest(latestGeneration)
{
}

SegmentPreviewWorker::~SegmentPreviewWorker() = default; // on the worker thread: its connection

void SegmentPreviewWorker::load(int generation, const RuleTree& rules)
{
    if (generation != m_latest.loadAcquire())
        return; // the manager changed the rules again while this one waited
    if (!m_database) {
        // A second connection to the file the program already checked on start-up.
        auto opened = Database::open(m_databasePath);
        if (!opened)
            return emit failed(generation, opened.error());
        m_database = std::move(opened).value();
    }
    auto preview = SegmentFormData::preview(*m_database, rules);
    if (!preview)
        return emit failed(generation, preview.error());
    emit loaded(generation, *preview);
}

} // namespace huellas
