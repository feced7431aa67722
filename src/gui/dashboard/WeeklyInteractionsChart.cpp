#include "WeeklyInteractionsChart.h"

#include "ChartPalette.h"
#include "DashboardLabels.h"
#include "core/Choices.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace huellas {

WeeklyInteractionsChart::WeeklyInteractionsChart(QWidget* parent)
    : DashboardChartView(QStringLiteral("weeklyInteractionsChart"),
                         tr("Interactions per week, by type"), parent)
{
    // Eleven type names fit beside the bars, not below them.
    chart()->legend()->setAlignment(Qt::AlignRight);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart()->legend()->setFont(small);
}

void WeeklyInteractionsChart::setWeeks(const QStringList& interactionTypes,
                                       const QList<DashboardWeek>& weeks)
{
    clearChart();
    m_types = interactionTypes;
    m_weeks = weeks;
    m_series = new QStackedBarSeries;
    m_series->setObjectName(QStringLiteral("weeklyInteractionsSeries"));
    m_series->setBarWidth(0.8);
    const QStringList allTypes = choiceKeys(ChoiceList::InteractionType);
    QList<qint64> totals(weeks.size(), 0);
    for (int t = 0; t < interactionTypes.size(); ++t) {
        auto* set = new QBarSet(DashboardLabels::interactionType(interactionTypes.at(t)));
        set->setColor(ChartPalette::series(int(allTypes.indexOf(interactionTypes.at(t)))));
        set->setBorderColor(set->color());
        for (int w = 0; w < weeks.size(); ++w) {
            const qint64 value = weeks.at(w).byType.at(t).value;
            set->append(double(value));
            totals[w] += value;
        }
        connect(set, &QBarSet::clicked, this, [this, t](int week) { openSegment(t, week); });
        connect(set, &QBarSet::hovered, this, [this, t](bool on, int week) {
            if (on)
                showTip(t, week);
            else
                QToolTip::hideText();
        });
        m_series->append(set);
    }
    chart()->addSeries(m_series);
    addMonthAxis();
    auto* y = new QValueAxis;
    const qint64 highest = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    y->setRange(0, double(std::max<qint64>(highest, 4)) * 1.05);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    addAxis(y, Qt::AlignLeft, m_series);
}

void WeeklyInteractionsChart::addMonthAxis()
{
    // A label for each month at its first week: a label per week would never fit.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(m_weeks.size()) - 0.5);
    x->setGridLineVisible(false);
    // A label gets the width up to the previous one: about 70 pixels are needed.
    const int step = m_weeks.size() > 60 ? 4 : (m_weeks.size() > 30 ? 2 : 1);
    int months = 0;
    for (int w = 0; w < m_weeks.size(); ++w) {
        const QDate start = m_weeks.at(w).weekStart;
        const QDate firstOfMonth =
            start.day() == 1 ? start : QDate(start.year(), start.month(), 1).addMonths(1);
        if (firstOfMonth > start.addDays(6))
            continue;
        if (months++ % step == 0)
            x->append(DashboardLabels::shortMonth(firstOfMonth), w);
    }
    addAxis(x, Qt::AlignBottom, m_series);
}

QBarSet* WeeklyInteractionsChart::barSet(const QString& interactionType) const
{
    const auto index = m_types.indexOf(interactionType);
    return m_series && index >= 0 ? m_series->barSets().at(index) : nullptr;
}

void WeeklyInteractionsChart::showTip(int typeIndex, int week)
{
    if (week < 0 || week >= m_weeks.size())
        return;
    const DashboardFigure& f = m_weeks.at(week).byType.at(typeIndex);
    QToolTip::showText(QCursor::pos(),
                       tr("%1, week of %2: %3 interactions (%4 owners)")
                           .arg(DashboardLabels::interactionType(f.key),
                                DashboardLabels::date(m_weeks.at(week).weekStart),
                                DashboardLabels::count(f.value), DashboardLabels::count(f.owners)),
                       this);
}

void WeeklyInteractionsChart::openSegment(int typeIndex, int week)
{
    if (week < 0 || week >= m_weeks.size())
        return;
    const DashboardFigure& f = m_weeks.at(week).byType.at(typeIndex);
    open(f, tr("%1 interactions, week of %2")
                .arg(DashboardLabels::interactionType(f.key),
                     DashboardLabels::date(m_weeks.at(week).weekStart)));
}

} // namespace huellas
