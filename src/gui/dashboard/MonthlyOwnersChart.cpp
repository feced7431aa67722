#include "MonthlyOwnersChart.h"

#include "ChartPalette.h"
#include "DashboardLabels.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace huellas {

MonthlyOwnersChart::MonthlyOwnersChart(QWidget* parent)
    : DashboardChartView(QStringLiteral("monthlyOwnersChart"), tr("New owners per month"), parent)
{
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QLineSeries* MonthlyOwnersChart::addLine(const QString& name, const QColor& color, bool highRisk)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(color, 2.5);
    if (highRisk)
        pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->setMarkerSize(8);
    for (int i = 0; i < m_months.size(); ++i) {
        const DashboardMonth& m = m_months.at(i);
        line->append(i, double(highRisk ? m.becameHighRisk.value : m.newOwners.value));
    }
    connect(line, &QLineSeries::clicked, this,
            [this, highRisk](const QPointF& p) { openPoint(p, highRisk); });
    connect(line, &QLineSeries::hovered, this, [this, highRisk, name](const QPointF& p, bool on) {
        const int i = std::clamp(int(qRound(p.x())), 0, int(m_months.size()) - 1);
        if (!on || m_months.isEmpty())
            return QToolTip::hideText();
        const DashboardMonth& m = m_months.at(i);
        QToolTip::showText(
            QCursor::pos(),
            tr("%1, %2: %3")
                .arg(name, DashboardLabels::month(m.month),
                     DashboardLabels::count(highRisk ? m.becameHighRisk.value : m.newOwners.value)),
            this);
    });
    chart()->addSeries(line);
    return line;
}

void MonthlyOwnersChart::setMonths(const QList<DashboardMonth>& months)
{
    clearChart();
    m_months = months;
    m_newOwners = addLine(tr("New owners"), ChartPalette::primary(), false);
    m_becameHighRisk = addLine(tr("Turned high risk"), ChartPalette::alert(), true);

    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(months.size()) - 0.5);
    // About six labels fit; always label the current month.
    const int step = int(months.size() + 5) / 6;
    for (int i = int(months.size() - 1) % step; i < months.size(); i += step)
        x->append(DashboardLabels::shortMonth(months.at(i).month), i);
    x->setGridLineVisible(false);
    qint64 highest = 0;
    for (const DashboardMonth& m : months)
        highest = std::max({highest, m.newOwners.value, m.becameHighRisk.value});
    auto* y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(highest, 4)) * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    addAxis(x, Qt::AlignBottom, m_newOwners);
    addAxis(y, Qt::AlignLeft, m_newOwners);
    m_becameHighRisk->attachAxis(x);
    m_becameHighRisk->attachAxis(y);
}

void MonthlyOwnersChart::openPoint(const QPointF& point, bool highRisk)
{
    if (m_months.isEmpty())
        return;
    const DashboardMonth& m =
        m_months.at(std::clamp(int(qRound(point.x())), 0, int(m_months.size()) - 1));
    if (highRisk)
        open(m.becameHighRisk, tr("Turned high risk in %1").arg(DashboardLabels::month(m.month)));
    else
        open(m.newOwners, tr("New owners in %1").arg(DashboardLabels::month(m.month)));
}

} // namespace huellas
