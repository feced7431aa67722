#pragma once

#include "core/Choices.h"

#include <QString>

#include <optional>
#include <span>

namespace huellas {

// Every key a segment's rules may use (DOMAIN.md "Segment rules"). The enumeration order is the
// order of conditions in a parsed tree, so equal rules give equal trees.
enum class RuleKey
{
    Tier,
    Tags,
    TagsAny,
    TagsNone,
    LifetimeValueMin,
    LifetimeValueMax,
    DaysSinceVisitMin,
    DaysSinceVisitMax,
    ChurnRisk,
    EmailOptIn,
    SmsOptIn,
    WhatsappOptIn,
    AcquisitionSource,
    City,
    Neighborhood,
    PreferredLanguage,
    EngagementMin,
    EngagementMax,
    VisitsMin,
    Species,
    Referred,
    CreatedAfter,
    CreatedBefore,
    Any,
};

// How a key's JSON value is read, and which alternative of RuleValue the tree holds for it.
enum class RuleValueKind
{
    TextList,    // non-empty list of strings, matched exactly → QStringList
    TagList,     // like TextList, but a blank tag can never exist → QStringList
    ChoiceList,  // non-empty list of keys of one Choices.h list → QStringList
    Boolean,     // true or false → bool
    Pesos,       // amount ≥ 0 in whole centavos → qint64 centavos
    WholeNumber, // integer ≥ 0 → qint64
    Date,        // "YYYY-MM-DD" → QDate
    Alternatives // non-empty list of rule objects → RuleAlternatives
};

struct RuleKeyInfo
{
    RuleKey key;
    const char* name; // the JSON key
    RuleValueKind kind;
    ChoiceList choices = ChoiceList::Tier; // read only when kind is ChoiceList
};

// A lower and an upper bound on the same quantity in one rule object; a range that can hold
// nothing (min > max, or after ≥ before for the exclusive date bound) is refused.
struct RuleRange
{
    RuleKey lower;
    RuleKey upper;
    bool upperIsExclusive;
};

std::span<const RuleKeyInfo> ruleKeys();
std::span<const RuleRange> ruleRanges();
const RuleKeyInfo& ruleKeyInfo(RuleKey key);
QString ruleKeyName(RuleKey key);
std::optional<RuleKey> ruleKeyNamed(const QString& name);

} // namespace huellas
