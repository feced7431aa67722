#include "DashboardPeriod.h"

namespace huellas {

QDate DashboardPeriod::firstDay() const
{
    const QDate thisMonth(asOf.year(), asOf.month(), 1);
    return thisMonth.addMonths(1 - months);
}

QList<QDate> DashboardPeriod::monthStarts() const
{
    QList<QDate> starts;
    for (QDate month = firstDay(); month <= asOf; month = month.addMonths(1))
        starts << month;
    return starts;
}

QDate DashboardPeriod::firstWeekStart() const
{
    const QDate first = firstDay();
    return first.addDays(1 - first.dayOfWeek()); // Qt: Monday is 1
}

int DashboardPeriod::weekCount() const
{
    return int(firstWeekStart().daysTo(asOf) / 7) + 1;
}

} // namespace huellas
