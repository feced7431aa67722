#include "KpiCardsRow.h"

#include "DashboardLabels.h"
#include "KpiCard.h"
#include "storage/dashboard/DashboardData.h"

#include <QHBoxLayout>
#include <QLabel>

namespace huellas {

KpiCardsRow::KpiCardsRow(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiCardsRow"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_owners = addCard("ownersCard", tr("Owners"));
    m_active = addCard("activeCard", tr("Active in 90 days"));
    m_risk = addCard("atRiskCard", tr("At risk"));
    m_lifetimeValue = addCard("lifetimeValueCard", tr("Lifetime value"));
    m_followUps = addCard("followUpsCard", tr("Follow-ups"));
}

KpiCard* KpiCardsRow::addCard(const char* objectName, const QString& title)
{
    auto* card = new KpiCard(QLatin1String(objectName), title, this);
    connect(card, &KpiCard::drillDown, this, &KpiCardsRow::drillDown);
    layout()->addWidget(card);
    return card;
}

void KpiCardsRow::setKpis(const DashboardKpis& k, const QDate& asOf)
{
    using namespace DashboardLabels;
    m_owners->setFigure(k.owners, tr("All owners"));
    m_owners->setLine(0, count(k.owners.value));
    m_owners->setLine(1, tr("+%1 this month").arg(count(k.newThisMonth.value)), &k.newThisMonth,
                      tr("New owners in %1").arg(month(asOf)));

    const QString activeLabel = tr("Seen in the last 90 days");
    m_active->setFigure(k.active90, activeLabel);
    m_active->setLine(0, count(k.active90.value));
    m_active->setLine(1, tr("%1 of all owners").arg(percent(k.activePercent())));

    m_risk->setFigure(k.atRisk, tr("Churn risk: medium or high"));
    m_risk->setLine(0, tr("High: %1").arg(count(k.highRisk.value)), &k.highRisk,
                    tr("Churn risk: %1").arg(churnRisk(k.highRisk.key)));
    m_risk->setLine(1, tr("Medium: %1").arg(count(k.mediumRisk.value)), &k.mediumRisk,
                    tr("Churn risk: %1").arg(churnRisk(k.mediumRisk.key)));

    m_lifetimeValue->setFigure(k.owners, tr("All owners"));
    m_lifetimeValue->setLine(0, tr("avg %1").arg(money(k.averageLifetimeValue)));
    m_lifetimeValue->setLine(1, tr("total %1").arg(compactMoney(k.totalLifetimeValue)));
    m_lifetimeValue->setToolTip(tr("Total lifetime value: %1\nClick to list these owners")
                                    .arg(money(k.totalLifetimeValue)));

    // The headline is what the desk's Pendientes panel lists: due today, overdue or undated.
    m_followUps->setFigure(k.followUpsNeedingAttention,
                           tr("Follow-ups to attend (today, overdue or without a date)"));
    m_followUps->setLine(0, tr("Today: %1").arg(count(k.followUpsToday.value)), &k.followUpsToday,
                         tr("Follow-ups due today"));
    m_followUps->setLine(1, tr("Overdue: %1").arg(count(k.followUpsOverdue.value)),
                         &k.followUpsOverdue, tr("Overdue follow-ups"));
    m_followUps->setLine(2, tr("No date: %1").arg(count(k.followUpsUndated.value)),
                         &k.followUpsUndated, tr("Follow-ups without a date"));
    m_followUps->setToolTip(tr("%1 follow-ups of %2 owners to attend\nClick to list these owners")
                                .arg(count(k.followUpsNeedingAttention.value),
                                     count(k.followUpsNeedingAttention.owners)));
}

} // namespace huellas
