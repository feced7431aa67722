#pragma once

#include <QtGlobal>

#include <optional>

namespace huellas::ProcessMemory {

// The process's resident memory now (VmRSS) and at its peak (VmHWM), from /proc/self/status,
// in KiB; none where there is no /proc. For the figures that prove memory stays bounded (an
// import's HUELLAS_FIGURES=1, the window benchmark), without a tool the machine may not have.
std::optional<qint64> residentKiB();
std::optional<qint64> peakResidentKiB();

} // namespace huellas::ProcessMemory
