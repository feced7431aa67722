#include "DashboardLoader.h"

#include "storage/Database.h"
#include "storage/dashboard/DashboardQueries.h"

namespace huellas {

DashboardLoader::DashboardLoader(const ConnectionSpec& connection, QObject* parent)
    : QObject(parent), m_worker(connection)
{
}

DashboardLoader::~DashboardLoader()
{
    m_generation.dropAll(); // whatever is still queued is stale now
}

void DashboardLoader::request(int months)
{
    const int generation = m_generation.next();
    setBusy(true);
    m_worker.run<DashboardSnapshot>(
        [this, generation] { return m_generation.isCurrent(generation); },
        [months](Database& db) { return DashboardQueries::load(db, DashboardQueries::periodOf(db, months)); },
        [this, generation](const Result<DashboardSnapshot>& snapshot) {
            if (!m_generation.isCurrent(generation))
                return;
            setBusy(false);
            if (snapshot)
                emit loaded(*snapshot);
            else
                emit failed(snapshot.error());
        });
}

void DashboardLoader::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace huellas
