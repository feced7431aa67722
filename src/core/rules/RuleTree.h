#pragma once

#include "RuleKey.h"

#include <QDate>
#include <QStringList>
#include <QtGlobal>

#include <variant>
#include <vector>

namespace huellas {

struct RuleTree;

// The members of an "any" group: at least one of them must hold.
using RuleAlternatives = std::vector<RuleTree>;

// What a condition compares with; which alternative is held follows ruleKeyInfo(key).kind:
// lists → QStringList, Boolean → bool, Pesos (centavos) and WholeNumber → qint64,
// Date → QDate, Alternatives → RuleAlternatives.
using RuleValue = std::variant<QStringList, bool, qint64, QDate, RuleAlternatives>;

struct RuleCondition
{
    RuleKey key;
    RuleValue value;

    const QStringList& texts() const { return std::get<QStringList>(value); }
    bool flag() const { return std::get<bool>(value); }
    qint64 number() const { return std::get<qint64>(value); }
    QDate date() const { return std::get<QDate>(value); }
    const RuleAlternatives& alternatives() const { return std::get<RuleAlternatives>(value); }

    bool operator==(const RuleCondition&) const = default;
};

// One rule object: every condition must hold, and no condition at all matches every owner.
// Trees come from SegmentRules::parse(), which makes them valid and canonical: at most one
// condition per key, in RuleKey order, value of the key's kind, lists non-empty, sorted and
// without duplicates. Code that builds a tree by hand must keep the same shape.
struct RuleTree
{
    std::vector<RuleCondition> conditions;

    bool matchesEveryone() const { return conditions.empty(); }
    bool operator==(const RuleTree&) const = default;
};

} // namespace huellas
