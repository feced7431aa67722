#include "DashboardWorker.h"

#include "storage/Database.h"
#include "storage/dashboard/DashboardQueries.h"

namespace huellas {

DashboardWorker::DashboardWorker(QString databasePath, const QAtomicInt& latestGeneration)
    : m_databasePath(std::move(databasePath)), m_latest(latestGeneration)
{
}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::load(int generation, int months)
{
    if (generation != m_latest.loadAcquire())
        return; // a newer request is queued behind this one
    if (!m_database) {
        auto opened = Database::open(m_databasePath);
        if (!opened)
            return emit failed(generation, opened.error());
        m_database = std::move(opened).value();
    }
    Database& db = *m_database;
    auto snapshot = DashboardQueries::load(db, DashboardQueries::periodOf(db, months));
    if (!snapshot)
        return emit failed(generation, snapshot.error());
    emit loaded(generation, *snapshot);
}

} // namespace huellas
