#include "OwnerFigureCounter.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QStringList>

namespace huellas {

Status OwnerFigureCounter::run(Database& database)
{
    if (m_figures.isEmpty())
        return {};
    QStringList columns;
    QVariantMap params;
    for (const DashboardFigure* figure : std::as_const(m_figures)) {
        const OwnerFilter& f = figure->filter;
        columns << (f.condition.isEmpty()
                        ? QStringLiteral("count(*)")
                        : QStringLiteral("coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                              .arg(f.condition));
        params.insert(f.params);
    }
    auto query = Sql::exec(
        database.connection(),
        QStringLiteral("SELECT %1 FROM owners o").arg(columns.join(QLatin1String(", "))), params);
    if (!query)
        return failed(query.error());
    if (!query->next())
        return {};
    for (int i = 0; i < m_figures.size(); ++i) {
        m_figures[i]->value = query->value(i).toLongLong();
        m_figures[i]->owners = m_figures[i]->value;
    }
    return {};
}

} // namespace huellas
