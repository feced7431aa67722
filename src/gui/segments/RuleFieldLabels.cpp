#include "RuleFieldLabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace huellas {
namespace {

// "any[1].lifetime_value_min: text" → {"any[1].lifetime_value_min", "text"}.
std::pair<QString, QString> splitPath(const QString& problem)
{
    const qsizetype colon = problem.indexOf(QLatin1String(": "));
    if (colon < 0)
        return {QString(), problem};
    return {problem.left(colon), problem.mid(colon + 2)};
}

// The parser names the other bound by its JSON key ("… greater than lifetime_value_max 1000");
// the manager reads the label instead. Whole words only, so "tags" leaves "tags_any" alone.
QString withLabels(QString text)
{
    for (const RuleKeyInfo& info : ruleKeys()) {
        const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(QLatin1String(info.name)));
        text.replace(name, ruleFieldLabel(info.key));
    }
    return text;
}

} // namespace

QString ruleFieldLabel(RuleKey key)
{
    switch (key) {
    case RuleKey::Tier:
        return QCoreApplication::translate("Segments", "Tier");
    case RuleKey::Tags:
        return QCoreApplication::translate("Segments", "Tags (all of)");
    case RuleKey::TagsAny:
        return QCoreApplication::translate("Segments", "Tags (any of)");
    case RuleKey::TagsNone:
        return QCoreApplication::translate("Segments", "Without tags");
    case RuleKey::LifetimeValueMin:
        return QCoreApplication::translate("Segments", "Minimum lifetime value");
    case RuleKey::LifetimeValueMax:
        return QCoreApplication::translate("Segments", "Maximum lifetime value");
    case RuleKey::DaysSinceVisitMin:
        return QCoreApplication::translate("Segments", "Days without a visit (minimum)");
    case RuleKey::DaysSinceVisitMax:
        return QCoreApplication::translate("Segments", "Days without a visit (maximum)");
    case RuleKey::ChurnRisk:
        return QCoreApplication::translate("Segments", "Churn risk");
    case RuleKey::EmailOptIn:
        return QCoreApplication::translate("Segments", "Accepts email");
    case RuleKey::SmsOptIn:
        return QCoreApplication::translate("Segments", "Accepts SMS");
    case RuleKey::WhatsappOptIn:
        return QCoreApplication::translate("Segments", "Accepts WhatsApp");
    case RuleKey::AcquisitionSource:
        return QCoreApplication::translate("Segments", "Acquisition source");
    case RuleKey::City:
        return QCoreApplication::translate("Segments", "City");
    case RuleKey::Neighborhood:
        return QCoreApplication::translate("Segments", "Neighborhood");
    case RuleKey::PreferredLanguage:
        return QCoreApplication::translate("Segments", "Preferred language");
    case RuleKey::EngagementMin:
        return QCoreApplication::translate("Segments", "Minimum engagement");
    case RuleKey::EngagementMax:
        return QCoreApplication::translate("Segments", "Maximum engagement");
    case RuleKey::VisitsMin:
        return QCoreApplication::translate("Segments", "Minimum visits");
    case RuleKey::Species:
        return QCoreApplication::translate("Segments", "Pet species");
    case RuleKey::Referred:
        return QCoreApplication::translate("Segments", "Referred by another owner");
    case RuleKey::CreatedAfter:
        return QCoreApplication::translate("Segments", "Created from");
    case RuleKey::CreatedBefore:
        return QCoreApplication::translate("Segments", "Created before");
    case RuleKey::Any:
        return QCoreApplication::translate("Segments", "Any of");
    }
    Q_UNREACHABLE();
}

QString ruleProblemForPeople(const QString& problem)
{
    const auto [path, detail] = splitPath(problem);
    const QString lastKey = path.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
    const std::optional<RuleKey> key = ruleKeyNamed(lastKey);
    if (!key)
        return problem;
    return QStringLiteral("%1: %2").arg(ruleFieldLabel(*key), withLabels(detail));
}

QString ruleProblemDetail(const QString& problem)
{
    return withLabels(splitPath(problem).second);
}

} // namespace huellas
