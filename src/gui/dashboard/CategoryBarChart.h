#pragma once

#include "DashboardChartView.h"
#include "storage/dashboard/DashboardData.h"

#include <QColor>

#include <functional>

class QAbstractBarSeries;
class QBarSet;

namespace huellas {

// One bar per figure, labelled with its count (owners by tier, by acquisition source, the
// lifetime-value histogram). A bar opens its owners. Horizontal bars read top to bottom.
class CategoryBarChart final : public DashboardChartView
{
    Q_OBJECT

public:
    // The category text of a figure, and the label of the owner list it opens.
    using Labeler = std::function<QString(const DashboardFigure& figure, int index)>;

    CategoryBarChart(const QString& objectName, const QString& title, Qt::Orientation bars,
                     const QColor& color, Labeler categoryLabel, Labeler drillLabel,
                     QWidget* parent = nullptr);

    void setFigures(const QList<DashboardFigure>& figures);
    QAbstractBarSeries* series() const { return m_series; }
    QBarSet* barSet() const { return m_set; }

private:
    void openBar(int index);

    Qt::Orientation m_bars;
    QColor m_color;
    Labeler m_categoryLabel;
    Labeler m_drillLabel;
    QAbstractBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QList<DashboardFigure> m_figures;
};

} // namespace huellas
