#include "SegmentQuery.h"

#include "RuleSqlCompiler.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas::SegmentQuery {
namespace {

QString whereClause(const OwnerFilter& filter)
{
    return filter.condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter.condition;
}

} // namespace

OwnerFilter filterFor(const SqlDialect& dialect, const RuleTree& rules)
{
    return RuleSqlCompiler(dialect).compile(rules);
}

Result<int> count(Database& database, const RuleTree& rules)
{
    const OwnerFilter filter = filterFor(database.dialect(), rules);
    auto n = Sql::scalar(database.connection(),
                         QStringLiteral("SELECT count(*) FROM owners o") + whereClause(filter),
                         filter.params);
    if (!n)
        return failure<int>(n.error());
    return n->toInt();
}

Result<QStringList> members(Database& database, const RuleTree& rules)
{
    const OwnerFilter filter = filterFor(database.dialect(), rules);
    auto query = Sql::exec(database.connection(),
                           QStringLiteral("SELECT o.external_id FROM owners o") +
                               whereClause(filter) + QStringLiteral(" ORDER BY o.id"),
                           filter.params);
    if (!query)
        return failure<QStringList>(query.error());
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

} // namespace huellas::SegmentQuery
