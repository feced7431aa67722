#include "core/LocalTime.h"
#include "core/rules/RuleMatcher.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "core/rules/SegmentSlug.h"

#include <QJsonDocument>
#include <QTest>

using namespace huellas;

namespace {

RuleTree parsed(const QByteArray& json)
{
    auto tree = SegmentRules::parse(json);
    if (!tree)
        qFatal("rules %s did not parse: %s", json.constData(), qPrintable(tree.error()));
    return *tree;
}

const RuleCondition& onlyCondition(const RuleTree& tree)
{
    if (tree.conditions.size() != 1)
        qFatal("expected one condition, got %zu", tree.conditions.size());
    return tree.conditions.front();
}

} // namespace

class TestSegmentRules final : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyParsesToItsCanonicalForm_data();
    void everyKeyParsesToItsCanonicalForm();
    void emptyRulesMatchEveryone();
    void valuesAreReadIntoTheirTypes();
    void anyNestsFullRuleObjects();
    void refusesBadRulesNamingKeyAndValue_data();
    void refusesBadRulesNamingKeyAndValue();
    void reportsEveryProblemNotJustTheFirst();
    void refusesRulesTooBigForOneQueryNamingTheKey();
    void canonicalJsonReadsBackToTheSameTree_data();
    void canonicalJsonReadsBackToTheSameTree();
    void equalRulesWriteEqualText();
    void slugFoldsAccentsAndSeparators_data();
    void slugFoldsAccentsAndSeparators();
    void matcherTreatsNeverVisitedAsMatchingNoDayBound();
    void matcherReadsCreatedDatesInLocalTime();
    void matcherComparesMoneyInCentavos();
};

void TestSegmentRules::everyKeyParsesToItsCanonicalForm_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("canonical");
    const auto row = [](const char* name, const char* json, const char* canonical) {
        QTest::newRow(name) << QByteArray(json) << QByteArray(canonical);
    };
    row("tier", R"({"tier": ["vip", "new"]})", R"({"tier":["new","vip"]})");
    row("tags", R"({"tags": ["dog-owner", "cat-owner"]})", R"({"tags":["cat-owner","dog-owner"]})");
    row("tags_any", R"({"tags_any": ["a"]})", R"({"tags_any":["a"]})");
    row("tags_none", R"({"tags_none": ["b", "b"]})", R"({"tags_none":["b"]})");
    row("lifetime_value_min", R"({"lifetime_value_min": 1000.5})",
        R"({"lifetime_value_min":1000.5})");
    row("lifetime_value_max", R"({"lifetime_value_max": 2000.00})",
        R"({"lifetime_value_max":2000})");
    row("days_since_visit_min", R"({"days_since_visit_min": 90})",
        R"({"days_since_visit_min":90})");
    row("days_since_visit_max", R"({"days_since_visit_max": 0})", R"({"days_since_visit_max":0})");
    row("churn_risk", R"({"churn_risk": ["high", "medium"]})",
        R"({"churn_risk":["high","medium"]})");
    row("email_opt_in", R"({"email_opt_in": true})", R"({"email_opt_in":true})");
    row("sms_opt_in", R"({"sms_opt_in": false})", R"({"sms_opt_in":false})");
    row("whatsapp_opt_in", R"({"whatsapp_opt_in": true})", R"({"whatsapp_opt_in":true})");
    row("acquisition_source", R"({"acquisition_source": ["walk_in", "google"]})",
        R"({"acquisition_source":["google","walk_in"]})");
    row("city", R"({"city": ["Puerto Morelos", "Cancún"]})",
        R"({"city":["Cancún","Puerto Morelos"]})");
    row("neighborhood", R"({"neighborhood": ["Centro", ""]})", R"({"neighborhood":["","Centro"]})");
    row("preferred_language", R"({"preferred_language": ["es"]})",
        R"({"preferred_language":["es"]})");
    row("engagement_min", R"({"engagement_min": 40})", R"({"engagement_min":40})");
    row("engagement_max", R"({"engagement_max": 100})", R"({"engagement_max":100})");
    row("visits_min", R"({"visits_min": 3.0})", R"({"visits_min":3})");
    row("species", R"({"species": ["dog", "cat"]})", R"({"species":["cat","dog"]})");
    row("referred", R"({"referred": true})", R"({"referred":true})");
    row("created_after", R"({"created_after": "2026-01-01"})", R"({"created_after":"2026-01-01"})");
    row("created_before", R"({"created_before": "2026-02-01"})",
        R"({"created_before":"2026-02-01"})");
    row("any", R"({"any": [{"tier": ["vip"]}, {}]})", R"({"any":[{"tier":["vip"]},{}]})");
    row("seed example", R"({"tier":["vip"],"tags":["dog-owner"],"days_since_visit_max":90})",
        R"({"days_since_visit_max":90,"tags":["dog-owner"],"tier":["vip"]})");
    row("equal bounds", R"({"engagement_min": 50, "engagement_max": 50})",
        R"({"engagement_max":50,"engagement_min":50})");
}

