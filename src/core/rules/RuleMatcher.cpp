#include "RuleMatcher.h"

#include "core/LocalTime.h"

#include <algorithm>

namespace huellas::SegmentRules {
namespace {

bool containsAny(const QSet<QString>& set, const QStringList& wanted)
{
    return std::any_of(wanted.cbegin(), wanted.cend(),
                       [&set](const QString& value) { return set.contains(value); });
}

bool containsAll(const QSet<QString>& set, const QStringList& wanted)
{
    return std::all_of(wanted.cbegin(), wanted.cend(),
                       [&set](const QString& value) { return set.contains(value); });
}

// Owners never seen have no number of days, so they satisfy neither bound.
bool daysAtLeast(const std::optional<int>& days, qint64 bound)
{
    return days && *days >= bound;
}
bool daysAtMost(const std::optional<int>& days, qint64 bound)
{
    return days && *days <= bound;
}

bool holds(const RuleCondition& c, const OwnerSnapshot& o)
{
    switch (c.key) {
    case RuleKey::Tier: return c.texts().contains(o.tier);
    case RuleKey::Tags: return containsAll(o.tags, c.texts());
    case RuleKey::TagsAny: return containsAny(o.tags, c.texts());
    case RuleKey::TagsNone: return !containsAny(o.tags, c.texts());
    case RuleKey::LifetimeValueMin: return o.lifetimeValue >= c.number();
    case RuleKey::LifetimeValueMax: return o.lifetimeValue <= c.number();
    case RuleKey::DaysSinceVisitMin: return daysAtLeast(o.daysSinceLastVisit, c.number());
    case RuleKey::DaysSinceVisitMax: return daysAtMost(o.daysSinceLastVisit, c.number());
    case RuleKey::ChurnRisk: return c.texts().contains(o.churnRisk);
    case RuleKey::EmailOptIn: return o.emailOptIn == c.flag();
    case RuleKey::SmsOptIn: return o.smsOptIn == c.flag();
    case RuleKey::WhatsappOptIn: return o.whatsappOptIn == c.flag();
    case RuleKey::AcquisitionSource: return c.texts().contains(o.acquisitionSource);
    case RuleKey::City: return c.texts().contains(o.city);
    case RuleKey::Neighborhood: return c.texts().contains(o.neighborhood);
    case RuleKey::PreferredLanguage: return c.texts().contains(o.preferredLanguage);
    case RuleKey::EngagementMin: return o.engagementScore >= c.number();
    case RuleKey::EngagementMax: return o.engagementScore <= c.number();
    case RuleKey::VisitsMin: return o.totalVisits >= c.number();
    case RuleKey::Species: return containsAny(o.livePetSpecies, c.texts());
    case RuleKey::Referred: return o.hasReferrer == c.flag();
    case RuleKey::CreatedAfter: return LocalTime::dateOf(o.createdAt) >= c.date();
    case RuleKey::CreatedBefore: return LocalTime::dateOf(o.createdAt) < c.date();
    case RuleKey::Any:
        return std::any_of(c.alternatives().cbegin(), c.alternatives().cend(),
                           [&o](const RuleTree& member) { return matches(member, o); });
    }
    Q_UNREACHABLE();
}

} // namespace

bool matches(const RuleTree& rules, const OwnerSnapshot& owner)
{
    return std::all_of(rules.conditions.cbegin(), rules.conditions.cend(),
                       [&owner](const RuleCondition& c) { return holds(c, owner); });
}

} // namespace huellas::SegmentRules
