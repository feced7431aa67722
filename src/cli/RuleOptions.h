#pragma once

#include "CliContext.h"
#include "core/rules/RuleTree.h"
#include "storage/OwnerFilter.h"

#include <optional>

namespace huellas::cli {

// The owners a command works on: --rules JSON (ad hoc) or --segment SLUG (saved), or all.
// On a problem the command's exit code is returned instead (usage 2, bad rules 3, database 4).
struct OwnerSelection
{
    RuleTree rules; // {} = every owner
    std::optional<int> exitCode;

    OwnerFilter filter(const Database& database) const;
};

OwnerSelection selectOwners(Context& c, bool required);

} // namespace huellas::cli
