#include "RuleParser.h"

#include "RuleValueReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace huellas::SegmentRules {
namespace {

class RuleObjectReader final
{
public:
    RuleTree read(const QJsonObject& object, const QString& pathPrefix);
    const QStringList& problems() const { return m_problems; }

private:
    std::optional<RuleValue> readValue(const RuleKeyInfo& info, const QJsonValue& value,
                                       const QString& path);
    std::optional<RuleValue> readAlternatives(const QJsonValue& value, const QString& path);
    void checkRanges(const QJsonObject& object, const RuleTree& tree, const QString& pathPrefix);
    void countSize(const RuleValue& value, const QString& path);

    QStringList m_problems;
    int m_anyDepth = 0; // "any" lists being read, one inside the other
    int m_size = 0;
};

// Converts a reader's optional to an optional RuleValue holding the same alternative.
template <typename T> std::optional<RuleValue> held(std::optional<T> value)
{
    return value ? std::optional<RuleValue>(RuleValue(std::move(*value))) : std::nullopt;
}

const RuleCondition* conditionFor(const RuleTree& tree, RuleKey key)
{
    const auto it = std::find_if(tree.conditions.cbegin(), tree.conditions.cend(),
                                 [key](const RuleCondition& c) { return c.key == key; });
    return it == tree.conditions.cend() ? nullptr : &*it;
}

RuleTree RuleObjectReader::read(const QJsonObject& object, const QString& pathPrefix)
{
    RuleTree tree;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = pathPrefix + it.key();
        const std::optional<RuleKey> key = ruleKeyNamed(it.key());
        if (!key) {
            QStringList known;
            for (const RuleKeyInfo& info : ruleKeys())
                known << QString::fromLatin1(info.name);
            m_problems << QCoreApplication::translate("SegmentRules",
                                                      "%1: unknown key (known keys: %2)")
                              .arg(path, known.join(QLatin1String(", ")));
            continue;
        }
        if (auto value = readValue(ruleKeyInfo(*key), it.value(), path)) {
            countSize(*value, path);
            tree.conditions.push_back(RuleCondition{*key, std::move(*value)});
        }
    }
    std::sort(tree.conditions.begin(), tree.conditions.end(),
              [](const RuleCondition& a, const RuleCondition& b) { return a.key < b.key; });
    checkRanges(object, tree, pathPrefix);
    return tree;
}

std::optional<RuleValue> RuleObjectReader::readValue(const RuleKeyInfo& info,
                                                     const QJsonValue& value, const QString& path)
{
    namespace R = RuleValueReader;
    switch (info.kind) {
    case RuleValueKind::TextList: return held(R::texts(value, path, m_problems));
    case RuleValueKind::TagList: return held(R::tags(value, path, m_problems));
    case RuleValueKind::ChoiceList: return held(R::choices(value, info.choices, path, m_problems));
    case RuleValueKind::Boolean: return held(R::boolean(value, path, m_problems));
    case RuleValueKind::Pesos: return held(R::pesos(value, path, m_problems));
    case RuleValueKind::WholeNumber: return held(R::wholeNumber(value, path, m_problems));
    case RuleValueKind::Date: return held(R::date(value, path, m_problems));
    case RuleValueKind::Alternatives: return readAlternatives(value, path);
    }
    Q_UNREACHABLE();
}

