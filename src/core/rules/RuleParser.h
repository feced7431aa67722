#pragma once

#include "RuleTree.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace huellas::SegmentRules {

// Reads a segment's rules (DOMAIN.md "Segment rules") into a validated tree. Nothing is
// ignored: an unknown key, a wrong type, an unknown choice, an empty list, an inverted range,
// a bad date or number fails, with every problem on its own line naming the key's path
// ("any[1].tier") and the value. "{}" gives a tree that matches every owner.
//
// Rules too big for one SQL statement are refused too: SQLite's parser stack and expression
// depth run out at about 13 "any" inside one another or a thousand alternatives or "has all"
// tags. The limits are far above any real segment and well below SQLite's.
constexpr int maxAnyDepth = 8;   // "any" inside "any" …, counting the outermost
constexpr int maxRuleSize = 500; // conditions, list values and alternatives, in all
Result<RuleTree> parse(const QByteArray& json);
Result<RuleTree> parse(const QJsonObject& rules);

} // namespace huellas::SegmentRules
