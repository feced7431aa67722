#pragma once

#include "core/Result.h"
#include "core/rules/RuleTree.h"
#include "storage/OwnerFilter.h"

#include <QStringList>

namespace huellas {

class Database;
class SqlDialect;

// A segment's rules run against the database as one parameterised query.
namespace SegmentQuery {

OwnerFilter filterFor(const SqlDialect& dialect, const RuleTree& rules);
Result<int> count(Database& database, const RuleTree& rules);
// The external_id of every matching owner, in id order.
Result<QStringList> members(Database& database, const RuleTree& rules);

} // namespace SegmentQuery
} // namespace huellas
