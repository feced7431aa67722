#include "core/Choices.h"
#include "storage/ActivityRepository.h"
#include "storage/DemoDataGenerator.h"
#include "storage/InteractionQueries.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerListQuery.h"
#include "storage/Sql.h"
#include "storage/dashboard/DashboardQueries.h"
#include "support/TestDatabase.h"

#include <QTest>

#include <memory>

using namespace huellas;

namespace {

const QDate demoToday(2026, 11, 24);

qint64 sqlCount(Database& db, const QString& sql, const QVariantMap& params = {})
{
    auto n = Sql::scalar(db.connection(), sql, params);
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return n->toLongLong();
}

qint64 ownersSelectedBy(Database& db, const OwnerFilter& filter)
{
    auto n = OwnerListQuery::count(db, filter);
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return *n;
}

qint64 sum(const QList<DashboardFigure>& figures)
{
    qint64 total = 0;
    for (const DashboardFigure& f : figures)
        total += f.value;
    return total;
}

// Every owner-counting figure of the snapshot (value = owners).
QList<const DashboardFigure*> ownerFigures(const DashboardSnapshot& s)
{
    QList<const DashboardFigure*> all{&s.kpis.owners, &s.kpis.newThisMonth, &s.kpis.active90,
                                      &s.kpis.atRisk, &s.kpis.highRisk,     &s.kpis.mediumRisk};
    for (const auto* list : {&s.churnRisks, &s.tiers, &s.acquisitionSources, &s.lifetimeValues})
        for (const DashboardFigure& f : *list)
            all << &f;
    for (const DashboardMonth& m : s.months)
        all << &m.newOwners << &m.becameHighRisk;
    return all;
}

void addPaidOrder(Database& db, qint64 ownerId, qint64 centavos)
{
    Order order;
    order.ownerId = ownerId;
    order.total = centavos;
    order.paymentStatus = QStringLiteral("paid");
    order.orderedAt = test::localNoon(demoToday.addDays(-3));
    QVERIFY(ActivityRepository(db).save(order).ok());
}

void addVisit(Database& db, qint64 ownerId, const QDate& day)
{
    Appointment visit;
    visit.ownerId = ownerId;
    visit.status = QStringLiteral("completed");
    visit.scheduledAt = test::localNoon(day);
    QVERIFY(ActivityRepository(db).save(visit).ok());
}

} // namespace

class TestDashboardQueries final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodIsCalendarMonthsEndingWithTheMetricsDate();
    void kpisEqualDirectCounts();
    void followUpKpisCountFollowUpsAndTheirOwners();
    void everyOwnerFigureFilterSelectsExactlyThatManyOwners();
    void breakdownsEqualDirectCountsAndAddUpToAllOwners();
    void newOwnersPerMonthFollowTheLocalCalendar();
    void becameHighRiskCountsTheMonthTheRiskTurnedHigh();
    void interactionsPerWeekEqualDirectCountsAndOpenTheirOwners();
    void topOwnersHaveTheHighestLifetimeValue();
    void pendingFollowUpsAreOpenOldestFirst();
    void filtersUseTheirOwnParameterNames();
    void lifetimeValueBucketsFollowTheSpendingPoints();
    void highRiskStartsOnTheDay181AfterTheLastVisit();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    DashboardSnapshot m_snapshot;
};

void TestDashboardQueries::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    DemoOptions options;
    options.owners = 300;
    options.seed = 7;
    options.today = demoToday;
    QVERIFY(DemoDataGenerator(m_db->get()).generate(options).ok());
    QVERIFY(MetricsRefresher(m_db->get()).refreshAll(demoToday).ok());
    auto snapshot =
        DashboardQueries::load(m_db->get(), DashboardQueries::periodOf(m_db->get(), 12));
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
    m_snapshot = *snapshot;
}

