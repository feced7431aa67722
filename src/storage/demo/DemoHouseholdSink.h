#pragma once

#include "DemoHousehold.h"
#include "core/Result.h"

namespace huellas {

// Where the demo generator hands each household as soon as it is made, so that no run ever
// holds more than one: the database (DemoRowWriter) or DOMAIN.md's six CSV files
// (DemoCsvWriter). The generator is the same for both; only the writing differs.
class DemoHouseholdSink
{
public:
    virtual ~DemoHouseholdSink() = default;

    // Ready to write; afterwards nextIds() says where the ids continue.
    virtual Status prepare() = 0;
    virtual const DemoIds& nextIds() const = 0;
    virtual Status write(const DemoHousehold& household) = 0;

protected:
    DemoHouseholdSink() = default;
    Q_DISABLE_COPY_MOVE(DemoHouseholdSink)
};

} // namespace huellas
