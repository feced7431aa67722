#pragma once

#include "core/rules/RuleKey.h"

#include <QString>

namespace huellas {

// What the manager reads for a rule key ("Nivel", "Días sin visita (máximo)"), never the JSON
// name.
QString ruleFieldLabel(RuleKey key);

// A parser problem such as "any[1].lifetime_value_min: 5000 is greater than
// lifetime_value_max 1000" with JSON names replaced by labels ("Minimum lifetime value: 5000 is
// greater than Maximum lifetime value 1000"), for the builder's summary line.
QString ruleProblemForPeople(const QString& problem);

// The problem without its "path: " prefix (and labels for names), for the red line under the
// condition it belongs to.
QString ruleProblemDetail(const QString& problem);

} // namespace huellas