void TestDashboardQueries::periodIsCalendarMonthsEndingWithTheMetricsDate()
{
    const DashboardPeriod& p = m_snapshot.period;
    QCOMPARE(p.asOf, demoToday);
    QCOMPARE(p.firstDay(), QDate(2025, 12, 1));
    QCOMPARE(p.monthStarts().size(), 12);
    QCOMPARE(p.monthStarts().last(), QDate(2026, 11, 1));
    QCOMPARE(p.firstWeekStart().dayOfWeek(), 1);
    QVERIFY(p.firstWeekStart() <= p.firstDay() && p.firstWeekStart().daysTo(p.firstDay()) < 7);
    QCOMPARE(m_snapshot.weeks.size(), p.weekCount());
    QVERIFY(m_snapshot.weeks.last().weekStart <= demoToday);
    QVERIFY(m_snapshot.weeks.last().weekStart.addDays(7) > demoToday);
    QCOMPARE(m_snapshot.months.size(), 12);
}

void TestDashboardQueries::kpisEqualDirectCounts()
{
    Database& db = m_db->get();
    const DashboardKpis& k = m_snapshot.kpis;
    QCOMPARE(k.owners.value, sqlCount(db, QStringLiteral("SELECT count(*) FROM owners")));
    QVERIFY(k.owners.value == 300);
    QCOMPARE(k.newThisMonth.value,
             sqlCount(db, QStringLiteral("SELECT count(*) FROM owners WHERE "
                                         "strftime('%Y-%m', created_at, '-5 hours') = '2026-11'")));
    QCOMPARE(k.active90.value,
             sqlCount(db, QStringLiteral(
                              "SELECT count(*) FROM owners WHERE CAST(julianday((SELECT value FROM settings "
                              "WHERE key = 'metrics_as_of')) - julianday(last_visit_date) AS INTEGER) <= 90")));
    QVERIFY(k.active90.value > 0);
    QCOMPARE(k.highRisk.value,
             sqlCount(db, QStringLiteral("SELECT count(*) FROM owners WHERE churn_risk = 'high'")));
    QCOMPARE(
        k.mediumRisk.value,
        sqlCount(db, QStringLiteral("SELECT count(*) FROM owners WHERE churn_risk = 'medium'")));
    QCOMPARE(k.atRisk.value, k.highRisk.value + k.mediumRisk.value);
    QCOMPARE(k.totalLifetimeValue,
             sqlCount(db, QStringLiteral("SELECT sum(lifetime_value) FROM owners")));
    QVERIFY(k.totalLifetimeValue > 0);
    QCOMPARE(k.averageLifetimeValue, (2 * k.totalLifetimeValue + 300) / 600);
    QCOMPARE(k.activePercent(), 100.0 * double(k.active90.value) / 300.0);
}

void TestDashboardQueries::followUpKpisCountFollowUpsAndTheirOwners()
{
    Database& db = m_db->get();
    const DashboardKpis& k = m_snapshot.kpis;
    const QString open = QStringLiteral(
        "FROM interactions WHERE requires_follow_up = 1 AND follow_up_completed = 0");
    const struct
    {
        const DashboardFigure& figure;
        QString where;
    } cases[] = {
        {k.followUpsToday, QStringLiteral(" AND follow_up_date = '2026-11-24'")},
        {k.followUpsOverdue, QStringLiteral(" AND follow_up_date < '2026-11-24'")},
        {k.followUpsDue, QStringLiteral(" AND follow_up_date <= '2026-11-24'")},
        {k.followUpsUndated, QStringLiteral(" AND follow_up_date IS NULL")},
        {k.followUpsNeedingAttention,
         QStringLiteral(" AND (follow_up_date <= '2026-11-24' OR follow_up_date IS NULL)")},
    };
    for (const auto& c : cases) {
        QCOMPARE(c.figure.value, sqlCount(db, QStringLiteral("SELECT count(*) ") + open + c.where));
        QCOMPARE(c.figure.owners,
                 sqlCount(db, QStringLiteral("SELECT count(DISTINCT owner_id) ") + open + c.where));
        QCOMPARE(ownersSelectedBy(db, c.figure.filter), c.figure.owners);
    }
    QCOMPARE(k.followUpsDue.value, k.followUpsToday.value + k.followUpsOverdue.value);
    QCOMPARE(k.followUpsNeedingAttention.value, k.followUpsDue.value + k.followUpsUndated.value);
    QVERIFY(k.followUpsUndated.value > 0); // the demo has undated follow-ups, as old exports do
    // The desk's badge counts the same follow-ups the dashboard lists.
    const auto badge = InteractionQueries::followUpsNeedingAttentionCounts(db, demoToday);
    QCOMPARE(qint64(badge->total()), k.followUpsNeedingAttention.value);
    QCOMPARE(qint64(badge->overdue), k.followUpsOverdue.value);
    QCOMPARE(qint64(badge->dueToday), k.followUpsToday.value);
    QCOMPARE(qint64(badge->undated), k.followUpsUndated.value);
}

