#include "core/Metrics.h"

#include <QTest>

using namespace huellas;
using namespace huellas::Metrics;

class TestMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void churnRiskFollowsDaysSinceLastVisit_data();
    void churnRiskFollowsDaysSinceLastVisit();
    void recencyPointsFollowDaysSinceLastVisit_data();
    void recencyPointsFollowDaysSinceLastVisit();
    void spendingPointsAreStrictAtThresholds_data();
    void spendingPointsAreStrictAtThresholds();
    void visitAndInteractionPointsAreCapped();
    void averageOrderValueRoundsHalfUp();
    void completedAppointmentAndVisitOnOneDayAreOneVisit();
    void computeCombinesEveryFact();
    void ownerWithNoActivityHasZeroes();
};

void TestMetrics::churnRiskFollowsDaysSinceLastVisit_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("risk");
    QTest::newRow("0 days (seed bug fixed)") << 0 << "low";
    QTest::newRow("29") << 29 << "low";
    QTest::newRow("30") << 30 << "low";
    QTest::newRow("89") << 89 << "low";
    QTest::newRow("90") << 90 << "low";
    QTest::newRow("91") << 91 << "medium";
    QTest::newRow("179") << 179 << "medium";
    QTest::newRow("180") << 180 << "medium";
    QTest::newRow("181") << 181 << "high";
}

void TestMetrics::churnRiskFollowsDaysSinceLastVisit()
{
    QFETCH(int, days);
    QFETCH(QString, risk);
    QCOMPARE(churnRiskFor(days), risk);
    QCOMPARE(churnRiskFor(std::nullopt), QStringLiteral("low")); // never visited stays low
}

void TestMetrics::recencyPointsFollowDaysSinceLastVisit_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("points");
    QTest::newRow("0 days counts as < 30") << 0 << 30;
    QTest::newRow("29") << 29 << 30;
    QTest::newRow("30") << 30 << 20;
    QTest::newRow("89") << 89 << 20;
    QTest::newRow("90") << 90 << 10;
    QTest::newRow("179") << 179 << 10;
    QTest::newRow("180") << 180 << 0;
    QTest::newRow("181") << 181 << 0;
}

void TestMetrics::recencyPointsFollowDaysSinceLastVisit()
{
    QFETCH(int, days);
    QFETCH(int, points);
    QCOMPARE(engagementFor(1, days, 0, 0).recency, points);
    QCOMPARE(engagementFor(0, std::nullopt, 0, 0).recency, 0);
}

void TestMetrics::spendingPointsAreStrictAtThresholds_data()
{
    QTest::addColumn<qint64>("centavos");
    QTest::addColumn<int>("points");
    QTest::newRow("0") << qint64(0) << 0;
    QTest::newRow("exactly 1,000") << qint64(1'000'00) << 0;
    QTest::newRow("1,000.01") << qint64(1'000'01) << 10;
    QTest::newRow("exactly 5,000") << qint64(5'000'00) << 10;
    QTest::newRow("5,000.01") << qint64(5'000'01) << 15;
    QTest::newRow("exactly 10,000") << qint64(10'000'00) << 15;
    QTest::newRow("10,000.01") << qint64(10'000'01) << 20;
}

void TestMetrics::spendingPointsAreStrictAtThresholds()
{
    QFETCH(qint64, centavos);
    QFETCH(int, points);
    QCOMPARE(engagementFor(0, std::nullopt, centavos, 0).spending, points);
}

void TestMetrics::visitAndInteractionPointsAreCapped()
{
    QCOMPARE(engagementFor(9, std::nullopt, 0, 0).visits, 27);
    QCOMPARE(engagementFor(10, std::nullopt, 0, 0).visits, 30);
    QCOMPARE(engagementFor(11, std::nullopt, 0, 0).visits, 30);
    QCOMPARE(engagementFor(0, std::nullopt, 0, 19).interactions, 19);
    QCOMPARE(engagementFor(0, std::nullopt, 0, 20).interactions, 20);
    QCOMPARE(engagementFor(0, std::nullopt, 0, 21).interactions, 20);
    const EngagementBreakdown full = engagementFor(50, 0, 20'000'00, 50);
    QCOMPARE(full.total(), 100);
}

void TestMetrics::averageOrderValueRoundsHalfUp()
{
    QCOMPARE(averageOrderValue(0, 0), qint64(0));
    QCOMPARE(averageOrderValue(1000, 0), qint64(0));
    QCOMPARE(averageOrderValue(1000, 3), qint64(333)); // 333.33… → 333
    QCOMPARE(averageOrderValue(1001, 2), qint64(501)); // 500.5 → 501
    QCOMPARE(averageOrderValue(2000, 3), qint64(667)); // 666.66… → 667
    QCOMPARE(averageOrderValue(14'250'00, 20), qint64(712'50));
}

void TestMetrics::completedAppointmentAndVisitOnOneDayAreOneVisit()
{
    OwnerActivity a;
    const QDate day(2026, 11, 20);
    a.completedAppointmentDates = {day};
    a.visitInteractionDates = {day};
    const OwnerMetrics m = compute(a, QDate(2026, 11, 24));
    QCOMPARE(m.totalVisits, 1);
    QCOMPARE(m.daysSinceLastVisit, std::optional<int>(4));
}

void TestMetrics::computeCombinesEveryFact()
{
    OwnerActivity a;
    a.completedAppointmentDates = {QDate(2024, 1, 3), QDate(2026, 6, 1)};
    a.visitInteractionDates = {QDate(2026, 6, 1), QDate(2026, 8, 1)};
    a.otherInteractionDates = {QDate(2026, 10, 1)};
    a.paidOrdersAndInvoices = {{QDate(2026, 9, 1), 600'00}, {QDate(2026, 11, 1), 500'01}};
    a.referralsMade = 2;
    const OwnerMetrics m = compute(a, QDate(2026, 11, 24));
    QCOMPARE(m.totalVisits, 3);
    QCOMPARE(m.firstVisitDate, QDate(2024, 1, 3));
    QCOMPARE(m.lastVisitDate, QDate(2026, 8, 1));
    QCOMPARE(m.daysSinceLastVisit, std::optional<int>(115));
    QCOMPARE(m.churnRisk, QStringLiteral("medium"));
    QCOMPARE(m.lifetimeValue, qint64(1'100'01));
    QCOMPARE(m.averageOrderValue, qint64(550'01)); // 550.005 → 550.01
    // visits 9 + recency 10 + spending 10 + interactions 3
    QCOMPARE(m.engagementScore, 32);
    QCOMPARE(m.lastEngagementDate, QDate(2026, 11, 1));
    QCOMPARE(m.referralsMade, 2);
}

void TestMetrics::ownerWithNoActivityHasZeroes()
{
    const OwnerMetrics m = compute({}, QDate(2026, 11, 24));
    QCOMPARE(m.totalVisits, 0);
    QVERIFY(!m.daysSinceLastVisit.has_value());
    QVERIFY(!m.lastEngagementDate.isValid());
    QCOMPARE(m.churnRisk, QStringLiteral("low"));
    QCOMPARE(m.engagementScore, 0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
