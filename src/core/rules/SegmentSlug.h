#pragma once

#include <QString>

namespace huellas::SegmentRules {

// The URL- and command-line-friendly name of a segment: "Perros VIP Pescadores" →
// "perros-vip-pescadores", "Niños y Mamás" → "ninos-y-mamas". Accents are folded, everything
// but ASCII letters and digits becomes one '-', none at the ends. Empty when nothing is left.
QString slugFor(const QString& name);

} // namespace huellas::SegmentRules
