#pragma once

#include "DashboardData.h"
#include "core/Result.h"

namespace huellas {

class Database;
class DashboardFilters;

// The pieces DashboardQueries::load() puts together, one file each.
namespace DashboardParts {

// KPI owner counts, churn, tiers, sources, lifetime-value histogram and the monthly lines.
Status fillOwnerFigures(Database& database, DashboardFilters& filters, DashboardSnapshot& snapshot);
// Interactions per week and type.
Status fillWeeks(Database& database, DashboardFilters& filters, DashboardSnapshot& snapshot);
// Follow-up KPIs and the pending follow-ups list.
Status fillFollowUps(Database& database, DashboardFilters& filters, DashboardSnapshot& snapshot);
// Lifetime value totals and the top owners.
Status fillLifetimeValue(Database& database, DashboardFilters& filters,
                         DashboardSnapshot& snapshot);

} // namespace DashboardParts
} // namespace huellas
