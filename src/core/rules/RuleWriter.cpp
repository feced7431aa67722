#include "RuleWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace huellas::SegmentRules {
namespace {

QJsonValue pesosValue(qint64 centavos)
{
    if (centavos % 100 == 0)
        return QJsonValue(centavos / 100);
    return QJsonValue(double(centavos) / 100.0);
}

QJsonValue valueOf(const RuleCondition& condition)
{
    switch (ruleKeyInfo(condition.key).kind) {
    case RuleValueKind::TextList:
    case RuleValueKind::TagList:
    case RuleValueKind::ChoiceList: return QJsonArray::fromStringList(condition.texts());
    case RuleValueKind::Boolean: return condition.flag();
    case RuleValueKind::Pesos: return pesosValue(condition.number());
    case RuleValueKind::WholeNumber: return QJsonValue(condition.number());
    case RuleValueKind::Date: return condition.date().toString(Qt::ISODate);
    case RuleValueKind::Alternatives: {
        QJsonArray members;
        for (const RuleTree& member : condition.alternatives())
            members.append(toJsonObject(member));
        return members;
    }
    }
    Q_UNREACHABLE();
}

} // namespace

QJsonObject toJsonObject(const RuleTree& rules)
{
    QJsonObject object;
    for (const RuleCondition& condition : rules.conditions)
        object.insert(ruleKeyName(condition.key), valueOf(condition));
    return object;
}

QByteArray toJson(const RuleTree& rules)
{
    return QJsonDocument(toJsonObject(rules)).toJson(QJsonDocument::Compact);
}

} // namespace huellas::SegmentRules
