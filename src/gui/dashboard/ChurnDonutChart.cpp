#include "ChurnDonutChart.h"

#include "ChartPalette.h"
#include "DashboardLabels.h"

#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace huellas {

ChurnDonutChart::ChurnDonutChart(QWidget* parent)
    : DashboardChartView(QStringLiteral("churnChart"), tr("Churn risk"), parent)
{
    chart()->legend()->setAlignment(Qt::AlignRight);
}

void ChurnDonutChart::setFigures(const QList<DashboardFigure>& churnRisks)
{
    clearChart();
    m_figures = churnRisks;
    m_series = new QPieSeries;
    m_series->setObjectName(QStringLiteral("churnSeries"));
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.85);
    qint64 total = 0;
    for (const DashboardFigure& f : churnRisks)
        total += f.value;
    for (const DashboardFigure& f : churnRisks) {
        const double share = total > 0 ? 100.0 * double(f.value) / double(total) : 0.0;
        auto* slice = m_series->append(tr("%1: %2 (%3)")
                                           .arg(DashboardLabels::churnRisk(f.key),
                                                DashboardLabels::count(f.value),
                                                DashboardLabels::percent(share)),
                                       double(f.value));
        slice->setColor(ChartPalette::churnRisk(f.key));
        slice->setBorderColor(Qt::white);
        connect(slice, &QPieSlice::hovered, slice, &QPieSlice::setExploded);
    }
    connect(m_series, &QPieSeries::clicked, this,
            [this](QPieSlice* slice) { openSlice(int(m_series->slices().indexOf(slice))); });
    chart()->addSeries(m_series);
    const QList<QLegendMarker*> markers = chart()->legend()->markers(m_series);
    for (int i = 0; i < markers.size(); ++i)
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, i] { openSlice(i); });
}

void ChurnDonutChart::openSlice(int index)
{
    if (index < 0 || index >= m_figures.size())
        return;
    const DashboardFigure& f = m_figures.at(index);
    open(f, tr("Churn risk: %1").arg(DashboardLabels::churnRisk(f.key)));
}

} // namespace huellas
