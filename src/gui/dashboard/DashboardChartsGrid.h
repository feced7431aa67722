#pragma once

#include "storage/OwnerFilter.h"

#include <QWidget>

namespace huellas {

class CategoryBarChart;
class ChurnDonutChart;
class MonthlyOwnersChart;
class WeeklyInteractionsChart;
struct DashboardSnapshot;

// The six charts of the wireframe, two per row: churn and tiers, new owners per month and
// interactions per week, acquisition sources and the lifetime-value histogram.
class DashboardChartsGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChartsGrid(QWidget* parent = nullptr);

    void setSnapshot(const DashboardSnapshot& snapshot);

    ChurnDonutChart* churn() const { return m_churn; }
    CategoryBarChart* tiers() const { return m_tiers; }
    MonthlyOwnersChart* monthly() const { return m_monthly; }
    WeeklyInteractionsChart* weekly() const { return m_weekly; }
    CategoryBarChart* sources() const { return m_sources; }
    CategoryBarChart* lifetimeValues() const { return m_lifetimeValues; }

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);

private:
    ChurnDonutChart* m_churn;
    CategoryBarChart* m_tiers;
    MonthlyOwnersChart* m_monthly;
    WeeklyInteractionsChart* m_weekly;
    CategoryBarChart* m_sources;
    CategoryBarChart* m_lifetimeValues;
};

} // namespace huellas