void TestDashboardQueries::everyOwnerFigureFilterSelectsExactlyThatManyOwners()
{
    for (const DashboardFigure* f : ownerFigures(m_snapshot)) {
        QCOMPARE(f->owners, f->value);
        QCOMPARE(ownersSelectedBy(m_db->get(), f->filter), f->value);
    }
    for (const DashboardTopOwner& top : m_snapshot.topOwners)
        QCOMPARE(ownersSelectedBy(m_db->get(), top.filter), qint64(1));
    for (const DashboardFollowUp& item : m_snapshot.followUps)
        QCOMPARE(ownersSelectedBy(m_db->get(), item.filter), qint64(1));
}

void TestDashboardQueries::breakdownsEqualDirectCountsAndAddUpToAllOwners()
{
    Database& db = m_db->get();
    const auto check = [&](const QList<DashboardFigure>& figures, const char* column,
                           ChoiceList list) {
        for (const DashboardFigure& f : figures) {
            QVERIFY(f.key.isEmpty() || isChoice(list, f.key));
            QCOMPARE(f.value, sqlCount(db,
                                       QStringLiteral("SELECT count(*) FROM owners WHERE %1 = :v")
                                           .arg(QLatin1String(column)),
                                       {{QStringLiteral(":v"), Sql::text(f.key)}}));
        }
        QCOMPARE(sum(figures), qint64(300));
    };
    check(m_snapshot.churnRisks, "churn_risk", ChoiceList::ChurnRisk);
    check(m_snapshot.tiers, "tier", ChoiceList::Tier);
    check(m_snapshot.acquisitionSources, "acquisition_source", ChoiceList::AcquisitionSource);
    QCOMPARE(m_snapshot.churnRisks.size(), 3);
    QCOMPARE(m_snapshot.acquisitionSources.last().key, QString());

    const QString ltvBuckets = QStringLiteral(
        "SELECT sum(lifetime_value <= 0), sum(lifetime_value > 0 AND lifetime_value <= 100000), "
        "sum(lifetime_value > 100000 AND lifetime_value <= 500000), "
        "sum(lifetime_value > 500000 AND lifetime_value <= 1000000), sum(lifetime_value > 1000000) "
        "FROM owners");
    auto q = Sql::exec(db.connection(), ltvBuckets);
    QVERIFY(q.ok() && q->next());
    QCOMPARE(m_snapshot.lifetimeValues.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_snapshot.lifetimeValues.at(i).value, q->value(i).toLongLong());
    QCOMPARE(sum(m_snapshot.lifetimeValues), qint64(300));
}

void TestDashboardQueries::newOwnersPerMonthFollowTheLocalCalendar()
{
    Database& db = m_db->get();
    qint64 total = 0;
    for (const DashboardMonth& m : m_snapshot.months) {
        QCOMPARE(m.month.day(), 1);
        QCOMPARE(m.newOwners.value,
                 sqlCount(db,
                          QStringLiteral("SELECT count(*) FROM owners WHERE strftime('%Y-%m', "
                                         "created_at, '-5 hours') = :m"),
                          {{QStringLiteral(":m"), m.month.toString(QStringLiteral("yyyy-MM"))}}));
        total += m.newOwners.value;
    }
    QVERIFY(total > 0);
    QCOMPARE(m_snapshot.months.last().newOwners.value, m_snapshot.kpis.newThisMonth.value);
}

