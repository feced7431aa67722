#include "DashboardQueries.h"

#include "DashboardFilters.h"
#include "DashboardParts.h"
#include "storage/Database.h"
#include "storage/MetricsRefresher.h"

namespace huellas::DashboardQueries {

DashboardPeriod periodOf(Database& database, int months)
{
    DashboardPeriod period;
    period.asOf = MetricsRefresher(database).asOf();
    period.months = months;
    return period;
}

Result<DashboardSnapshot> load(Database& database, const DashboardPeriod& period)
{
    DashboardSnapshot snapshot;
    snapshot.period = period;
    DashboardFilters filters(database.dialect());
    // One read transaction: every part sees the same data while the desk keeps writing.
    QSqlDatabase db = database.connection();
    const bool snapshotRead = db.transaction();
    Status status;
    for (auto* part : {&DashboardParts::fillOwnerFigures, &DashboardParts::fillLifetimeValue,
                       &DashboardParts::fillWeeks, &DashboardParts::fillFollowUps}) {
        status = part(database, filters, snapshot);
        if (!status)
            break;
    }
    if (snapshotRead)
        db.rollback(); // nothing was written
    if (!status)
        return failure<DashboardSnapshot>(status.error());
    return snapshot;
}

} // namespace huellas::DashboardQueries