std::optional<RuleValue> RuleObjectReader::readAlternatives(const QJsonValue& value,
                                                            const QString& path)
{
    if (!value.isArray()) {
        m_problems << QCoreApplication::translate("SegmentRules",
                                                  "%1: expected a list of rule objects, got %2")
                          .arg(path, RuleValueReader::describe(value));
        return std::nullopt;
    }
    const QJsonArray members = value.toArray();
    if (members.isEmpty()) {
        m_problems << QCoreApplication::translate(
                          "SegmentRules",
                          "%1: the list is empty ([]); give at least one rule object")
                          .arg(path);
        return std::nullopt;
    }
    if (m_anyDepth == maxAnyDepth) {
        m_problems << QCoreApplication::translate(
                          "SegmentRules", "%1: more than %2 levels of \"any\" inside one another")
                          .arg(path)
                          .arg(maxAnyDepth);
        return std::nullopt;
    }
    const qsizetype problemsBefore = m_problems.size();
    RuleAlternatives alternatives;
    ++m_anyDepth;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString memberPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!members.at(i).isObject()) {
            m_problems << QCoreApplication::translate("SegmentRules",
                                                      "%1: expected a rule object, got %2")
                              .arg(memberPath, RuleValueReader::describe(members.at(i)));
            continue;
        }
        alternatives.push_back(read(members.at(i).toObject(), memberPath + QLatin1Char('.')));
    }
    --m_anyDepth;
    if (m_problems.size() > problemsBefore)
        return std::nullopt;
    return RuleValue(std::move(alternatives));
}

// Reported once, at the key that takes the rules past the limit.
void RuleObjectReader::countSize(const RuleValue& value, const QString& path)
{
    const int before = m_size;
    m_size += 1;
    if (const auto* list = std::get_if<QStringList>(&value))
        m_size += int(list->size());
    else if (const auto* alternatives = std::get_if<RuleAlternatives>(&value))
        m_size += int(alternatives->size());
    if (before <= maxRuleSize && m_size > maxRuleSize)
        m_problems << QCoreApplication::translate(
                          "SegmentRules",
                          "%1: the rules are too large: more than %2 conditions, values and "
                          "alternatives in all")
                          .arg(path)
                          .arg(maxRuleSize);
}

void RuleObjectReader::checkRanges(const QJsonObject& object, const RuleTree& tree,
                                   const QString& pathPrefix)
{
    for (const RuleRange& range : ruleRanges()) {
        const RuleCondition* lower = conditionFor(tree, range.lower);
        const RuleCondition* upper = conditionFor(tree, range.upper);
        if (!lower || !upper)
            continue;
        const QString lowerName = ruleKeyName(range.lower);
        const QString upperName = ruleKeyName(range.upper);
        const QString lowerText = RuleValueReader::describe(object.value(lowerName));
        const QString upperText = RuleValueReader::describe(object.value(upperName));
        if (range.upperIsExclusive && lower->date() >= upper->date())
            m_problems << QCoreApplication::translate("SegmentRules", "%1: %2 is not before %3 %4")
                              .arg(pathPrefix + lowerName, lowerText, upperName, upperText);
        else if (!range.upperIsExclusive && lower->number() > upper->number())
            m_problems << QCoreApplication::translate("SegmentRules",
                                                      "%1: %2 is greater than %3 %4")
                              .arg(pathPrefix + lowerName, lowerText, upperName, upperText);
    }
}

// Enough of a broken text to recognise it in a message.
QString elided(const QString& text)
{
    constexpr qsizetype shown = 80;
    return text.size() <= shown ? text : text.left(shown) + QStringLiteral("…");
}

} // namespace

Result<RuleTree> parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure<RuleTree>(
            QCoreApplication::translate("SegmentRules",
                                        "the rules are not valid JSON: %1 at character %2 of %3")
                .arg(error.errorString())
                .arg(error.offset)
                .arg(elided(QString::fromUtf8(json))));
    if (!document.isObject())
        return failure<RuleTree>(
            QCoreApplication::translate("SegmentRules", "the rules must be a JSON object, got %1")
                .arg(QString::fromUtf8(document.toJson(QJsonDocument::Compact))));
    return parse(document.object());
}

Result<RuleTree> parse(const QJsonObject& rules)
{
    RuleObjectReader reader;
    RuleTree tree = reader.read(rules, QString());
    if (!reader.problems().isEmpty())
        return failure<RuleTree>(reader.problems().join(QLatin1Char('\n')));
    return tree;
}

} // namespace huellas::SegmentRules
