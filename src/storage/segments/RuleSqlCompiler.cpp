#include "RuleSqlCompiler.h"

#include "core/LocalTime.h"
#include "storage/MetricsDateSql.h"
#include "storage/SqlDialect.h"

namespace huellas {
namespace {

QString joined(const QStringList& parts, const char* separator)
{
    QStringList wrapped;
    for (const QString& part : parts)
        wrapped << QLatin1Char('(') + part + QLatin1Char(')');
    return wrapped.join(QLatin1String(separator));
}

} // namespace

OwnerFilter RuleSqlCompiler::compile(const RuleTree& rules)
{
    m_params.clear();
    m_nextParam = 0;
    if (rules.matchesEveryone())
        return {};
    const QString condition = allOf(rules);
    return OwnerFilter{condition, m_params};
}

QString RuleSqlCompiler::allOf(const RuleTree& rules)
{
    if (rules.matchesEveryone())
        return QStringLiteral("1 = 1");
    QStringList parts;
    for (const RuleCondition& condition : rules.conditions)
        parts << conditionFor(condition);
    return joined(parts, " AND ");
}

QString RuleSqlCompiler::anyOf(const RuleAlternatives& alternatives)
{
    QStringList parts;
    for (const RuleTree& member : alternatives)
        parts << allOf(member);
    return joined(parts, " OR ");
}

QString RuleSqlCompiler::conditionFor(const RuleCondition& c)
{
    const auto flag = [&c] { return QVariant(c.flag()); }; // SQLite's driver binds a bool as 0 / 1
    switch (c.key) {
    case RuleKey::Tier: return oneOf("o.tier", c.texts());
    case RuleKey::Tags:
    case RuleKey::TagsAny:
    case RuleKey::TagsNone: return tagCondition(c);
    case RuleKey::LifetimeValueMin: return compared("o.lifetime_value", ">=", c.number());
    case RuleKey::LifetimeValueMax: return compared("o.lifetime_value", "<=", c.number());
    case RuleKey::DaysSinceVisitMin:
        return MetricsDateSql::daysAtLeast(m_dialect, QStringLiteral("o"), c.number(),
                                           [this](const QVariant& value) { return bind(value); });
    case RuleKey::DaysSinceVisitMax:
        return MetricsDateSql::daysAtMost(m_dialect, QStringLiteral("o"), c.number(),
                                           [this](const QVariant& value) { return bind(value); });
    case RuleKey::ChurnRisk: return oneOf("o.churn_risk", c.texts());
    case RuleKey::EmailOptIn: return compared("o.email_opt_in", "=", flag());
    case RuleKey::SmsOptIn: return compared("o.sms_opt_in", "=", flag());
    case RuleKey::WhatsappOptIn: return compared("o.whatsapp_opt_in", "=", flag());
    case RuleKey::AcquisitionSource: return oneOf("o.acquisition_source", c.texts());
    case RuleKey::City: return oneOf("o.city", c.texts());
    case RuleKey::Neighborhood: return oneOf("o.neighborhood", c.texts());
    case RuleKey::PreferredLanguage: return oneOf("o.preferred_language", c.texts());
    case RuleKey::EngagementMin: return compared("o.engagement_score", ">=", c.number());
    case RuleKey::EngagementMax: return compared("o.engagement_score", "<=", c.number());
    case RuleKey::VisitsMin: return compared("o.total_visits", ">=", c.number());
    case RuleKey::Species: return livePetOfSpecies(c.texts());
    case RuleKey::Referred:
        return compared("(o.referred_by IS NOT NULL)", "=", flag());
    case RuleKey::CreatedAfter: return createdOnOrAfter(c.date());
    case RuleKey::CreatedBefore: return createdBefore(c.date());
    case RuleKey::Any: return anyOf(c.alternatives());
    }
    Q_UNREACHABLE();
}

QString RuleSqlCompiler::compared(const char* column, const char* op, const QVariant& value)
{
    return QStringLiteral("%1 %2 %3").arg(QLatin1String(column), QLatin1String(op), bind(value));
}

QString RuleSqlCompiler::oneOf(const char* column, const QStringList& values)
{
    QStringList params;
    for (const QString& value : values)
        params << bindText(value);
    return QStringLiteral("%1 IN (%2)")
        .arg(QLatin1String(column), params.join(QLatin1String(", ")));
}

QString RuleSqlCompiler::tagCondition(const RuleCondition& c)
{
    const QString hasTag =
        QStringLiteral("EXISTS (SELECT 1 FROM owner_tags t WHERE t.owner_id = o.id AND t.tag %1)");
    if (c.key == RuleKey::Tags) {
        QStringList tags = c.texts();
        tags.removeDuplicates();
        // "Has all": one indexed lookup per tag — up to a handful. Beyond that PostgreSQL's
        // planner searches the join orders of that many semi-joins (4 s for 1,000 tags), so a
        // long list counts each owner's matching tags instead (a tag is stored once per owner).
        if (tags.size() > maxTagLookups) {
            QStringList params;
            for (const QString& tag : std::as_const(tags))
                params << bindText(tag);
            return QStringLiteral("o.id IN (SELECT t.owner_id FROM owner_tags t WHERE t.tag IN (%1) "
                                  "GROUP BY t.owner_id HAVING count(*) = %2)")
                .arg(params.join(QLatin1String(", ")), bind(qint64(tags.size())));
        }
        QStringList parts;
        for (const QString& tag : std::as_const(tags))
            parts << hasTag.arg(QStringLiteral("= ") + bindText(tag));
        return joined(parts, " AND ");
    }
    QStringList params;
    for (const QString& tag : c.texts())
        params << bindText(tag);
    const QString anyTag =
        hasTag.arg(QStringLiteral("IN (%1)").arg(params.join(QLatin1String(", "))));
    return c.key == RuleKey::TagsNone ? QStringLiteral("NOT ") + anyTag : anyTag;
}

QString RuleSqlCompiler::livePetOfSpecies(const QStringList& species)
{
    QStringList params;
    for (const QString& s : species)
        params << bindText(s);
    return QStringLiteral("EXISTS (SELECT 1 FROM pets p WHERE p.owner_id = o.id "
                          "AND NOT p.deceased AND p.species IN (%1))")
        .arg(params.join(QLatin1String(", ")));
}

// A local calendar date starts at local midnight; comparing with that instant in UTC keeps the
// created_at index usable (no function applied to the column).
QString RuleSqlCompiler::createdOnOrAfter(const QDate& localDate)
{
    return compared("o.created_at",
                    ">=", m_dialect.timestampValue(LocalTime::fromLocal(localDate, QTime(0, 0))));
}

QString RuleSqlCompiler::createdBefore(const QDate& localDate)
{
    return compared("o.created_at", "<",
                    m_dialect.timestampValue(LocalTime::fromLocal(localDate, QTime(0, 0))));
}

QString RuleSqlCompiler::bind(const QVariant& value)
{
    const QString name = QStringLiteral(":p%1").arg(m_nextParam++);
    m_params.insert(name, value);
    return name;
}

QString RuleSqlCompiler::bindText(const QString& text)
{
    // The SQLite driver binds a null QString as NULL, which would never equal ''.
    return bind(text.isNull() ? QString(QLatin1String("")) : text);
}

} // namespace huellas
