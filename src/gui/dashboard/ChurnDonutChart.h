#pragma once

#include "DashboardChartView.h"
#include "storage/dashboard/DashboardData.h"

class QPieSeries;

namespace huellas {

// "Riesgo de abandono": a donut of low / medium / high; a slice or its legend entry opens
// those owners.
class ChurnDonutChart final : public DashboardChartView
{
    Q_OBJECT

public:
    explicit ChurnDonutChart(QWidget* parent = nullptr);

    void setFigures(const QList<DashboardFigure>& churnRisks);
    QPieSeries* series() const { return m_series; }

private:
    void openSlice(int index);

    QPieSeries* m_series = nullptr;
    QList<DashboardFigure> m_figures;
};

} // namespace huellas
