#include "DashboardFilters.h"
#include "DashboardParts.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas::DashboardParts {
namespace {

using FollowUps = DashboardFilters::FollowUps;

// value: the open follow-ups `which` selects; owners: how many owners they belong to.
Result<DashboardFigure> followUpFigure(Database& database, DashboardFilters& filters,
                                       FollowUps which, const QDate& asOf, const QString& key)
{
    OwnerFilter counted;
    const QString condition = filters.followUpCondition(which, asOf, counted);
    auto query = Sql::exec(
        database.connection(),
        QStringLiteral("SELECT count(*), count(DISTINCT i.owner_id) FROM interactions i WHERE ") +
            condition,
        counted.params);
    if (!query)
        return failure<DashboardFigure>(query.error());
    DashboardFigure figure;
    figure.key = key;
    if (query->next()) {
        figure.value = query->value(0).toLongLong();
        figure.owners = query->value(1).toLongLong();
    }
    figure.filter = filters.followUp(which, asOf);
    return figure;
}

Result<QList<DashboardFollowUp>> openFollowUps(Database& database, DashboardFilters& filters)
{
    OwnerFilter open;
    const QString condition = filters.followUpCondition(FollowUps::Open, {}, open);
    open.params.insert(QStringLiteral(":limit"), DashboardSnapshot::followUpLimit);
    auto query = Sql::exec(
        database.connection(),
        QStringLiteral(
            "SELECT i.id, i.owner_id, i.follow_up_date, trim(o.first_name || ' ' || o.last_name), "
            "i.interaction_type, i.subject, coalesce(nullif(s.display_name, ''), s.username, '') "
            "FROM interactions i JOIN owners o ON o.id = i.owner_id "
            "LEFT JOIN staff s ON s.id = i.handled_by WHERE %1 "
            "ORDER BY i.follow_up_date IS NULL, i.follow_up_date, i.created_at, i.id LIMIT :limit")
            .arg(condition),
        open.params);
    if (!query)
        return failure<QList<DashboardFollowUp>>(query.error());
    QList<DashboardFollowUp> list;
    while (query->next()) {
        DashboardFollowUp item;
        item.interactionId = query->value(0).toLongLong();
        item.ownerId = query->value(1).toLongLong();
        item.date = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        item.ownerName = query->value(3).toString();
        item.interactionType = query->value(4).toString();
        item.subject = query->value(5).toString();
        item.handledBy = query->value(6).toString();
        item.filter = filters.owner(item.ownerId);
        list << item;
    }
    return list;
}

} // namespace

Status fillFollowUps(Database& database, DashboardFilters& filters, DashboardSnapshot& s)
{
    const QDate asOf = s.period.asOf;
    const struct
    {
        DashboardFigure* figure;
        FollowUps which;
        const char* key;
    } wanted[] = {
        {&s.kpis.followUpsDue, FollowUps::DueBy, "due"},
        {&s.kpis.followUpsToday, FollowUps::DueOn, "today"},
        {&s.kpis.followUpsOverdue, FollowUps::DueBefore, "overdue"},
        {&s.openFollowUps, FollowUps::Open, "open"},
    };
    for (const auto& w : wanted) {
        auto figure = followUpFigure(database, filters, w.which, asOf, QLatin1String(w.key));
        if (!figure)
            return failed(figure.error());
        *w.figure = std::move(figure).value();
    }
    auto list = openFollowUps(database, filters);
    if (!list)
        return failed(list.error());
    s.followUps = std::move(list).value();
    return {};
}

} // namespace huellas::DashboardParts
