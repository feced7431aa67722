#include "RuleKey.h"

#include <QtGlobal>

#include <array>

namespace huellas {
namespace {

using Kind = RuleValueKind;

// Listed in RuleKey order, so ruleKeyInfo() can index it directly.
constexpr std::array keys{
    RuleKeyInfo{RuleKey::Tier, "tier", Kind::ChoiceList, ChoiceList::Tier},
    RuleKeyInfo{RuleKey::Tags, "tags", Kind::TagList},
    RuleKeyInfo{RuleKey::TagsAny, "tags_any", Kind::TagList},
    RuleKeyInfo{RuleKey::TagsNone, "tags_none", Kind::TagList},
    RuleKeyInfo{RuleKey::LifetimeValueMin, "lifetime_value_min", Kind::Pesos},
    RuleKeyInfo{RuleKey::LifetimeValueMax, "lifetime_value_max", Kind::Pesos},
    RuleKeyInfo{RuleKey::DaysSinceVisitMin, "days_since_visit_min", Kind::WholeNumber},
    RuleKeyInfo{RuleKey::DaysSinceVisitMax, "days_since_visit_max", Kind::WholeNumber},
    RuleKeyInfo{RuleKey::ChurnRisk, "churn_risk", Kind::ChoiceList, ChoiceList::ChurnRisk},
    RuleKeyInfo{RuleKey::EmailOptIn, "email_opt_in", Kind::Boolean},
    RuleKeyInfo{RuleKey::SmsOptIn, "sms_opt_in", Kind::Boolean},
    RuleKeyInfo{RuleKey::WhatsappOptIn, "whatsapp_opt_in", Kind::Boolean},
    RuleKeyInfo{RuleKey::AcquisitionSource, "acquisition_source", Kind::ChoiceList,
                ChoiceList::AcquisitionSource},
    RuleKeyInfo{RuleKey::City, "city", Kind::TextList},
    RuleKeyInfo{RuleKey::Neighborhood, "neighborhood", Kind::TextList},
    RuleKeyInfo{RuleKey::PreferredLanguage, "preferred_language", Kind::TextList},
    RuleKeyInfo{RuleKey::EngagementMin, "engagement_min", Kind::WholeNumber},
    RuleKeyInfo{RuleKey::EngagementMax, "engagement_max", Kind::WholeNumber},
    RuleKeyInfo{RuleKey::VisitsMin, "visits_min", Kind::WholeNumber},
    RuleKeyInfo{RuleKey::Species, "species", Kind::ChoiceList, ChoiceList::Species},
    RuleKeyInfo{RuleKey::Referred, "referred", Kind::Boolean},
    RuleKeyInfo{RuleKey::CreatedAfter, "created_after", Kind::Date},
    RuleKeyInfo{RuleKey::CreatedBefore, "created_before", Kind::Date},
    RuleKeyInfo{RuleKey::Any, "any", Kind::Alternatives},
};

constexpr std::array ranges{
    RuleRange{RuleKey::LifetimeValueMin, RuleKey::LifetimeValueMax, false},
    RuleRange{RuleKey::DaysSinceVisitMin, RuleKey::DaysSinceVisitMax, false},
    RuleRange{RuleKey::EngagementMin, RuleKey::EngagementMax, false},
    RuleRange{RuleKey::CreatedAfter, RuleKey::CreatedBefore, true},
};

constexpr bool listedInEnumOrder()
{
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (static_cast<std::size_t>(keys[i].key) != i)
            return false;
    return true;
}
static_assert(listedInEnumOrder());

} // namespace

std::span<const RuleKeyInfo> ruleKeys()
{
    return keys;
}

std::span<const RuleRange> ruleRanges()
{
    return ranges;
}

const RuleKeyInfo& ruleKeyInfo(RuleKey key)
{
    return keys[static_cast<std::size_t>(key)];
}

QString ruleKeyName(RuleKey key)
{
    return QString::fromLatin1(ruleKeyInfo(key).name);
}

std::optional<RuleKey> ruleKeyNamed(const QString& name)
{
    for (const RuleKeyInfo& info : keys)
        if (name == QLatin1String(info.name))
            return info.key;
    return std::nullopt;
}

} // namespace huellas
