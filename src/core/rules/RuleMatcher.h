#pragma once

#include "OwnerSnapshot.h"
#include "RuleTree.h"

namespace huellas::SegmentRules {

// Whether an owner belongs to a segment, evaluated in memory. It states DOMAIN.md's readings
// in plain C++ and is the reference the SQL compiler in storage is tested against.
bool matches(const RuleTree& rules, const OwnerSnapshot& owner);

} // namespace huellas::SegmentRules
