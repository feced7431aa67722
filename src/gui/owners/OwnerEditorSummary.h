#pragma once

#include "core/Records.h"

#include <QString>

namespace huellas {

// The read-only lines of the profile editor: the header and the derived metrics, worded for
// the desk from the numbers the storage layer computed.
namespace OwnerEditorSummary {

// "Ana María Pérez · VIP · Low risk"; a new owner has no tier or risk yet.
QString header(const Owner& owner);
// "Engagement 83 = visits 30 + recency 30 + spending 20 + interactions 3"
QString engagement(const Owner& owner, int interactionCount);
// "Lifetime value $14,250.00 · Average order $712.50 · 12 visits · first 03/01/2024"
QString spending(const Owner& owner);
// "Referred 3 owners · Referred by: Luis Canul"
QString referrals(const Owner& owner, const QString& referrerName);

} // namespace OwnerEditorSummary
} // namespace huellas