void TestDashboardQueries::becameHighRiskCountsTheMonthTheRiskTurnedHigh()
{
    Database& db = m_db->get();
    qint64 total = 0;
    for (const DashboardMonth& m : m_snapshot.months) {
        QCOMPARE(
            m.becameHighRisk.value,
            sqlCount(db,
                     QStringLiteral("SELECT count(*) FROM owners WHERE churn_risk = 'high' AND "
                                    "strftime('%Y-%m', last_visit_date, '+181 days') = :m"),
                     {{QStringLiteral(":m"), m.month.toString(QStringLiteral("yyyy-MM"))}}));
        total += m.becameHighRisk.value;
    }
    QVERIFY(total > 0);
    QVERIFY(total <= m_snapshot.kpis.highRisk.value);
}

void TestDashboardQueries::interactionsPerWeekEqualDirectCountsAndOpenTheirOwners()
{
    Database& db = m_db->get();
    const DashboardPeriod& p = m_snapshot.period;
    QVERIFY(!m_snapshot.interactionTypes.isEmpty());
    qint64 total = 0;
    const QString local = QStringLiteral("date(created_at, '-5 hours')");
    for (const DashboardWeek& week : m_snapshot.weeks) {
        QCOMPARE(week.byType.size(), m_snapshot.interactionTypes.size());
        const QVariantMap range{
            {QStringLiteral(":from"), week.weekStart.toString(Qt::ISODate)},
            {QStringLiteral(":to"),
             std::min(week.weekStart.addDays(6), p.asOf).toString(Qt::ISODate)}};
        for (const DashboardFigure& f : week.byType) {
            QVariantMap params = range;
            params.insert(QStringLiteral(":t"), f.key);
            const QString where =
                QStringLiteral(
                    " FROM interactions WHERE interaction_type = :t AND %1 BETWEEN :from AND :to")
                    .arg(local);
            QCOMPARE(f.value, sqlCount(db, QStringLiteral("SELECT count(*)") + where, params));
            QCOMPARE(
                f.owners,
                sqlCount(db, QStringLiteral("SELECT count(DISTINCT owner_id)") + where, params));
            QCOMPARE(ownersSelectedBy(db, f.filter), f.owners);
            total += f.value;
        }
    }
    QVERIFY(total > 0);
    QCOMPARE(total, sqlCount(db,
                             QStringLiteral(
                                 "SELECT count(*) FROM interactions WHERE %1 BETWEEN :from AND :to")
                                 .arg(local),
                             {{QStringLiteral(":from"), p.firstWeekStart().toString(Qt::ISODate)},
                              {QStringLiteral(":to"), p.asOf.toString(Qt::ISODate)}}));
}

void TestDashboardQueries::topOwnersHaveTheHighestLifetimeValue()
{
    const auto& top = m_snapshot.topOwners;
    QCOMPARE(top.size(), DashboardSnapshot::topOwnerCount);
    for (int i = 1; i < top.size(); ++i)
        QVERIFY(top.at(i - 1).lifetimeValue >= top.at(i).lifetimeValue);
    QVERIFY(sqlCount(m_db->get(),
                     QStringLiteral("SELECT count(*) FROM owners WHERE lifetime_value > :v"),
                     {{QStringLiteral(":v"), top.last().lifetimeValue}}) <
            DashboardSnapshot::topOwnerCount);
    QVERIFY(!top.first().name.isEmpty());
    QVERIFY(isChoice(ChoiceList::Tier, top.first().tier));
    QCOMPARE(top.first().lifetimeValue,
             sqlCount(m_db->get(), QStringLiteral("SELECT max(lifetime_value) FROM owners")));
}

