#pragma once

#include "DashboardChartView.h"
#include "storage/dashboard/DashboardData.h"

class QBarSet;
class QStackedBarSeries;

namespace huellas {

// "Interacciones por semana, por tipo": stacked weekly bars, one colour per interaction type.
// A segment opens the owners who had that type of interaction that week.
class WeeklyInteractionsChart final : public DashboardChartView
{
    Q_OBJECT

public:
    explicit WeeklyInteractionsChart(QWidget* parent = nullptr);

    void setWeeks(const QStringList& interactionTypes, const QList<DashboardWeek>& weeks);
    QStackedBarSeries* series() const { return m_series; }
    // The bar set of an interaction type, or null when the period has none of it.
    QBarSet* barSet(const QString& interactionType) const;

private:
    void openSegment(int typeIndex, int week);
    void showTip(int typeIndex, int week);
    void addMonthAxis();

    QStackedBarSeries* m_series = nullptr;
    QStringList m_types;
    QList<DashboardWeek> m_weeks;
};

} // namespace huellas
