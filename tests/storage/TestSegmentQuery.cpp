#include "core/LocalTime.h"
#include "core/rules/OwnerSnapshot.h"
#include "core/rules/RuleMatcher.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/segments/SegmentQuery.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <map>

using namespace huellas;

namespace {

// Metrics are computed as of this date; visits are placed a number of days before it.
const QDate today(2026, 6, 15);

template <typename T> T checked(Result<T> result, const char* what)
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.error()));
    return std::move(result).value();
}

void checked(const Status& status, const char* what)
{
    if (!status)
        qFatal("%s failed: %s", what, qPrintable(status.error()));
}

RuleTree rulesFrom(const QJsonObject& json)
{
    auto tree = SegmentRules::parse(json);
    if (!tree)
        qFatal("rules %s refused: %s",
               QJsonDocument(json).toJson(QJsonDocument::Compact).constData(),
               qPrintable(tree.error()));
    return *tree;
}

RuleTree rulesFrom(const QByteArray& json)
{
    auto tree = SegmentRules::parse(json);
    if (!tree)
        qFatal("rules %s refused: %s", json.constData(), qPrintable(tree.error()));
    return *tree;
}

// A fresh clinic database with small helpers to give owners pets and history.
class Clinic final
{
public:
    Clinic() : m_owners(*m_db), m_activity(*m_db) {}

    Database& db() { return *m_db; }

    qint64 owner(const QString& externalId, const std::function<void(Owner&)>& setup = {})
    {
        Owner o;
        o.externalId = externalId;
        o.firstName = externalId;
        o.createdAt = test::localNoon(QDate(2026, 1, 10));
        if (setup)
            setup(o);
        return checked(m_owners.save(o), "saving an owner");
    }

    void visit(qint64 ownerId, int daysAgo, const QString& status = QStringLiteral("completed"))
    {
        Appointment a;
        a.ownerId = ownerId;
        a.scheduledAt = test::localNoon(today.addDays(-daysAgo));
        a.status = status;
        checked(m_activity.save(a), "saving an appointment");
    }

    void visitInteraction(qint64 ownerId, int daysAgo)
    {
        Interaction i;
        i.ownerId = ownerId;
        i.interactionType = QStringLiteral("visit");
        i.createdAt = test::localNoon(today.addDays(-daysAgo));
        checked(m_activity.save(i), "saving an interaction");
    }

    void order(qint64 ownerId, qint64 centavos, const QString& status = QStringLiteral("paid"))
    {
        Order o;
        o.ownerId = ownerId;
        o.orderedAt = test::localNoon(today.addDays(-3));
        o.total = centavos;
        o.paymentStatus = status;
        checked(m_activity.save(o), "saving an order");
    }

    void invoice(qint64 ownerId, qint64 centavos, const QString& status = QStringLiteral("paid"))
    {
        Invoice i;
        i.ownerId = ownerId;
        i.issuedAt = test::localNoon(today.addDays(-5));
        i.total = centavos;
        i.status = status;
        checked(m_activity.save(i), "saving an invoice");
    }

    void pet(qint64 ownerId, const QString& species, bool deceased = false)
    {
        Pet p;
        p.ownerId = ownerId;
        p.name = QStringLiteral("Firulais");
        p.species = species;
        p.deceased = deceased;
        checked(m_activity.save(p), "saving a pet");
    }

    void refresh() { checked(MetricsRefresher(*m_db).refreshAll(today), "refreshing metrics"); }

    Owner stored(qint64 ownerId) { return checked(m_owners.find(ownerId), "reading an owner"); }

    OwnerSnapshot snapshot(qint64 ownerId)
    {
        return OwnerSnapshot::of(stored(ownerId),
                                 checked(m_activity.petsOf(ownerId), "reading pets"));
    }

    // The matching external ids in id order; count() must agree with the list.
    QStringList members(const RuleTree& rules)
    {
        const QStringList ids = checked(SegmentQuery::members(*m_db, rules), "listing members");
        const int n = checked(SegmentQuery::count(*m_db, rules), "counting members");
        if (n != ids.size())
            return {
                QStringLiteral("count() says %1 but members() lists %2").arg(n).arg(ids.size())};
        return ids;
    }
    QStringList members(const char* json) { return members(rulesFrom(QByteArray(json))); }
    QStringList members(const QJsonObject& json) { return members(rulesFrom(json)); }

private:
    test::TestDatabase m_db;
    OwnerRepository m_owners;
    ActivityRepository m_activity;
};

QStringList list(std::initializer_list<const char*> ids)
{
    QStringList l;
    for (const char* id : ids)
        l << QString::fromUtf8(id);
    return l;
}

} // namespace

class TestSegmentQuery final : public QObject
{
    Q_OBJECT

private slots:
    void emptyRulesSelectEveryOwner();
    void seedExampleSelectsRecentVipDogOwners();
    void listKeysMatchExactly();
    void churnRiskFollowsTheRefreshedMetric();
    void tagsHaveAllAnyAndNone();
    void lifetimeValueBoundsAreInclusiveToTheCentavo();
    void daysSinceVisitBoundsAreInclusiveAndSkipNeverVisited();
    void engagementAndVisitBounds();
    void optInsAndReferralAreBooleans();
    void speciesCountsOnlyLivePets();
    void createdDatesTurnAtLocalMidnight();
    void anyGroupsNestAndCombineWithTheRest();
    void valuesAreBoundNeverSpliced();
    void injectionTextMatchesLiterallyThroughEveryStringKey();
    void choiceKeysRefuseInjectionTextBeforeSql();
    void rulesTooDeepOrWideForSqlAreRefusedByTheParser();
    void sqlAgreesWithInMemoryMatcherOnRandomRules();
};

