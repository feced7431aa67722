#pragma once

#include <QtGlobal>

#include <optional>

namespace huellas::cli {

// The process's peak resident memory (VmHWM in /proc/self/status), in KiB; none where there
// is no /proc. For HUELLAS_FIGURES=1: proof that an import's memory stays flat, without a
// tool the machine may not have (/usr/bin/time -v).
std::optional<qint64> peakResidentKiB();

} // namespace huellas::cli
