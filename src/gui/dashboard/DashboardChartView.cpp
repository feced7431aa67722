#include "DashboardChartView.h"

#include "storage/dashboard/DashboardData.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QLegend>

namespace huellas {

DashboardChartView::DashboardChartView(const QString& objectName, const QString& title,
                                       QWidget* parent)
    : QChartView(new QChart, parent) // QChartView(parent) makes a chart setChart() would orphan
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    QChart* c = chart(); // the view owns the chart
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(4);
    c->legend()->setFont(font());
}

void DashboardChartView::clearChart()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void DashboardChartView::addAxis(QAbstractAxis* axis, Qt::Alignment alignment,
                                 QAbstractSeries* series)
{
    axis->setLabelsFont(font());
    chart()->addAxis(axis, alignment);
    series->attachAxis(axis);
}

void DashboardChartView::open(const DashboardFigure& figure, const QString& label)
{
    emit drillDown(figure.filter, label);
}

} // namespace huellas