void TestSegmentQuery::emptyRulesSelectEveryOwner()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("a"));
    clinic.owner(QStringLiteral("b"));
    const OwnerFilter filter =
        SegmentQuery::filterFor(clinic.db().dialect(), rulesFrom(QByteArray("{}")));
    QVERIFY(filter.condition.isEmpty());
    QVERIFY(filter.params.isEmpty());
    QCOMPARE(clinic.members("{}"), list({"a", "b"}));
}

void TestSegmentQuery::seedExampleSelectsRecentVipDogOwners()
{
    Clinic clinic;
    const auto vipDog = [](Owner& o) {
        o.tier = QStringLiteral("vip");
        o.tags = {QStringLiteral("dog-owner")};
    };
    clinic.visit(clinic.owner(QStringLiteral("vip-dog-90-days"), vipDog), 90);
    clinic.visit(clinic.owner(QStringLiteral("vip-dog-91-days"), vipDog), 91);
    clinic.visit(clinic.owner(QStringLiteral("vip-dog-today"), vipDog), 0);
    clinic.owner(QStringLiteral("vip-dog-never"), vipDog);
    const qint64 vipCat = clinic.owner(QStringLiteral("vip-cat"), [](Owner& o) {
        o.tier = QStringLiteral("vip");
        o.tags = {QStringLiteral("cat-owner")};
    });
    clinic.visit(vipCat, 10);
    const qint64 regularDog = clinic.owner(QStringLiteral("regular-dog"), [](Owner& o) {
        o.tier = QStringLiteral("regular");
        o.tags = {QStringLiteral("dog-owner")};
    });
    clinic.visit(regularDog, 10);
    clinic.refresh();
    QCOMPARE(clinic.members(R"({"tier":["vip"],"tags":["dog-owner"],"days_since_visit_max":90})"),
             list({"vip-dog-90-days", "vip-dog-today"}));
}

void TestSegmentQuery::listKeysMatchExactly()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("A"), [](Owner& o) {
        o.tier = QStringLiteral("new");
        o.acquisitionSource = QStringLiteral("google");
        o.neighborhood = QStringLiteral("Centro");
        o.preferredLanguage = QStringLiteral("es");
    });
    clinic.owner(QStringLiteral("B"), [](Owner& o) {
        o.tier = QStringLiteral("regular");
        o.city = QStringLiteral("Cancún");
        o.preferredLanguage = QStringLiteral("en");
    });
    clinic.owner(QStringLiteral("C"), [](Owner& o) {
        o.tier = QStringLiteral("professional");
        o.acquisitionSource = QStringLiteral("walk_in");
        o.city = QStringLiteral("cancún");
        o.neighborhood = QStringLiteral("Centro ");
        o.preferredLanguage = QStringLiteral("es-MX");
    });
    QCOMPARE(clinic.members(R"({"tier":["new","professional"]})"), list({"A", "C"}));
    QCOMPARE(clinic.members(R"({"tier":["vip"]})"), QStringList());
    QCOMPARE(clinic.members(R"({"acquisition_source":["google","walk_in"]})"), list({"A", "C"}));
    QCOMPARE(clinic.members(R"({"acquisition_source":["other"]})"), QStringList());
    QCOMPARE(clinic.members(R"({"city":["Cancún"]})"), list({"B"}));
    QCOMPARE(clinic.members(R"({"city":["Puerto Morelos","cancún"]})"), list({"A", "C"}));
    QCOMPARE(clinic.members(R"({"neighborhood":["Centro"]})"), list({"A"}));
    QCOMPARE(clinic.members(R"({"neighborhood":[""]})"), list({"B"}));
    QCOMPARE(clinic.members(R"({"preferred_language":["es"]})"), list({"A"}));
    QCOMPARE(clinic.members(R"({"preferred_language":["es-MX","en"]})"), list({"B", "C"}));
}

void TestSegmentQuery::churnRiskFollowsTheRefreshedMetric()
{
    Clinic clinic;
    clinic.visit(clinic.owner(QStringLiteral("90-days")), 90);
    clinic.visit(clinic.owner(QStringLiteral("91-days")), 91);
    clinic.visit(clinic.owner(QStringLiteral("180-days")), 180);
    clinic.visit(clinic.owner(QStringLiteral("181-days")), 181);
    clinic.owner(QStringLiteral("never"));
    clinic.refresh();
    QCOMPARE(clinic.members(R"({"churn_risk":["low"]})"), list({"90-days", "never"}));
    QCOMPARE(clinic.members(R"({"churn_risk":["medium"]})"), list({"91-days", "180-days"}));
    QCOMPARE(clinic.members(R"({"churn_risk":["high","medium"]})"),
             list({"91-days", "180-days", "181-days"}));
}

