#pragma once

#include "core/rules/RuleTree.h"
#include "storage/OwnerFilter.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace huellas {

class SqlDialect;

// Turns a rule tree into one condition over "owners o". Column names come from the switch in
// conditionFor(), never from the rules; every value, numbers included, is a bound parameter
// with a fresh name (:p0, :p1, …). Engine-specific SQL goes through the dialect.
class RuleSqlCompiler final
{
public:
    explicit RuleSqlCompiler(const SqlDialect& dialect) : m_dialect(dialect) {}

    // An empty condition (every owner) for rules without conditions.
    OwnerFilter compile(const RuleTree& rules);

private:
    // PostgreSQL's join_collapse_limit: more semi-joins than this are planned the slow way.
    static constexpr int maxTagLookups = 8;

    QString allOf(const RuleTree& rules);
    QString anyOf(const RuleAlternatives& alternatives);
    QString conditionFor(const RuleCondition& condition);
    QString compared(const char* column, const char* op, const QVariant& value);
    QString oneOf(const char* column, const QStringList& values);
    QString tagCondition(const RuleCondition& condition);
    QString livePetOfSpecies(const QStringList& species);
    QString createdOnOrAfter(const QDate& localDate);
    QString createdBefore(const QDate& localDate);
    QString bind(const QVariant& value);
    QString bindText(const QString& text);

    const SqlDialect& m_dialect;
    QVariantMap m_params;
    int m_nextParam = 0;
};

} // namespace huellas
