#pragma once

#include "core/Result.h"
#include "storage/DemoDataGenerator.h"

namespace huellas {

class DemoHouseholdSink;
struct DemoStaffIds;

// The demo's households, made in the order their owners joined and handed to `sink` one at a
// time: all that is kept of an owner once written is what picking a referrer needs. The same
// seed and the same sink ids give the same households, whatever the sink.
namespace DemoPopulation {

Result<DemoSummary> generate(DemoHouseholdSink& sink, const DemoStaffIds& staff,
                             const DemoOptions& options, const QDate& today);

} // namespace DemoPopulation
} // namespace huellas
