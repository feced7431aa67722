#pragma once

#include "DashboardData.h"
#include "core/Result.h"

namespace huellas {

class Database;

// The manager's dashboard, read from the stored metrics. Every number comes with the
// OwnerFilter of exactly the owners it counts (DashboardFigure). Plain reads: run it on a
// worker thread with that thread's own Database.
namespace DashboardQueries {

// `months` months as of the date the stored metrics are computed as of.
DashboardPeriod periodOf(Database& database, int months);
Result<DashboardSnapshot> load(Database& database, const DashboardPeriod& period);

} // namespace DashboardQueries
} // namespace huellas
