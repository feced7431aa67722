#pragma once

#include "core/rules/RuleKey.h"

class QWidget;

namespace huellas {

class RuleValueEditor;
struct SegmentFormChoices;

// The editor that fits a key's value kind: check boxes for closed lists, chips for free text,
// spin boxes for pesos and counts, a date picker, yes/no. Not for RuleKey::Any (a group).
RuleValueEditor* createRuleValueEditor(RuleKey key, const SegmentFormChoices& choices,
                                       QWidget* parent);

} // namespace huellas