void TestSegmentQuery::tagsHaveAllAnyAndNone()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("a+b"), [](Owner& o) {
        o.tags = {QStringLiteral("a"), QStringLiteral("b")};
    });
    clinic.owner(QStringLiteral("a"), [](Owner& o) { o.tags = {QStringLiteral("a")}; });
    clinic.owner(QStringLiteral("b+c"), [](Owner& o) {
        o.tags = {QStringLiteral("b"), QStringLiteral("c")};
    });
    clinic.owner(QStringLiteral("none"));
    QCOMPARE(clinic.members(R"({"tags":["a","b"]})"), list({"a+b"}));
    QCOMPARE(clinic.members(R"({"tags":["a"]})"), list({"a+b", "a"}));
    QCOMPARE(clinic.members(R"({"tags":["a","zzz"]})"), QStringList());
    QCOMPARE(clinic.members(R"({"tags_any":["b","c"]})"), list({"a+b", "b+c"}));
    QCOMPARE(clinic.members(R"({"tags_any":["A"]})"), QStringList());
    QCOMPARE(clinic.members(R"({"tags_none":["a"]})"), list({"b+c", "none"}));
    QCOMPARE(clinic.members(R"({"tags_none":["a","c"]})"), list({"none"}));
    QCOMPARE(clinic.members(R"({"tags":["b"],"tags_none":["c"]})"), list({"a+b"}));
}

