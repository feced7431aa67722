#include "SegmentQuery.h"

#include "RuleSqlCompiler.h"
#include "storage/Database.h"
#include "storage/OwnerListQuery.h"
#include "storage/Sql.h"

namespace huellas::SegmentQuery {
OwnerFilter filterFor(const SqlDialect& dialect, const RuleTree& rules)
{
    return RuleSqlCompiler(dialect).compile(rules);
}

Result<int> count(Database& database, const RuleTree& rules)
{
    return OwnerListQuery::count(database, filterFor(database.dialect(), rules));
}

Result<QStringList> members(Database& database, const RuleTree& rules)
{
    const OwnerFilter filter = filterFor(database.dialect(), rules);
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("SELECT o.external_id FROM owners o") +
                               filter.whereClause() + QStringLiteral(" ORDER BY o.id"),
                           filter.params);
    if (!query)
        return failure<QStringList>(query.error());
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

} // namespace huellas::SegmentQuery