void TestSegmentRules::everyKeyParsesToItsCanonicalForm()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, canonical);
    const auto tree = SegmentRules::parse(json);
    QVERIFY2(tree.ok(), qPrintable(tree.error()));
    QCOMPARE(SegmentRules::toJson(*tree), canonical);
}

void TestSegmentRules::emptyRulesMatchEveryone()
{
    const RuleTree tree = parsed("{}");
    QVERIFY(tree.matchesEveryone());
    QVERIFY(SegmentRules::matches(tree, OwnerSnapshot{}));
    QCOMPARE(SegmentRules::toJson(tree), QByteArray("{}"));
}

void TestSegmentRules::valuesAreReadIntoTheirTypes()
{
    QCOMPARE(onlyCondition(parsed(R"({"lifetime_value_min": 1000.5})")).number(), qint64(100050));
    QCOMPARE(onlyCondition(parsed(R"({"lifetime_value_max": 0.07})")).number(), qint64(7));
    QCOMPARE(onlyCondition(parsed(R"({"lifetime_value_max": 19.99})")).number(), qint64(1999));
    QCOMPARE(onlyCondition(parsed(R"({"visits_min": 3})")).number(), qint64(3));
    QCOMPARE(onlyCondition(parsed(R"({"referred": false})")).flag(), false);
    QCOMPARE(onlyCondition(parsed(R"({"created_after": "2026-03-31"})")).date(),
             QDate(2026, 3, 31));
    const RuleTree tiers = parsed(R"({"tier": ["vip", "new", "vip"]})");
    const RuleCondition& tier = onlyCondition(tiers);
    QCOMPARE(tier.key, RuleKey::Tier);
    QCOMPARE(tier.texts(), QStringList({QStringLiteral("new"), QStringLiteral("vip")}));
}

void TestSegmentRules::anyNestsFullRuleObjects()
{
    const RuleTree tree = parsed(
        R"({"any": [{"tier": ["vip"], "tags": ["x"]}, {"any": [{"visits_min": 2}, {"referred": true}]}]})");
    const RuleCondition& any = onlyCondition(tree);
    QCOMPARE(any.key, RuleKey::Any);
    QCOMPARE(any.alternatives().size(), std::size_t(2));
    QCOMPARE(any.alternatives()[0].conditions.size(), std::size_t(2));
    const RuleCondition& inner = onlyCondition(any.alternatives()[1]);
    QCOMPARE(inner.key, RuleKey::Any);
    QCOMPARE(inner.alternatives().size(), std::size_t(2));
}

