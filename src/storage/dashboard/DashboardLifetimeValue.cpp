#include "DashboardFilters.h"
#include "DashboardParts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas::DashboardParts {

Status fillLifetimeValue(Database& database, DashboardFilters& filters, DashboardSnapshot& s)
{
    const QSqlDatabase db = database.connection();
    auto totals = Sql::exec(
        db, QStringLiteral("SELECT count(*), coalesce(sum(lifetime_value), 0) FROM owners"));
    if (!totals)
        return failed(totals.error());
    if (totals->next()) {
        const qint64 owners = totals->value(0).toLongLong();
        const qint64 total = totals->value(1).toLongLong();
        s.kpis.totalLifetimeValue = total;
        s.kpis.averageLifetimeValue = owners > 0 ? (2 * total + owners) / (2 * owners) : 0;
    }

    auto top = Sql::exec(
        db,
        QStringLiteral("SELECT id, trim(first_name || ' ' || last_name), tier, lifetime_value, "
                       "last_visit_date FROM owners ORDER BY lifetime_value DESC, id LIMIT :limit"),
        {{QStringLiteral(":limit"), DashboardSnapshot::topOwnerCount}});
    if (!top)
        return failed(top.error());
    while (top->next()) {
        DashboardTopOwner owner;
        owner.ownerId = top->value(0).toLongLong();
        owner.name = top->value(1).toString();
        owner.tier = top->value(2).toString();
        owner.lifetimeValue = top->value(3).toLongLong();
        owner.lastVisit = QDate::fromString(top->value(4).toString(), Qt::ISODate);
        owner.filter = filters.owner(owner.ownerId);
        s.topOwners << owner;
    }
    return {};
}

} // namespace huellas::DashboardParts