void TestDashboardQueries::pendingFollowUpsAreOpenOldestFirst()
{
    // The same list, in the same order, as the desk's Pendientes panel.
    const auto& list = m_snapshot.followUps;
    QCOMPARE(qint64(list.size()), std::min<qint64>(m_snapshot.kpis.followUpsNeedingAttention.value,
                                                   DashboardSnapshot::followUpLimit));
    QVERIFY(!list.isEmpty());
    auto desk = InteractionQueries::followUpsNeedingAttention(m_db->get(), demoToday,
                                                              DashboardSnapshot::followUpLimit);
    QVERIFY2(desk.ok(), qPrintable(desk.error()));
    QCOMPARE(qsizetype(desk->size()), list.size());
    for (int i = 0; i < list.size(); ++i) {
        const InteractionRow& row = list.at(i).row;
        QCOMPARE(row.id, desk->at(i).id);
        QVERIFY(needsAttention(row.followUpStatus(demoToday)));
        QVERIFY(!row.ownerName.isEmpty());
        QVERIFY(isChoice(ChoiceList::InteractionType, row.interactionType));
        if (i > 0 && row.followUpDate.isValid())
            QVERIFY(list.at(i - 1).row.followUpDate.isValid() &&
                    list.at(i - 1).row.followUpDate <= row.followUpDate);
    }
}

void TestDashboardQueries::filtersUseTheirOwnParameterNames()
{
    for (const DashboardFigure* f : ownerFigures(m_snapshot))
        for (const QString& name : f->filter.params.keys())
            QVERIFY2(name.startsWith(QLatin1String(":d")), qPrintable(name));
    // A drill-down combines with the desk's own search and quick filters.
    const DashboardFigure& vip = m_snapshot.tiers.at(2);
    QCOMPARE(vip.key, QStringLiteral("vip"));
    OwnerListCriteria criteria;
    criteria.churnRisk = QStringLiteral("high");
    criteria.restriction = vip.filter;
    const qint64 expected = sqlCount(
        m_db->get(),
        QStringLiteral("SELECT count(*) FROM owners WHERE tier = 'vip' AND churn_risk = 'high'"));
    QCOMPARE(ownersSelectedBy(m_db->get(), *OwnerListQuery::filterFor(m_db->get(), criteria)), expected);
}

void TestDashboardQueries::lifetimeValueBucketsFollowTheSpendingPoints()
{
    test::TestDatabase db;
    const qint64 amounts[] = {0, 1'000'00, 1'000'01, 5'000'00, 10'000'00, 10'000'01};
    for (qint64 amount : amounts) {
        const qint64 id = test::addOwner(*db, QStringLiteral("Owner %1").arg(amount));
        if (amount > 0)
            addPaidOrder(*db, id, amount);
    }
    QVERIFY(MetricsRefresher(*db).refreshAll(demoToday).ok());
    auto s = DashboardQueries::load(*db, DashboardQueries::periodOf(*db, 3));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const qint64 expected[] = {1, 1, 2, 1, 1};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(s->lifetimeValues.at(i).value, expected[i]);
        QCOMPARE(ownersSelectedBy(*db, s->lifetimeValues.at(i).filter), expected[i]);
    }
    QCOMPARE(s->kpis.totalLifetimeValue, qint64(27'000'02));
    QCOMPARE(s->topOwners.first().lifetimeValue, qint64(10'000'01));
}

void TestDashboardQueries::highRiskStartsOnTheDay181AfterTheLastVisit()
{
    test::TestDatabase db;
    addVisit(*db, test::addOwner(*db, QStringLiteral("Turned today")), demoToday.addDays(-181));
    addVisit(*db, test::addOwner(*db, QStringLiteral("Still medium")), demoToday.addDays(-180));
    addVisit(*db, test::addOwner(*db, QStringLiteral("Turned in October")),
             QDate(2026, 10, 31).addDays(-181));
    QVERIFY(MetricsRefresher(*db).refreshAll(demoToday).ok());
    auto s = DashboardQueries::load(*db, DashboardQueries::periodOf(*db, 3));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s->months.size(), 3);
    QCOMPARE(s->months.at(2).becameHighRisk.value, qint64(1));
    QCOMPARE(s->months.at(1).becameHighRisk.value, qint64(1));
    QCOMPARE(s->months.at(0).becameHighRisk.value, qint64(0));
    QCOMPARE(s->kpis.highRisk.value, qint64(2));
    QCOMPARE(s->kpis.mediumRisk.value, qint64(1));
    QCOMPARE(s->churnRisks.at(2).value, qint64(2));
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "TestDashboardQueries.moc"
