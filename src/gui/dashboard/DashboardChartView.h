#pragma once

#include "storage/OwnerFilter.h"

#include <QChartView>

class QAbstractAxis;
class QAbstractSeries;

namespace huellas {

struct DashboardFigure;

// The frame every dashboard chart shares: a titled chart without animations (they would only
// delay a refresh), numbers in the user's locale, and drillDown() for its slices and bars.
class DashboardChartView : public QChartView
{
    Q_OBJECT

public:
    DashboardChartView(const QString& objectName, const QString& title, QWidget* parent = nullptr);

signals:
    void drillDown(const huellas::OwnerFilter& filter, const QString& label);

protected:
    // Drops the series and axes of the previous snapshot.
    void clearChart();
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment, QAbstractSeries* series);
    void open(const DashboardFigure& figure, const QString& label);
};

} // namespace huellas
