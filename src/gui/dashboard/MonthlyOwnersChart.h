#pragma once

#include "DashboardChartView.h"
#include "storage/dashboard/DashboardData.h"

class QLineSeries;

namespace huellas {

// "Clientes nuevos por mes": new owners per month, with the line of owners who turned high
// risk that month. A point opens that month's owners of its line.
class MonthlyOwnersChart final : public DashboardChartView
{
    Q_OBJECT

public:
    explicit MonthlyOwnersChart(QWidget* parent = nullptr);

    void setMonths(const QList<DashboardMonth>& months);
    QLineSeries* newOwnersSeries() const { return m_newOwners; }
    QLineSeries* becameHighRiskSeries() const { return m_becameHighRisk; }

private:
    QLineSeries* addLine(const QString& name, const QColor& color, bool highRisk);
    void openPoint(const QPointF& point, bool highRisk);

    QLineSeries* m_newOwners = nullptr;
    QLineSeries* m_becameHighRisk = nullptr;
    QList<DashboardMonth> m_months;
};

} // namespace huellas