void TestSegmentRules::refusesBadRulesNamingKeyAndValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the message naming key and value
    const auto row = [](const char* name, const char* json, const char* expected) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(expected);
    };
    row("invalid JSON", R"({"tier": ["vip"])", "the rules are not valid JSON");
    row("trailing comma", R"({"tier": ["vip"],})", "the rules are not valid JSON");
    row("not an object", R"(["tier"])", R"(the rules must be a JSON object, got ["tier"])");
    row("unknown key", R"({"colour": ["red"]})", "colour: unknown key");
    row("key in wrong case", R"({"Tier": ["vip"]})", "Tier: unknown key");

    row("list given as text", R"({"tier": "vip"})", R"(tier: expected a list of text, got "vip")");
    row("list of numbers", R"({"tags": ["a", 1]})", "tags: expected text in the list, got 1");
    row("city as object", R"({"city": {"name": "x"}})",
        R"(city: expected a list of text, got {"name":"x"})");
    row("bool as text", R"({"email_opt_in": "yes"})",
        R"(email_opt_in: expected true or false, got "yes")");
    row("bool as number", R"({"referred": 1})", "referred: expected true or false, got 1");
    row("pesos as text", R"({"lifetime_value_min": "1000"})",
        R"(lifetime_value_min: expected an amount in pesos, got "1000")");
    row("count as bool", R"({"visits_min": true})",
        "visits_min: expected a whole number, got true");
    row("date as number", R"({"created_after": 20260101})",
        "created_after: expected a date YYYY-MM-DD, got 20260101");
    row("any as object", R"({"any": {"tier": ["vip"]}})",
        R"(any: expected a list of rule objects, got {"tier":["vip"]})");
    row("any member not an object", R"({"any": [{"tier": ["vip"]}, 5]})",
        "any[1]: expected a rule object, got 5");
    row("null value", R"({"sms_opt_in": null})", "sms_opt_in: expected true or false, got null");

    row("unknown tier", R"({"tier": ["gold"]})", R"(tier: unknown value "gold")");
    row("tier in wrong case", R"({"tier": ["VIP"]})", R"(tier: unknown value "VIP")");
    row("unknown churn risk", R"({"churn_risk": ["extreme"]})",
        R"(churn_risk: unknown value "extreme")");
    row("unknown source", R"({"acquisition_source": ["tiktok"]})",
        R"(acquisition_source: unknown value "tiktok")");
    row("unknown species", R"({"species": ["dog", "dragon"]})",
        R"(species: unknown value "dragon")");
    row("blank tag", R"({"tags_any": ["  "]})", R"(tags_any: a tag cannot be blank, got "  ")");

    row("empty tier", R"({"tier": []})", "tier: the list is empty ([])");
    row("empty tags", R"({"tags": []})", "tags: the list is empty ([])");
    row("empty tags_none", R"({"tags_none": []})", "tags_none: the list is empty ([])");
    row("empty city", R"({"city": []})", "city: the list is empty ([])");
    row("empty species", R"({"species": []})", "species: the list is empty ([])");
    row("empty any", R"({"any": []})", "any: the list is empty ([])");

    row("lifetime value range", R"({"lifetime_value_min": 2000, "lifetime_value_max": 1000.5})",
        "lifetime_value_min: 2000 is greater than lifetime_value_max 1000.5");
    row("days range", R"({"days_since_visit_min": 91, "days_since_visit_max": 90})",
        "days_since_visit_min: 91 is greater than days_since_visit_max 90");
    row("engagement range", R"({"engagement_min": 60, "engagement_max": 59})",
        "engagement_min: 60 is greater than engagement_max 59");
    row("created range", R"({"created_after": "2026-02-01", "created_before": "2026-01-01"})",
        R"(created_after: "2026-02-01" is not before created_before "2026-01-01")");
    row("created range empty", R"({"created_after": "2026-02-01", "created_before": "2026-02-01"})",
        R"(created_after: "2026-02-01" is not before created_before "2026-02-01")");

    row("month 13", R"({"created_after": "2026-13-01"})",
        R"(created_after: expected a date YYYY-MM-DD, got "2026-13-01")");
    row("February 30", R"({"created_before": "2026-02-30"})",
        R"(created_before: expected a date YYYY-MM-DD, got "2026-02-30")");
    row("day first", R"({"created_before": "01/02/2026"})",
        R"(created_before: expected a date YYYY-MM-DD, got "01/02/2026")");
    row("no leading zeros", R"({"created_after": "2026-1-5"})",
        R"(created_after: expected a date YYYY-MM-DD, got "2026-1-5")");
    row("date with time", R"({"created_after": "2026-01-05T00:00:00"})",
        R"(created_after: expected a date YYYY-MM-DD, got "2026-01-05T00:00:00")");

    row("negative pesos", R"({"lifetime_value_min": -1})", "lifetime_value_min: -1 is negative");
    row("negative days", R"({"days_since_visit_max": -5})", "days_since_visit_max: -5 is negative");
    row("negative engagement", R"({"engagement_min": -1})", "engagement_min: -1 is negative");
    row("negative visits", R"({"visits_min": -2})", "visits_min: -2 is negative");
    row("fractional visits", R"({"visits_min": 1.5})",
        "visits_min: expected a whole number, got 1.5");
    row("fractional engagement", R"({"engagement_max": 2.5})",
        "engagement_max: expected a whole number, got 2.5");
    row("fractional days", R"({"days_since_visit_min": 0.5})",
        "days_since_visit_min: expected a whole number, got 0.5");
    row("fraction of a centavo", R"({"lifetime_value_max": 10.005})",
        "lifetime_value_max: 10.005 has a fraction of a centavo");
    row("huge pesos", R"({"lifetime_value_max": 1e300})",
        "lifetime_value_max: 1e+300 is too large");
    row("huge count", R"({"visits_min": 1e20})", "visits_min: 1e+20 is too large");

    row("nested unknown tier", R"({"any": [{"tier": ["vip"]}, {"tier": ["gold"]}]})",
        R"(any[1].tier: unknown value "gold")");
    row("nested unknown key", R"({"any": [{"colour": ["red"]}]})", "any[0].colour: unknown key");
    row("deeply nested", R"({"any": [{"any": [{}, {"visits_min": -1}]}]})",
        "any[0].any[1].visits_min: -1 is negative");
    row("nested range", R"({"any": [{"engagement_min": 9, "engagement_max": 1}]})",
        "any[0].engagement_min: 9 is greater than engagement_max 1");
    row("nested empty any", R"({"any": [{"any": []}]})", "any[0].any: the list is empty ([])");
}

