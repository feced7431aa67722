#include "DemoDataGenerator.h"

namespace huellas {

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions&)
{
    return failure<DemoSummary>(QStringLiteral("not yet"));
}

} // namespace huellas
