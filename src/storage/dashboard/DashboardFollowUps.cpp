#include "DashboardFilters.h"
#include "DashboardParts.h"
#include "storage/Database.h"
#include "storage/InteractionQueries.h"
#include "storage/Sql.h"

namespace huellas::DashboardParts {
namespace {

// value: the open follow-ups `which` selects; owners: how many owners they belong to.
Result<DashboardFigure> followUpFigure(Database& database, DashboardFilters& filters,
                                       FollowUpState which, const QDate& asOf, const QString& key)
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

Result<QList<DashboardFollowUp>> followUpsNeedingAttention(Database& database,
                                                          DashboardFilters& filters,
                                                          const QDate& asOf)
{
    auto rows = InteractionQueries::followUpsNeedingAttention(database, asOf,
                                                              DashboardSnapshot::followUpLimit);
    if (!rows)
        return failure<QList<DashboardFollowUp>>(rows.error());
    QList<DashboardFollowUp> list;
    for (const InteractionRow& row : *rows)
        list << DashboardFollowUp{row, filters.owner(row.ownerId)};
    return list;
}

} // namespace

Status fillFollowUps(Database& database, DashboardFilters& filters, DashboardSnapshot& s)
{
    const QDate asOf = s.period.asOf;
    const struct
    {
        DashboardFigure* figure;
        FollowUpState which;
        const char* key;
    } wanted[] = {
        {&s.kpis.followUpsDue, FollowUpState::Due, "due"},
        {&s.kpis.followUpsToday, FollowUpState::DueToday, "today"},
        {&s.kpis.followUpsOverdue, FollowUpState::Overdue, "overdue"},
        {&s.kpis.followUpsUndated, FollowUpState::Undated, "undated"},
        {&s.kpis.followUpsNeedingAttention, FollowUpState::NeedsAttention, "attention"},
    };
    for (const auto& w : wanted) {
        auto figure = followUpFigure(database, filters, w.which, asOf, QLatin1String(w.key));
        if (!figure)
            return failed(figure.error());
        *w.figure = std::move(figure).value();
    }
    auto list = followUpsNeedingAttention(database, filters, asOf);
    if (!list)
        return failed(list.error());
    s.followUps = std::move(list).value();
    return {};
}

} // namespace huellas::DashboardParts