void TestSegmentRules::refusesBadRulesNamingKeyAndValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto tree = SegmentRules::parse(json);
    QVERIFY2(!tree.ok(), json.constData());
    QVERIFY2(tree.error().contains(expected),
             qPrintable(QStringLiteral("got: %1\nwanted: %2").arg(tree.error(), expected)));
}

void TestSegmentRules::reportsEveryProblemNotJustTheFirst()
{
    const auto tree = SegmentRules::parse(R"({"tier": ["gold"], "visits_min": -1, "colour": 1})");
    QVERIFY(!tree.ok());
    const QStringList lines = tree.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(tree.error().contains(QLatin1String("colour: unknown key")));
    QVERIFY(tree.error().contains(QLatin1String(R"(tier: unknown value "gold")")));
    QVERIFY(tree.error().contains(QLatin1String("visits_min: -1 is negative")));
}

// Found by tests/fuzz: SQLite could not run rules nested or chained this deep
// (TestSegmentQuery::rulesTooDeepOrWideForSqlAreRefusedByTheParser), so the parser refuses them.
void TestSegmentRules::refusesRulesTooBigForOneQueryNamingTheKey()
{
    const auto nested = [](int depth) {
        return QByteArray(R"({"any":[)").repeated(depth) + "{}" + QByteArray("]}").repeated(depth);
    };
    QVERIFY2(SegmentRules::parse(nested(SegmentRules::maxAnyDepth)).ok(), "the deepest allowed");
    const auto tooDeep = SegmentRules::parse(nested(SegmentRules::maxAnyDepth + 1));
    QVERIFY(!tooDeep.ok());
    QCOMPARE(tooDeep.error(),
             QString(QStringLiteral("any[0].").repeated(SegmentRules::maxAnyDepth) +
                     QStringLiteral(R"(any: more than 8 levels of "any" inside one another)")));

    const auto tags = [](int n) {
        QStringList quoted;
        for (int i = 0; i < n; ++i)
            quoted << QStringLiteral(R"("t%1")").arg(i);
        return QStringLiteral(R"({"tags":[%1]})").arg(quoted.join(QLatin1Char(',')));
    };
    // The condition counts one and each tag one.
    QVERIFY(SegmentRules::parse(tags(SegmentRules::maxRuleSize - 1).toUtf8()).ok());
    const auto tooLarge = SegmentRules::parse(tags(SegmentRules::maxRuleSize).toUtf8());
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error(), QStringLiteral("tags: the rules are too large: more than 500 "
                                              "conditions, values and alternatives in all"));

    const QByteArray manyAlternatives =
        R"({"any":[)" + QByteArray("{},").repeated(SegmentRules::maxRuleSize) + "{}]}";
    const auto tooWide = SegmentRules::parse(manyAlternatives);
    QVERIFY(!tooWide.ok());
    QVERIFY2(tooWide.error().startsWith(QLatin1String("any: the rules are too large")),
             qPrintable(tooWide.error()));
}

void TestSegmentRules::canonicalJsonReadsBackToTheSameTree_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("every key") << QByteArray(R"({
        "tier": ["vip", "regular"], "tags": ["dog-owner"], "tags_any": ["a", "b"],
        "tags_none": ["spam"], "lifetime_value_min": 1000.5, "lifetime_value_max": 123456.78,
        "days_since_visit_min": 1, "days_since_visit_max": 365, "churn_risk": ["low"],
        "email_opt_in": true, "sms_opt_in": false, "whatsapp_opt_in": true,
        "acquisition_source": ["referral"], "city": ["Cancún"], "neighborhood": ["Centro"],
        "preferred_language": ["en", "es"], "engagement_min": 10, "engagement_max": 90,
        "visits_min": 2, "species": ["reptile"], "referred": false,
        "created_after": "2025-12-31", "created_before": "2026-01-01"})");
    QTest::newRow("nested any") << QByteArray(
        R"({"tier": ["vip"], "any": [{"species": ["cat"]}, {"any": [{"tags": ["x"]}, {}]}]})");
    QTest::newRow("centavos") << QByteArray(
        R"({"lifetime_value_min": 0.01, "lifetime_value_max": 0.1})");
}

