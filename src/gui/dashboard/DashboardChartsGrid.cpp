#include "DashboardChartsGrid.h"

#include "CategoryBarChart.h"
#include "ChartPalette.h"
#include "ChurnDonutChart.h"
#include "DashboardLabels.h"
#include "MonthlyOwnersChart.h"
#include "WeeklyInteractionsChart.h"

#include <QGridLayout>

namespace huellas {

DashboardChartsGrid::DashboardChartsGrid(QWidget* parent)
    : QWidget(parent), m_churn(new ChurnDonutChart(this)), m_monthly(new MonthlyOwnersChart(this)),
      m_weekly(new WeeklyInteractionsChart(this))
{
    setObjectName(QStringLiteral("dashboardCharts"));
    using namespace DashboardLabels;
    m_tiers = new CategoryBarChart(
        QStringLiteral("tierChart"), tr("Owners by tier"), Qt::Horizontal, ChartPalette::primary(),
        [](const DashboardFigure& f, int) { return tier(f.key); },
        [](const DashboardFigure& f, int) { return tr("Tier: %1").arg(tier(f.key)); }, this);
    m_sources = new CategoryBarChart(
        QStringLiteral("sourceChart"), tr("How did they find us?"), Qt::Horizontal,
        ChartPalette::secondary(),
        [](const DashboardFigure& f, int) { return acquisitionSource(f.key); },
        [](const DashboardFigure& f, int) {
            return tr("Found us through: %1").arg(acquisitionSource(f.key));
        },
        this);
    m_lifetimeValues = new CategoryBarChart(
        QStringLiteral("lifetimeValueChart"), tr("Lifetime value distribution"), Qt::Vertical,
        ChartPalette::tertiary(),
        [](const DashboardFigure&, int i) { return lifetimeValueBucket(i); },
        [](const DashboardFigure&, int i) {
            return tr("Lifetime value: %1").arg(lifetimeValueBucket(i));
        },
        this);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<DashboardChartView*> charts{m_churn,  m_tiers,   m_monthly,
                                            m_weekly, m_sources, m_lifetimeValues};
    for (int i = 0; i < charts.size(); ++i) {
        grid->addWidget(charts.at(i), i / 2, i % 2);
        connect(charts.at(i), &DashboardChartView::drillDown, this,
                &DashboardChartsGrid::drillDown);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void DashboardChartsGrid::setSnapshot(const DashboardSnapshot& s)
{
    m_churn->setFigures(s.churnRisks);
    m_tiers->setFigures(s.tiers);
    m_monthly->setMonths(s.months);
    m_weekly->setWeeks(s.interactionTypes, s.weeks);
    m_sources->setFigures(s.acquisitionSources);
    m_lifetimeValues->setFigures(s.lifetimeValues);
}

} // namespace huellas
