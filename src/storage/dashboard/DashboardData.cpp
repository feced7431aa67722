#include "DashboardData.h"

namespace huellas {

double DashboardKpis::activePercent() const
{
    return owners.value > 0 ? 100.0 * double(active90.value) / double(owners.value) : 0.0;
}

} // namespace huellas
