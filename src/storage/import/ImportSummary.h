#pragma once

#include "ImportReport.h"

namespace huellas::ImportSummary {

// "owners: 3 new, 1 updated; pets: 2 new, 0 updated" — what an import wrote (or, in a dry
// run, would write), in the words the CLI and the window both show.
QString counts(const ImportReport& report);

} // namespace huellas::ImportSummary
