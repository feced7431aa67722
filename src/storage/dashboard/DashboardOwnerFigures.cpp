#include "DashboardFilters.h"
#include "DashboardParts.h"
#include "OwnerFigureCounter.h"
#include "core/Choices.h"

namespace huellas::DashboardParts {
namespace {

DashboardFigure figure(const QString& key, OwnerFilter filter)
{
    DashboardFigure f;
    f.key = key;
    f.filter = std::move(filter);
    return f;
}

QList<DashboardFigure> byChoice(DashboardFilters& filters, DashboardFilters::Column column,
                                ChoiceList list, bool withUnrecorded)
{
    QStringList keys = choiceKeys(list);
    if (withUnrecorded)
        keys << QString();
    QList<DashboardFigure> figures;
    for (const QString& key : std::as_const(keys))
        figures << figure(key, filters.equals(column, key));
    return figures;
}

void fillKpiFilters(DashboardFilters& filters, const DashboardPeriod& period, DashboardKpis& kpis)
{
    using Column = DashboardFilters::Column;
    const QDate monthStart(period.asOf.year(), period.asOf.month(), 1);
    kpis.owners = figure(QStringLiteral("owners"), filters.everyone());
    kpis.newThisMonth =
        figure(QStringLiteral("new"), filters.createdBetween(monthStart, monthStart.addMonths(1)));
    kpis.active90 = figure(QStringLiteral("active90"), filters.visitedWithin(90));
    kpis.atRisk = figure(QStringLiteral("at_risk"),
                         filters.churnRiskIn({QStringLiteral("medium"), QStringLiteral("high")}));
    kpis.highRisk =
        figure(QStringLiteral("high"), filters.equals(Column::ChurnRisk, QStringLiteral("high")));
    kpis.mediumRisk = figure(QStringLiteral("medium"),
                             filters.equals(Column::ChurnRisk, QStringLiteral("medium")));
}

void fillMonths(DashboardFilters& filters, const DashboardPeriod& period,
                QList<DashboardMonth>& months)
{
    for (const QDate& start : period.monthStarts()) {
        DashboardMonth month;
        month.month = start;
        const QString key = start.toString(QStringLiteral("yyyy-MM"));
        month.newOwners = figure(key, filters.createdBetween(start, start.addMonths(1)));
        month.becameHighRisk =
            figure(key, filters.becameHighRiskBetween(start, start.addMonths(1)));
        months << month;
    }
}

} // namespace

Status fillOwnerFigures(Database& database, DashboardFilters& filters, DashboardSnapshot& s)
{
    using Column = DashboardFilters::Column;
    fillKpiFilters(filters, s.period, s.kpis);
    s.churnRisks = byChoice(filters, Column::ChurnRisk, ChoiceList::ChurnRisk, false);
    s.tiers = byChoice(filters, Column::Tier, ChoiceList::Tier, false);
    s.acquisitionSources =
        byChoice(filters, Column::AcquisitionSource, ChoiceList::AcquisitionSource, true);
    for (const LifetimeValueBucket& bucket : lifetimeValueBuckets)
        s.lifetimeValues << figure(QString::number(s.lifetimeValues.size()),
                                   filters.lifetimeValueIn(bucket));
    fillMonths(filters, s.period, s.months);

    // Every container is complete: the counter may now hold pointers into them.
    OwnerFigureCounter counter;
    for (DashboardFigure* f : {&s.kpis.owners, &s.kpis.newThisMonth, &s.kpis.active90,
                               &s.kpis.atRisk, &s.kpis.highRisk, &s.kpis.mediumRisk})
        counter.add(*f);
    for (QList<DashboardFigure>* list :
         {&s.churnRisks, &s.tiers, &s.acquisitionSources, &s.lifetimeValues})
        for (DashboardFigure& f : *list)
            counter.add(f);
    for (DashboardMonth& month : s.months) {
        counter.add(month.newOwners);
        counter.add(month.becameHighRisk);
    }
    return counter.run(database);
}

} // namespace huellas::DashboardParts