void TestSegmentQuery::lifetimeValueBoundsAreInclusiveToTheCentavo()
{
    Clinic clinic;
    const qint64 nothing = clinic.owner(QStringLiteral("0.00"));
    const qint64 below = clinic.owner(QStringLiteral("1000.49"));
    const qint64 exact = clinic.owner(QStringLiteral("1000.50"));
    const qint64 above = clinic.owner(QStringLiteral("1000.51"));
    const qint64 rich = clinic.owner(QStringLiteral("2000.00"));
    clinic.order(nothing, 5000, QStringLiteral("pending"));
    clinic.invoice(nothing, 5000, QStringLiteral("void"));
    clinic.order(below, 100049);
    clinic.order(exact, 50000);
    clinic.invoice(exact, 50050);
    clinic.order(exact, 99999, QStringLiteral("refunded"));
    clinic.invoice(above, 100051);
    clinic.order(rich, 200000);
    clinic.refresh();
    QCOMPARE(clinic.stored(exact).metrics.lifetimeValue, qint64(100050));

    QCOMPARE(clinic.members(R"({"lifetime_value_min":1000.5})"),
             list({"1000.50", "1000.51", "2000.00"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_max":1000.5})"),
             list({"0.00", "1000.49", "1000.50"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_min":1000.5,"lifetime_value_max":1000.50})"),
             list({"1000.50"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_min":1000.51})"), list({"1000.51", "2000.00"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_max":1000.49})"), list({"0.00", "1000.49"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_max":0})"), list({"0.00"}));
    QCOMPARE(clinic.members(R"({"lifetime_value_min":2000})"), list({"2000.00"}));
}

void TestSegmentQuery::daysSinceVisitBoundsAreInclusiveAndSkipNeverVisited()
{
    Clinic clinic;
    clinic.visit(clinic.owner(QStringLiteral("today")), 0);
    clinic.visitInteraction(clinic.owner(QStringLiteral("30")), 30);
    clinic.visit(clinic.owner(QStringLiteral("89")), 89);
    const qint64 ninety = clinic.owner(QStringLiteral("90"));
    clinic.visit(ninety, 200);
    clinic.visit(ninety, 90);
    clinic.visit(ninety, 5, QStringLiteral("cancelled")); // does not count as a visit
    clinic.visit(clinic.owner(QStringLiteral("91")), 91);
    const qint64 never = clinic.owner(QStringLiteral("never"));
    clinic.visit(never, 1, QStringLiteral("no_show"));
    clinic.refresh();
    QCOMPARE(clinic.stored(ninety).metrics.daysSinceLastVisit.value_or(-1), 90);

    QCOMPARE(clinic.members(R"({"days_since_visit_max":90})"), list({"today", "30", "89", "90"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_min":90})"), list({"90", "91"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_min":90,"days_since_visit_max":90})"),
             list({"90"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_min":0})"),
             list({"today", "30", "89", "90", "91"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_max":0})"), list({"today"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_max":100000})"),
             list({"today", "30", "89", "90", "91"}));
    // Bounds past any date: every visited owner, or none, never an error or the never-visited.
    QCOMPARE(clinic.members(R"({"days_since_visit_max":9007199254740992})"),
             list({"today", "30", "89", "90", "91"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_min":9007199254740992})"), QStringList());

    // The days are derived from the metrics' date: moving it moves every owner's days.
    QVERIFY(MetricsRefresher(clinic.db()).moveToDate(today.addDays(1)).ok());
    QCOMPARE(clinic.stored(ninety).metrics.daysSinceLastVisit.value_or(-1), 91);
    QCOMPARE(clinic.members(R"({"days_since_visit_max":90})"), list({"today", "30", "89"}));
    QCOMPARE(clinic.members(R"({"days_since_visit_min":91,"days_since_visit_max":92})"),
             list({"90", "91"}));
}

void TestSegmentQuery::engagementAndVisitBounds()
{
    Clinic clinic;
    const qint64 loyal = clinic.owner(QStringLiteral("three-visits"));
    for (const int daysAgo : {2, 10, 20})
        clinic.visit(loyal, daysAgo);
    clinic.visit(clinic.owner(QStringLiteral("one-visit")), 0);
    clinic.owner(QStringLiteral("never"));
    clinic.refresh();
    // visits 3·3 + recency 30 = 39; 1·3 + 30 = 33; nothing = 0.
    QCOMPARE(clinic.stored(loyal).metrics.engagementScore, 39);

    QCOMPARE(clinic.members(R"({"engagement_min":33})"), list({"three-visits", "one-visit"}));
    QCOMPARE(clinic.members(R"({"engagement_max":33})"), list({"one-visit", "never"}));
    QCOMPARE(clinic.members(R"({"engagement_min":34,"engagement_max":39})"),
             list({"three-visits"}));
    QCOMPARE(clinic.members(R"({"engagement_max":0})"), list({"never"}));
    QCOMPARE(clinic.members(R"({"visits_min":3})"), list({"three-visits"}));
    QCOMPARE(clinic.members(R"({"visits_min":1})"), list({"three-visits", "one-visit"}));
    QCOMPARE(clinic.members(R"({"visits_min":0})"), list({"three-visits", "one-visit", "never"}));
    QCOMPARE(clinic.members(R"({"visits_min":4})"), QStringList());
}

void TestSegmentQuery::optInsAndReferralAreBooleans()
{
    Clinic clinic;
    const qint64 referrer = clinic.owner(QStringLiteral("email-only"), [](Owner& o) {
        o.emailOptIn = true;
        o.whatsappOptIn = false;
    });
    clinic.owner(QStringLiteral("sms-and-whatsapp"), [referrer](Owner& o) {
        o.smsOptIn = true;
        o.referredBy = referrer;
    });
    clinic.owner(QStringLiteral("nothing"), [](Owner& o) { o.whatsappOptIn = false; });
    QCOMPARE(clinic.members(R"({"email_opt_in":true})"), list({"email-only"}));
    QCOMPARE(clinic.members(R"({"email_opt_in":false})"), list({"sms-and-whatsapp", "nothing"}));
    QCOMPARE(clinic.members(R"({"sms_opt_in":true})"), list({"sms-and-whatsapp"}));
    QCOMPARE(clinic.members(R"({"whatsapp_opt_in":true})"), list({"sms-and-whatsapp"}));
    QCOMPARE(clinic.members(R"({"whatsapp_opt_in":false})"), list({"email-only", "nothing"}));
    QCOMPARE(clinic.members(R"({"referred":true})"), list({"sms-and-whatsapp"}));
    QCOMPARE(clinic.members(R"({"referred":false})"), list({"email-only", "nothing"}));
}

void TestSegmentQuery::speciesCountsOnlyLivePets()
{
    Clinic clinic;
    clinic.pet(clinic.owner(QStringLiteral("live-dog")), QStringLiteral("dog"));
    const qint64 mixed = clinic.owner(QStringLiteral("dead-dog-live-cat"));
    clinic.pet(mixed, QStringLiteral("dog"), true);
    clinic.pet(mixed, QStringLiteral("cat"));
    clinic.pet(clinic.owner(QStringLiteral("dead-cat")), QStringLiteral("cat"), true);
    clinic.owner(QStringLiteral("no-pets"));
    QCOMPARE(clinic.members(R"({"species":["dog"]})"), list({"live-dog"}));
    QCOMPARE(clinic.members(R"({"species":["cat"]})"), list({"dead-dog-live-cat"}));
    QCOMPARE(clinic.members(R"({"species":["dog","cat"]})"),
             list({"live-dog", "dead-dog-live-cat"}));
    QCOMPARE(clinic.members(R"({"species":["reptile"]})"), QStringList());
}

void TestSegmentQuery::createdDatesTurnAtLocalMidnight()
{
    Clinic clinic;
    const auto createdAt = [](const QDate& date, const QTime& time) {
        return [=](Owner& o) { o.createdAt = LocalTime::fromLocal(date, time); };
    };
    const QDate march1(2026, 3, 1);
    const qint64 lastSecondOfFebruary = clinic.owner(
        QStringLiteral("feb28-23:59:59"), createdAt(march1.addDays(-1), QTime(23, 59, 59)));
    clinic.owner(QStringLiteral("mar1-00:00:00"), createdAt(march1, QTime(0, 0)));
    clinic.owner(QStringLiteral("mar1-23:59:59"), createdAt(march1, QTime(23, 59, 59)));
    clinic.owner(QStringLiteral("mar2-00:00:00"), createdAt(march1.addDays(1), QTime(0, 0)));
    // Stored in UTC: the last second of February 28th local is already March 1st in UTC.
    QCOMPARE(clinic.stored(lastSecondOfFebruary).createdAt,
             QDateTime(march1, QTime(4, 59, 59), Qt::UTC));

    QCOMPARE(clinic.members(R"({"created_after":"2026-03-01"})"),
             list({"mar1-00:00:00", "mar1-23:59:59", "mar2-00:00:00"}));
    QCOMPARE(clinic.members(R"({"created_before":"2026-03-01"})"), list({"feb28-23:59:59"}));
    QCOMPARE(clinic.members(R"({"created_after":"2026-03-01","created_before":"2026-03-02"})"),
             list({"mar1-00:00:00", "mar1-23:59:59"}));
    QCOMPARE(int(clinic.members(R"({"created_before":"2026-03-03"})").size()), 4);
    QCOMPARE(clinic.members(R"({"created_after":"2026-03-03"})"), QStringList());
}

void TestSegmentQuery::anyGroupsNestAndCombineWithTheRest()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("vip"), [](Owner& o) { o.tier = QStringLiteral("vip"); });
    clinic.owner(QStringLiteral("tagged-in-cancun"), [](Owner& o) {
        o.tags = {QStringLiteral("x")};
        o.city = QStringLiteral("Cancún");
    });
    clinic.owner(QStringLiteral("tagged-here"), [](Owner& o) { o.tags = {QStringLiteral("x")}; });
    clinic.owner(QStringLiteral("vip-email"), [](Owner& o) {
        o.tier = QStringLiteral("vip");
        o.emailOptIn = true;
    });
    QCOMPARE(clinic.members(R"({"any":[{"tier":["vip"]},{"tags":["x"],"city":["Cancún"]}]})"),
             list({"vip", "tagged-in-cancun", "vip-email"}));
    QCOMPARE(
        clinic.members(
            R"({"email_opt_in":false,"any":[{"tier":["vip"]},{"tags":["x"],"city":["Cancún"]}]})"),
        list({"vip", "tagged-in-cancun"}));
    QCOMPARE(
        clinic.members(
            R"({"any":[{"any":[{"city":["Cancún"]},{"email_opt_in":true}]},{"tier":["professional"]}]})"),
        list({"tagged-in-cancun", "vip-email"}));
    QCOMPARE(clinic.members(R"({"tags":["x"],"any":[{"tier":["professional"]},{}]})"),
             list({"tagged-in-cancun", "tagged-here"}));
    QCOMPARE(clinic.members(R"({"any":[{"tier":["professional"]}]})"), QStringList());
}

void TestSegmentQuery::valuesAreBoundNeverSpliced()
{
    Clinic clinic;
    const RuleTree rules = rulesFrom(QByteArray(R"({
        "tier": ["vip"], "tags": ["t7001", "t7002"], "tags_any": ["t7003"], "tags_none": ["t7004"],
        "lifetime_value_min": 7005, "lifetime_value_max": 7006.5, "days_since_visit_min": 7007,
        "days_since_visit_max": 7008, "churn_risk": ["high"], "email_opt_in": true,
        "sms_opt_in": false, "whatsapp_opt_in": true, "acquisition_source": ["google"],
        "city": ["c7009"], "neighborhood": ["n7010"], "preferred_language": ["l7011"],
        "engagement_min": 7012, "engagement_max": 7013, "visits_min": 7014, "species": ["dog"],
        "referred": true, "created_after": "2017-01-15", "created_before": "2018-01-16",
        "any": [{"visits_min": 7015}, {"city": ["c7016"]}]})"));
    const OwnerFilter filter = SegmentQuery::filterFor(clinic.db().dialect(), rules);
    for (const char* value : {"70", "vip", "high", "google", "dog", "2017", "2018"}) {
        const QString message = QStringLiteral("%1 spliced into: %2");
        QVERIFY2(!filter.condition.contains(QLatin1String(value)),
                 qPrintable(message.arg(QLatin1String(value), filter.condition)));
    }
    // One parameter per value: 4 tags, 2 in the any group, one for each of the 20 other keys.
    QCOMPARE(filter.params.size(), 26);
    for (int i = 0; i < filter.params.size(); ++i)
        QVERIFY(filter.params.contains(QStringLiteral(":p%1").arg(i)));
    QVERIFY(filter.params.values().contains(QVariant(qint64(700650))));
    QVERIFY(filter.params.values().contains(QVariant(QStringLiteral("c7016"))));
    QCOMPARE(checked(SegmentQuery::count(clinic.db(), rules), "counting"), 0);
}

namespace {

const QStringList injectionTexts{
    QStringLiteral("'"),
    QStringLiteral("''"),
    QStringLiteral("\""),
    QStringLiteral("O'Brien"),
    QStringLiteral("'; DROP TABLE owners; --"),
    QStringLiteral("x'); DROP TABLE owner_tags; --"),
    QStringLiteral("' OR 1=1 --"),
    QStringLiteral("' OR '1'='1"),
    QStringLiteral("\" OR \"\"=\""),
    QStringLiteral("--"),
    QStringLiteral(";"),
    QStringLiteral("/* */"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("\\"),
    QStringLiteral(":p0"),
    QStringLiteral("?"),
    QStringLiteral("DROP TABLE owners"),
    QStringLiteral("1; DELETE FROM owners"),
    QStringLiteral("' UNION SELECT external_id FROM owners --"),
    QStringLiteral("Ñoño's \"café\""),
};

QJsonObject ruleOf(const char* key, const QStringList& values)
{
    return QJsonObject{{QLatin1String(key), QJsonArray::fromStringList(values)}};
}

} // namespace

void TestSegmentQuery::injectionTextMatchesLiterallyThroughEveryStringKey()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("plain"), [](Owner& o) { o.tags = {QStringLiteral("plain")}; });
    QStringList hostile;
    for (qsizetype i = 0; i < injectionTexts.size(); ++i) {
        const QString text = injectionTexts.at(i);
        const QString id = QStringLiteral("hostile-%1").arg(i);
        hostile << id;
        const qint64 ownerId = clinic.owner(id, [&text](Owner& o) {
            o.city = text;
            o.neighborhood = text;
        });
        // The repository refuses some of these as a language or a tag; what is stored must still
        // be matched literally, so they are written with a bound statement.
        checked(
            Sql::exec(clinic.db().connection(),
                      QStringLiteral("UPDATE owners SET preferred_language = :t WHERE id = :id"),
                      {{QStringLiteral(":t"), text}, {QStringLiteral(":id"), ownerId}}),
            "storing a language");
        checked(Sql::exec(clinic.db().connection(),
                          QStringLiteral("INSERT INTO owner_tags (owner_id, tag) VALUES (:id, :t)"),
                          {{QStringLiteral(":t"), text}, {QStringLiteral(":id"), ownerId}}),
                "storing a tag");
    }
    const QStringList everyone = QStringList{QStringLiteral("plain")} + hostile;

    for (qsizetype i = 0; i < injectionTexts.size(); ++i) {
        const QStringList one{injectionTexts.at(i)};
        const QStringList itsOwner{hostile.at(i)};
        for (const char* key : {"tags", "tags_any", "city", "neighborhood", "preferred_language"})
            QCOMPARE(clinic.members(ruleOf(key, one)), itsOwner);
        QStringList allButItsOwner = everyone;
        allButItsOwner.removeAt(i + 1);
        QCOMPARE(clinic.members(ruleOf("tags_none", one)), allButItsOwner);
        QCOMPARE(
            clinic.members(QJsonObject{{QStringLiteral("any"), QJsonArray{ruleOf("city", one)}}}),
            itsOwner);
    }
    for (const char* key : {"tags_any", "city", "neighborhood", "preferred_language"})
        QCOMPARE(clinic.members(ruleOf(key, injectionTexts)), hostile);
    QCOMPARE(clinic.members(ruleOf("tags", injectionTexts)), QStringList());
    QCOMPARE(clinic.members(ruleOf("tags_none", injectionTexts)), list({"plain"}));

    QCOMPARE(checked(OwnerRepository(clinic.db()).count(), "counting owners"),
             int(everyone.size()));
    const auto tagRows = checked(
        Sql::scalar(clinic.db().connection(), QStringLiteral("SELECT count(*) FROM owner_tags")),
        "counting tags");
    QCOMPARE(tagRows.toInt(), int(everyone.size()));
}

void TestSegmentQuery::choiceKeysRefuseInjectionTextBeforeSql()
{
    for (const char* key : {"tier", "churn_risk", "acquisition_source", "species"})
        for (const QString& text : injectionTexts) {
            const auto rules = SegmentRules::parse(ruleOf(key, {text}));
            QVERIFY(!rules.ok());
            QVERIFY2(
                rules.error().startsWith(QLatin1String(key) + QLatin1String(": unknown value")),
                qPrintable(rules.error()));
        }
}

// Found by tests/fuzz (inputs in regressions/rules/): SQLite refuses a statement nested past its
// parser stack ("any" inside "any" about 13 deep) or with an expression tree deeper than 1000 (a
// chain of that many alternatives or "has all" tags). Every rule the parser accepts must run;
// the ones SQLite cannot run must be refused by the parser, naming the key.
void TestSegmentQuery::rulesTooDeepOrWideForSqlAreRefusedByTheParser()
{
    Clinic clinic;
    clinic.owner(QStringLiteral("a"));
    const auto nested = [](int depth) {
        QByteArray json = R"({"tags":["a","b"]})";
        for (int i = 0; i < depth; ++i)
            json = R"({"tier":["vip"],"tags":["x","y"],"any":[{"city":["c"]},)" + json + "]}";
        return json;
    };
    const auto listOf = [](const char* key, int n, const char* pattern) {
        QStringList items;
        for (int i = 0; i < n; ++i)
            items << QString::fromLatin1(pattern).replace(QLatin1String("%1"), QString::number(i));
        return QStringLiteral(R"({"%1":[%2]})")
            .arg(QLatin1String(key), items.join(QLatin1Char(',')))
            .toUtf8();
    };
    struct Case
    {
        QByteArray json;
        bool realistic;  // a segment someone might build: must be accepted
        const char* key; // the path in the refusal starts with it
    };
    QList<Case> cases;
    for (int depth = 1; depth <= 30; ++depth)
        cases.append({nested(depth), depth <= 3, "any"});
    for (const int n : {2, 50, 400, 999, 1000, 3000}) {
        cases.append({listOf("any", n, "{}"), n <= 50, "any"});
        cases.append({listOf("any", n, R"({"tier":["vip"]})"), n <= 50, "any"});
        cases.append({listOf("tags", n, R"("t%1")"), n <= 50, "tags"});
        cases.append({listOf("tags_none", n, R"("t%1")"), n <= 50, "tags_none"});
        cases.append({listOf("city", n, R"("c%1")"), n <= 50, "city"});
    }
    for (const Case& c : cases) {
        const auto rules = SegmentRules::parse(c.json);
        const QString what = QString::fromUtf8(c.json.left(120));
        if (!rules) {
            QVERIFY2(!c.realistic,
                     qPrintable(what + QStringLiteral("\nrefused: ") + rules.error()));
            QVERIFY2(rules.error().startsWith(QLatin1String(c.key)), // "any[250].tier: …"
                     qPrintable(what + QStringLiteral("\nrefused: ") + rules.error()));
            continue;
        }
        const auto n = SegmentQuery::count(clinic.db(), *rules);
        QVERIFY2(n.ok(), qPrintable(what + QStringLiteral("\naccepted, but: ") + n.error()));
    }
}

namespace {

// A varied clinic: ~150 owners whose fields, tags, pets and history are drawn from small pools,
// so random rules hit, miss and straddle real values.
class RandomClinic final
{
public:
    static inline const QStringList tags{QStringLiteral("dog-owner"), QStringLiteral("cat-owner"),
                                         QStringLiteral("grooming"),  QStringLiteral("newsletter"),
                                         QStringLiteral("O'Brien"),   QStringLiteral("vip-event")};
    static inline const QStringList cities{
        QStringLiteral("Puerto Morelos"), QStringLiteral("Cancún"),
        QStringLiteral("Playa del Carmen"), QStringLiteral("cancún")};
    static inline const QStringList neighborhoods{QString(), QStringLiteral("Centro"),
                                                  QStringLiteral("Colonia Pescadores"),
                                                  QStringLiteral("Zona Urbana")};
    static inline const QStringList languages{QStringLiteral("es"), QStringLiteral("en"),
                                              QStringLiteral("fr")};

    explicit RandomClinic(Clinic& clinic, quint32 seed) : m_clinic(clinic), m_random(seed) {}

    std::map<QString, OwnerSnapshot> build(int ownerCount)
    {
        auto transaction = checked(Transaction::begin(m_clinic.db()), "starting the data set");
        std::vector<qint64> ids;
        for (int i = 0; i < ownerCount; ++i) {
            const qint64 id = m_clinic.owner(QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
                                             [&](Owner& o) { fill(o, ids); });
            ids.push_back(id);
            addPets(id);
            addHistory(id);
        }
        checked(transaction.commit(), "committing the data set");
        m_clinic.refresh();
        std::map<QString, OwnerSnapshot> snapshots;
        for (const qint64 id : ids)
            snapshots.emplace(m_clinic.stored(id).externalId, m_clinic.snapshot(id));
        return snapshots;
    }

private:
    template <typename List> auto pick(const List& list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }
    bool chance(int percent) { return m_random.bounded(100) < percent; }

    void fill(Owner& o, const std::vector<qint64>& earlier)
    {
        o.tier = pick(choiceKeys(ChoiceList::Tier));
        for (const QString& tag : tags)
            if (chance(30))
                o.tags << tag;
        o.city = pick(cities);
        o.neighborhood = pick(neighborhoods);
        o.preferredLanguage = pick(languages);
        o.emailOptIn = chance(50);
        o.smsOptIn = chance(30);
        o.whatsappOptIn = chance(70);
        o.acquisitionSource =
            chance(25) ? QString() : pick(choiceKeys(ChoiceList::AcquisitionSource));
        if (!earlier.empty() && chance(25))
            o.referredBy = earlier.at(m_random.bounded(int(earlier.size())));
        // Around a few dates, often right at the edges of the local day.
        const QDate day = QDate(2026, 1, 1).addDays(m_random.bounded(60));
        static const QList<QTime> times{QTime(0, 0), QTime(23, 59, 59), QTime(4, 59, 59),
                                        QTime(5, 0), QTime(19, 0)};
        const QTime time =
            chance(70) ? pick(times) : QTime(m_random.bounded(24), m_random.bounded(60));
        o.createdAt = LocalTime::fromLocal(day, time);
    }

    void addPets(qint64 ownerId)
    {
        for (int n = m_random.bounded(4); n > 0; --n)
            m_clinic.pet(ownerId, pick(choiceKeys(ChoiceList::Species)), chance(25));
    }

    void addHistory(qint64 ownerId)
    {
        if (chance(20))
            return; // never seen, never bought
        static const QStringList statuses{QStringLiteral("completed"), QStringLiteral("completed"),
                                          QStringLiteral("cancelled"), QStringLiteral("no_show")};
        for (int n = m_random.bounded(4); n > 0; --n)
            m_clinic.visit(ownerId, m_random.bounded(250), pick(statuses));
        if (chance(30))
            m_clinic.visitInteraction(ownerId, m_random.bounded(250));
        static const QStringList payments{QStringLiteral("paid"), QStringLiteral("paid"),
                                          QStringLiteral("pending"), QStringLiteral("refunded")};
        for (int n = m_random.bounded(3); n > 0; --n)
            m_clinic.order(ownerId, amount(), pick(payments));
        if (chance(40))
            m_clinic.invoice(ownerId, amount(),
                             chance(70) ? QStringLiteral("paid") : QStringLiteral("issued"));
    }

    qint64 amount()
    {
        return chance(50) ? m_random.bounded(1, 80) * 5000 : m_random.bounded(1, 800000);
    }

    Clinic& m_clinic;
    QRandomGenerator m_random;
};

// Random rule objects whose values come from the data set's own values and their neighbours.
class RandomRules final
{
public:
    RandomRules(const std::map<QString, OwnerSnapshot>& owners, quint32 seed) : m_random(seed)
    {
        for (const auto& [id, o] : owners) {
            m_amounts << o.lifetimeValue << o.lifetimeValue + 1
                      << std::max<qint64>(0, o.lifetimeValue - 1);
            m_engagements << o.engagementScore;
            if (o.daysSinceLastVisit)
                m_days << *o.daysSinceLastVisit;
            const QDate created = LocalTime::dateOf(o.createdAt);
            m_dates << created << created.addDays(1);
        }
    }

    QJsonObject next(int depth = 0)
    {
        QJsonObject rules;
        const auto keys = ruleKeys();
        for (int n = m_random.bounded(depth == 0 ? 4 : 3); n > 0; --n) {
            const RuleKeyInfo& info = keys[m_random.bounded(int(keys.size()))];
            if (info.key == RuleKey::Any && depth >= 2)
                continue;
            rules.insert(QLatin1String(info.name), valueFor(info, depth));
        }
        return rules;
    }

private:
    template <typename List> auto pick(const List& list)
    {
        return list.at(m_random.bounded(int(list.size())));
    }

    QJsonArray someOf(const QStringList& pool)
    {
        QStringList chosen;
        for (int n = 1 + m_random.bounded(3); n > 0; --n)
            chosen << pick(pool);
        return QJsonArray::fromStringList(chosen);
    }

    QJsonValue valueFor(const RuleKeyInfo& info, int depth)
    {
        switch (info.key) {
        case RuleKey::Tags:
        case RuleKey::TagsAny:
        case RuleKey::TagsNone:
            return someOf(RandomClinic::tags + QStringList{QStringLiteral("nobody")});
        case RuleKey::City: return someOf(RandomClinic::cities);
        case RuleKey::Neighborhood: return someOf(RandomClinic::neighborhoods);
        case RuleKey::PreferredLanguage: return someOf(RandomClinic::languages);
        case RuleKey::LifetimeValueMin:
        case RuleKey::LifetimeValueMax: return double(pick(m_amounts)) / 100.0;
        case RuleKey::DaysSinceVisitMin:
        case RuleKey::DaysSinceVisitMax:
            return m_days.isEmpty() ? 0 : std::max(0, pick(m_days) + m_random.bounded(-1, 2));
        case RuleKey::EngagementMin:
        case RuleKey::EngagementMax: return pick(m_engagements) + m_random.bounded(0, 2);
        case RuleKey::VisitsMin: return m_random.bounded(5);
        case RuleKey::EmailOptIn:
        case RuleKey::SmsOptIn:
        case RuleKey::WhatsappOptIn:
        case RuleKey::Referred: return m_random.bounded(2) == 1;
        case RuleKey::CreatedAfter:
        case RuleKey::CreatedBefore: return pick(m_dates).toString(Qt::ISODate);
        case RuleKey::Any: {
            QJsonArray members;
            for (int n = 1 + m_random.bounded(3); n > 0; --n)
                members.append(next(depth + 1));
            return members;
        }
        case RuleKey::Tier:
        case RuleKey::ChurnRisk:
        case RuleKey::AcquisitionSource:
        case RuleKey::Species: return someOf(choiceKeys(info.choices));
        }
        Q_UNREACHABLE();
    }

    QRandomGenerator m_random;
    QList<qint64> m_amounts;
    QList<int> m_engagements;
    QList<int> m_days;
    QList<QDate> m_dates;
};

} // namespace

void TestSegmentQuery::sqlAgreesWithInMemoryMatcherOnRandomRules()
{
    Clinic clinic;
    const std::map<QString, OwnerSnapshot> owners = RandomClinic(clinic, 20260615).build(150);
    RandomRules generator(owners, 7);
    int compared = 0;
    int selective = 0; // rule sets that match some owners but not all
    int refused = 0;
    while (compared < 400) {
        const QJsonObject json = generator.next();
        const auto rules = SegmentRules::parse(json);
        if (!rules) {
            ++refused; // an inverted range drawn at random: the parser's business, not this test's
            QVERIFY2(rules.error().contains(QLatin1String("is greater than")) ||
                         rules.error().contains(QLatin1String("is not before")),
                     qPrintable(rules.error()));
            continue;
        }
        QStringList expected;
        for (const auto& [id, snapshot] : owners)
            if (SegmentRules::matches(*rules, snapshot))
                expected << id;
        QStringList actual = clinic.members(*rules);
        actual.sort(); // ids are R000…R149, so text order is id order
        QVERIFY2(
            actual == expected,
            qPrintable(QStringLiteral("rules %1\nSQL: %2\nmatcher: %3")
                           .arg(QString::fromUtf8(SegmentRules::toJson(*rules)),
                                actual.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')))));
        if (!expected.isEmpty() && expected.size() < qsizetype(owners.size()))
            ++selective;
        ++compared;
    }
    qInfo("%d rule sets agreed (%d selective), %d inverted ranges refused", compared, selective,
          refused);
    QVERIFY2(selective >= compared / 3, "the random rules should mostly split the owners");
}

QTEST_GUILESS_MAIN(TestSegmentQuery)
#include "TestSegmentQuery.moc"