void TestSegmentRules::canonicalJsonReadsBackToTheSameTree()
{
    QFETCH(QByteArray, json);
    const RuleTree tree = parsed(json);
    const QByteArray canonical = SegmentRules::toJson(tree);
    QCOMPARE(canonical, QJsonDocument::fromJson(canonical).toJson(QJsonDocument::Compact));
    const RuleTree again = parsed(canonical);
    QVERIFY(again == tree);
    QCOMPARE(SegmentRules::toJson(again), canonical);
}

void TestSegmentRules::equalRulesWriteEqualText()
{
    const QByteArray a =
        SegmentRules::toJson(parsed(R"({"tier": ["vip", "new"], "visits_min": 2})"));
    const QByteArray b =
        SegmentRules::toJson(parsed(R"({"visits_min": 2.0, "tier": ["new", "vip", "new"]})"));
    QCOMPARE(a, b);
}

void TestSegmentRules::slugFoldsAccentsAndSeparators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    const auto row = [](const char* name, const char* slug) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(slug);
    };
    row("Perros VIP Pescadores", "perros-vip-pescadores");
    row("Niños y Mamás", "ninos-y-mamas");
    row("  Dueños de gatos — Cancún  ", "duenos-de-gatos-cancun");
    row("¡Clientes perdidos! (180+ días)", "clientes-perdidos-180-dias");
    row("ÁÉÍÓÚ ÜÑ", "aeiou-un");
    row("already-a-slug", "already-a-slug");
    row("a__b--c  d", "a-b-c-d");
    row("2026 Q1", "2026-q1");
    row("¿?", "");
}

void TestSegmentRules::slugFoldsAccentsAndSeparators()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(SegmentRules::slugFor(name), slug);
}

void TestSegmentRules::matcherTreatsNeverVisitedAsMatchingNoDayBound()
{
    OwnerSnapshot never;
    QVERIFY(!SegmentRules::matches(parsed(R"({"days_since_visit_max": 100000})"), never));
    QVERIFY(!SegmentRules::matches(parsed(R"({"days_since_visit_min": 0})"), never));
    OwnerSnapshot today;
    today.daysSinceLastVisit = 0;
    QVERIFY(SegmentRules::matches(parsed(R"({"days_since_visit_max": 0})"), today));
    QVERIFY(SegmentRules::matches(parsed(R"({"days_since_visit_min": 0})"), today));
    QVERIFY(!SegmentRules::matches(parsed(R"({"days_since_visit_min": 1})"), today));
}

void TestSegmentRules::matcherReadsCreatedDatesInLocalTime()
{
    OwnerSnapshot owner;
    // 2026-03-01 00:30 local is 05:30 UTC; 2026-02-28 23:30 local is 04:30 UTC on March 1st.
    owner.createdAt = LocalTime::fromLocal(QDate(2026, 3, 1), QTime(0, 30));
    QVERIFY(SegmentRules::matches(parsed(R"({"created_after": "2026-03-01"})"), owner));
    QVERIFY(!SegmentRules::matches(parsed(R"({"created_before": "2026-03-01"})"), owner));
    owner.createdAt = LocalTime::fromLocal(QDate(2026, 2, 28), QTime(23, 30));
    QCOMPARE(owner.createdAt.date(), QDate(2026, 3, 1));
    QVERIFY(!SegmentRules::matches(parsed(R"({"created_after": "2026-03-01"})"), owner));
    QVERIFY(SegmentRules::matches(parsed(R"({"created_before": "2026-03-01"})"), owner));
}

void TestSegmentRules::matcherComparesMoneyInCentavos()
{
    OwnerSnapshot owner;
    owner.lifetimeValue = 100050;
    QVERIFY(SegmentRules::matches(parsed(R"({"lifetime_value_min": 1000.5})"), owner));
    QVERIFY(SegmentRules::matches(parsed(R"({"lifetime_value_max": 1000.5})"), owner));
    QVERIFY(!SegmentRules::matches(parsed(R"({"lifetime_value_min": 1000.51})"), owner));
    QVERIFY(!SegmentRules::matches(parsed(R"({"lifetime_value_max": 1000.49})"), owner));
}

QTEST_GUILESS_MAIN(TestSegmentRules)
#include "TestSegmentRules.moc"
