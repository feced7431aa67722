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
Result<RuleTree> parse(const QByteArray& json);
Result<RuleTree> parse(const QJsonObject& rules);

} // namespace huellas::SegmentRules
