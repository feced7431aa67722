#pragma once

#include "RuleTree.h"

#include <QByteArray>
#include <QJsonObject>

namespace huellas::SegmentRules {

// The JSON form of a tree, which parse() reads back to an equal tree: keys in alphabetical
// order, lists sorted, pesos as the shortest number (1000, 1000.5), dates as YYYY-MM-DD.
QJsonObject toJsonObject(const RuleTree& rules);
// Compact text, the form stored in segments.rules: equal rules give equal text.
QByteArray toJson(const RuleTree& rules);

} // namespace huellas::SegmentRules
