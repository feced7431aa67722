#pragma once

#include "DashboardData.h"
#include "core/Result.h"

#include <QList>

namespace huellas {

class Database;

// Counts many owner figures in one pass over the owners table: each figure's filter becomes a
// sum(CASE WHEN … THEN 1 ELSE 0 END) column, so every number is by construction the size of the
// list its click opens. The filters must come from one DashboardFilters (unique parameter names).
class OwnerFigureCounter final
{
public:
    // The figure must stay where it is until run() (fill containers first, then add).
    void add(DashboardFigure& figure) { m_figures << &figure; }
    // Sets value and owners of every added figure.
    Status run(Database& database);

private:
    QList<DashboardFigure*> m_figures;
};

} // namespace huellas
