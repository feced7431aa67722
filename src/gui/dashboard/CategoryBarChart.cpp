#include "CategoryBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace huellas {

CategoryBarChart::CategoryBarChart(const QString& objectName, const QString& title,
                                   Qt::Orientation bars, const QColor& color, Labeler categoryLabel,
                                   Labeler drillLabel, QWidget* parent)
    : DashboardChartView(objectName, title, parent), m_bars(bars), m_color(color),
      m_categoryLabel(std::move(categoryLabel)), m_drillLabel(std::move(drillLabel))
{
    chart()->legend()->hide();
}

void CategoryBarChart::setFigures(const QList<DashboardFigure>& figures)
{
    clearChart();
    m_figures = figures;
    m_set = new QBarSet(chart()->title());
    m_set->setColor(m_color);
    m_set->setBorderColor(m_color);
    m_set->setLabelColor(palette().color(QPalette::Text));
    QStringList categories;
    qint64 highest = 0;
    for (int i = 0; i < figures.size(); ++i) {
        m_set->append(double(figures.at(i).value));
        categories << m_categoryLabel(figures.at(i), i);
        highest = std::max(highest, figures.at(i).value);
    }
    if (m_bars == Qt::Horizontal)
        m_series = new QHorizontalBarSeries;
    else
        m_series = new QBarSeries;
    m_series->setObjectName(objectName() + QStringLiteral("Series"));
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    connect(m_set, &QBarSet::clicked, this, &CategoryBarChart::openBar);
    chart()->addSeries(m_series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    // Room past the longest bar for its count.
    valueAxis->setRange(0, std::max<qint64>(highest, 4) * 1.2);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->applyNiceNumbers();
    if (m_bars == Qt::Horizontal) {
        categoryAxis->setReverse(true); // the first category on top
        addAxis(categoryAxis, Qt::AlignLeft, m_series);
        addAxis(valueAxis, Qt::AlignBottom, m_series);
    } else {
        addAxis(categoryAxis, Qt::AlignBottom, m_series);
        addAxis(valueAxis, Qt::AlignLeft, m_series);
    }
}

void CategoryBarChart::openBar(int index)
{
    if (index >= 0 && index < m_figures.size())
        open(m_figures.at(index), m_drillLabel(m_figures.at(index), index));
}

} // namespace huellas
