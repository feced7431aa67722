#include "core/LocalTime.h"
#include "core/Metrics.h"
#include "storage/ActivityRepository.h"
#include "storage/DemoDataGenerator.h"
#include "storage/Transaction.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace huellas;

namespace {

const QDate today(2026, 11, 24);

struct Fixture
{
    test::TestDatabase db;
    OwnerRepository owners{db.get()};
    ActivityRepository activity{db.get()};

    Fixture() { QVERIFY(MetricsRefresher(db.get()).refreshAll(today).ok()); }

    Owner owner(qint64 id) { return *owners.find(id); }

    void completedAppointment(qint64 ownerId, const QDate& date, const QString& status = QStringLiteral("completed"))
    {
        Appointment a;
        a.ownerId = ownerId;
        a.scheduledAt = test::localNoon(date);
        a.status = status;
        QVERIFY(activity.save(a).ok());
    }
    void interaction(qint64 ownerId, const QDate& date, const QString& type = QStringLiteral("call_in"))
    {
        Interaction i;
        i.ownerId = ownerId;
        i.interactionType = type;
        i.createdAt = test::localNoon(date);
        QVERIFY(activity.save(i).ok());
    }
    void order(qint64 ownerId, qint64 centavos, const QString& status = QStringLiteral("paid"),
               const QDate& date = QDate(2026, 1, 10))
    {
        Order o;
        o.ownerId = ownerId;
        o.total = centavos;
        o.paymentStatus = status;
        o.orderedAt = test::localNoon(date);
        QVERIFY(activity.save(o).ok());
    }
    void invoice(qint64 ownerId, qint64 centavos, const QString& status = QStringLiteral("paid"),
                 const QDate& date = QDate(2026, 1, 10))
    {
        Invoice i;
        i.ownerId = ownerId;
        i.total = centavos;
        i.status = status;
        i.issuedAt = test::localNoon(date);
        QVERIFY(activity.save(i).ok());
    }
};

} // namespace

class TestMetricsRefresher final : public QObject
{
    Q_OBJECT

private slots:
    void lifetimeValueCountsOnlyPaidOrdersAndInvoices();
    void spendingPointsAtExactThresholdsInTheDatabase_data();
    void spendingPointsAtExactThresholdsInTheDatabase();
    void churnAndRecencyAtEveryBoundary_data();
    void churnAndRecencyAtEveryBoundary();
    void neverVisitedOwnerHasNoDaysAndLowRisk();
    void completedAppointmentAndVisitOnOneDayAreOneVisit();
    void onlyCompletedAppointmentsAreVisits();
    void visitsAndInteractionsAreCapped();
    void engagementScoreIsCalculated();
    void churnRiskAgesAsTheDateMoves();
    void visitDatesAreLocalCalendarDates();
    void lastEngagementIsTheLatestOfVisitInteractionAndPayment();
    void refreshIfStaleRunsOncePerDay();
    void setBasedRefreshAgreesWithTheFormulas();
    void movingTheDateEqualsAFullRecomputeAfterRandomWrites();
    void movingTheDateWritesOnlyOwnersWhoseRiskOrPointsChange();
};

void TestMetricsRefresher::lifetimeValueCountsOnlyPaidOrdersAndInvoices()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.order(ana, 1'234'56);
    f.order(ana, 999'99, QStringLiteral("pending"));
    f.order(ana, 500'00, QStringLiteral("refunded"));
    f.order(ana, 100'00, QStringLiteral("cancelled"));
    f.invoice(ana, 2'000'01);
    f.invoice(ana, 700'00, QStringLiteral("issued"));
    f.invoice(ana, 300'00, QStringLiteral("draft"));
    f.invoice(ana, 800'00, QStringLiteral("void"));
    const Owner o = f.owner(ana);
    QCOMPARE(o.metrics.lifetimeValue, qint64(3'234'57));
    QCOMPARE(o.metrics.averageOrderValue, qint64(1'617'29)); // 1617.285 → 1617.29
}

void TestMetricsRefresher::spendingPointsAtExactThresholdsInTheDatabase_data()
{
    QTest::addColumn<qint64>("centavos");
    QTest::addColumn<int>("score");
    QTest::newRow("1,000.00") << qint64(1'000'00) << 0;
    QTest::newRow("1,000.01") << qint64(1'000'01) << 10;
    QTest::newRow("5,000.00") << qint64(5'000'00) << 10;
    QTest::newRow("5,000.01") << qint64(5'000'01) << 15;
    QTest::newRow("10,000.00") << qint64(10'000'00) << 15;
    QTest::newRow("10,000.01") << qint64(10'000'01) << 20;
}

void TestMetricsRefresher::spendingPointsAtExactThresholdsInTheDatabase()
{
    QFETCH(qint64, centavos);
    QFETCH(int, score);
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.order(ana, centavos - 1);
    f.invoice(ana, 1);
    QCOMPARE(f.owner(ana).metrics.lifetimeValue, centavos);
    QCOMPARE(f.owner(ana).metrics.engagementScore, score);
}

void TestMetricsRefresher::churnAndRecencyAtEveryBoundary_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("risk");
    QTest::addColumn<int>("recency");
    QTest::newRow("0") << 0 << "low" << 30;
    QTest::newRow("29") << 29 << "low" << 30;
    QTest::newRow("30") << 30 << "low" << 20;
    QTest::newRow("89") << 89 << "low" << 20;
    QTest::newRow("90") << 90 << "low" << 10;
    QTest::newRow("179") << 179 << "medium" << 10;
    QTest::newRow("180") << 180 << "medium" << 0;
    QTest::newRow("181") << 181 << "high" << 0;
}

void TestMetricsRefresher::churnAndRecencyAtEveryBoundary()
{
    QFETCH(int, days);
    QFETCH(QString, risk);
    QFETCH(int, recency);
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.completedAppointment(ana, today.addDays(-days));
    const Owner o = f.owner(ana);
    QCOMPARE(o.metrics.daysSinceLastVisit, std::optional<int>(days));
    QCOMPARE(o.metrics.churnRisk, risk);
    QCOMPARE(o.metrics.engagementScore, 3 + recency); // one visit = 3 points
}

void TestMetricsRefresher::neverVisitedOwnerHasNoDaysAndLowRisk()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.interaction(ana, today.addDays(-400));
    const Owner o = f.owner(ana);
    QVERIFY(!o.metrics.daysSinceLastVisit.has_value());
    QVERIFY(!o.metrics.lastVisitDate.isValid());
    QCOMPARE(o.metrics.churnRisk, QStringLiteral("low"));
    QCOMPARE(o.metrics.engagementScore, 1);
}

void TestMetricsRefresher::completedAppointmentAndVisitOnOneDayAreOneVisit()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.completedAppointment(ana, today.addDays(-3));
    f.interaction(ana, today.addDays(-3), QStringLiteral("visit"));
    f.interaction(ana, today.addDays(-10), QStringLiteral("visit"));
    const Owner o = f.owner(ana);
    QCOMPARE(o.metrics.totalVisits, 2);
    QCOMPARE(o.metrics.firstVisitDate, today.addDays(-10));
    QCOMPARE(o.metrics.lastVisitDate, today.addDays(-3));
}

void TestMetricsRefresher::onlyCompletedAppointmentsAreVisits()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.completedAppointment(ana, today.addDays(-1), QStringLiteral("cancelled"));
    f.completedAppointment(ana, today.addDays(-2), QStringLiteral("no_show"));
    f.completedAppointment(ana, today.addDays(3), QStringLiteral("scheduled"));
    QCOMPARE(f.owner(ana).metrics.totalVisits, 0);
}

void TestMetricsRefresher::visitsAndInteractionsAreCapped()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    for (int i = 0; i < 12; ++i)
        f.completedAppointment(ana, today.addDays(-200 - i));
    for (int i = 0; i < 25; ++i)
        f.interaction(ana, today.addDays(-300 - i));
    const Owner o = f.owner(ana);
    QCOMPARE(o.metrics.totalVisits, 12);
    QCOMPARE(o.metrics.engagementScore, 30 + 0 + 0 + 20);
}

void TestMetricsRefresher::engagementScoreIsCalculated()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    for (int i = 0; i < 4; ++i)
        f.completedAppointment(ana, today.addDays(-40 - 7 * i));
    f.interaction(ana, today.addDays(-5));
    f.interaction(ana, today.addDays(-6), QStringLiteral("whatsapp"));
    f.order(ana, 6'000'00);
    // visits 12 + recency (40 days) 20 + spending 15 + interactions 2
    QCOMPARE(f.owner(ana).metrics.engagementScore, 49);
}

void TestMetricsRefresher::churnRiskAgesAsTheDateMoves()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.completedAppointment(ana, today.addDays(-80));
    QCOMPARE(f.owner(ana).metrics.churnRisk, QStringLiteral("low"));
    MetricsRefresher refresher(*f.db);
    QVERIFY(refresher.refreshAll(today.addDays(20)).ok());
    QCOMPARE(f.owner(ana).metrics.churnRisk, QStringLiteral("medium"));
    QCOMPARE(f.owner(ana).metrics.daysSinceLastVisit, std::optional<int>(100));
    QVERIFY(refresher.refreshAll(today.addDays(120)).ok());
    QCOMPARE(f.owner(ana).metrics.churnRisk, QStringLiteral("high"));
    QCOMPARE(refresher.asOf(), today.addDays(120));
    // A new visit brings the risk straight back down (auto-update, as of the refresh date).
    f.completedAppointment(ana, today.addDays(119));
    QCOMPARE(f.owner(ana).metrics.churnRisk, QStringLiteral("low"));
    QCOMPARE(f.owner(ana).metrics.daysSinceLastVisit, std::optional<int>(1));
}

void TestMetricsRefresher::visitDatesAreLocalCalendarDates()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    Appointment late;
    late.ownerId = ana;
    late.status = QStringLiteral("completed");
    // 02:00 UTC on the 24th is 21:00 on the 23rd in Puerto Morelos.
    late.scheduledAt = QDateTime(today, QTime(2, 0), Qt::UTC);
    QVERIFY(f.activity.save(late).ok());
    QCOMPARE(f.owner(ana).metrics.lastVisitDate, today.addDays(-1));
}

void TestMetricsRefresher::lastEngagementIsTheLatestOfVisitInteractionAndPayment()
{
    Fixture f;
    const qint64 ana = test::addOwner(*f.db, QStringLiteral("Ana"));
    f.completedAppointment(ana, today.addDays(-30));
    QCOMPARE(f.owner(ana).metrics.lastEngagementDate, today.addDays(-30));
    f.interaction(ana, today.addDays(-20));
    QCOMPARE(f.owner(ana).metrics.lastEngagementDate, today.addDays(-20));
    f.order(ana, 100'00, QStringLiteral("paid"), today.addDays(-10));
    QCOMPARE(f.owner(ana).metrics.lastEngagementDate, today.addDays(-10));
    f.order(ana, 100'00, QStringLiteral("pending"), today.addDays(-1));
    QCOMPARE(f.owner(ana).metrics.lastEngagementDate, today.addDays(-10));
}

void TestMetricsRefresher::refreshIfStaleRunsOncePerDay()
{
    test::TestDatabase db;
    MetricsRefresher refresher(*db);
    QCOMPARE(*refresher.refreshIfStale(today), true);
    QCOMPARE(*refresher.refreshIfStale(today), false);
    QCOMPARE(*refresher.refreshIfStale(today.addDays(1)), true);
    QCOMPARE(refresher.asOf(), today.addDays(1));
}

void TestMetricsRefresher::setBasedRefreshAgreesWithTheFormulas()
{
    // Random activity for many owners; the SQL refresh must equal Metrics::compute per owner.
    Fixture f;
    QRandomGenerator random(20261124);
    const QStringList types{QStringLiteral("visit"), QStringLiteral("call_in"), QStringLiteral("whatsapp")};
    const QStringList appointmentStatuses{QStringLiteral("completed"), QStringLiteral("cancelled"), QStringLiteral("scheduled")};
    const QStringList paymentStatuses{QStringLiteral("paid"), QStringLiteral("pending"), QStringLiteral("refunded")};
    QMap<qint64, Metrics::OwnerActivity> expected;
    for (int n = 0; n < 40; ++n) {
        const qint64 id = test::addOwner(*f.db, QStringLiteral("Owner%1").arg(n));
        Metrics::OwnerActivity& a = expected[id];
        for (int i = int(random.bounded(6)); i > 0; --i) {
            const QDate d = today.addDays(-int(random.bounded(400)));
            const QString status = appointmentStatuses.at(random.bounded(3));
            f.completedAppointment(id, d, status);
            if (status == QLatin1String("completed"))
                a.completedAppointmentDates << d;
        }
        for (int i = int(random.bounded(25)); i > 0; --i) {
            const QDate d = today.addDays(-int(random.bounded(400)));
            const QString type = types.at(random.bounded(3));
            f.interaction(id, d, type);
            (type == QLatin1String("visit") ? a.visitInteractionDates : a.otherInteractionDates) << d;
        }
        for (int i = int(random.bounded(5)); i > 0; --i) {
            const QDate d = today.addDays(-int(random.bounded(400)));
            const qint64 amount = random.bounded(500'000);
            const QString status = paymentStatuses.at(random.bounded(3));
            if (random.bounded(2))
                f.order(id, amount, status, d);
            else
                f.invoice(id, amount, status == QLatin1String("pending") ? QStringLiteral("issued") : status == QLatin1String("refunded") ? QStringLiteral("void") : status, d);
            if (status == QLatin1String("paid"))
                a.paidOrdersAndInvoices << std::pair{d, amount};
        }
    }
    QVERIFY(MetricsRefresher(*f.db).refreshAll(today).ok());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Metrics::OwnerMetrics want = Metrics::compute(it.value(), today);
        const Metrics::OwnerMetrics got = f.owner(it.key()).metrics;
        QCOMPARE(got.totalVisits, want.totalVisits);
        QCOMPARE(got.firstVisitDate, want.firstVisitDate);
        QCOMPARE(got.lastVisitDate, want.lastVisitDate);
        QCOMPARE(got.daysSinceLastVisit, want.daysSinceLastVisit);
        QCOMPARE(got.lifetimeValue, want.lifetimeValue);
        QCOMPARE(got.averageOrderValue, want.averageOrderValue);
        QCOMPARE(got.churnRisk, want.churnRisk);
        QCOMPARE(got.engagementScore, want.engagementScore);
        QCOMPARE(got.lastEngagementDate, want.lastEngagementDate);
    }
}

namespace {

// Every derived column of every owner, one line each, with the date they are as of (days
// since the last visit are derived from the two).
QStringList storedMetrics(Database& db)
{
    auto rows = Sql::exec(db.connection(),
                          QStringLiteral("SELECT id, total_visits, first_visit_date, last_visit_date, "
                                         "(SELECT value FROM settings WHERE key = 'metrics_as_of'), "
                                         "lifetime_value, average_order_value, "
                                         "churn_risk, engagement_score, last_engagement_date, "
                                         "referrals_made FROM owners ORDER BY id"));
    QStringList lines;
    while (rows->next()) {
        QStringList cells;
        for (int c = 0; c < 11; ++c)
            cells << rows->value(c).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace

// The fast path a new day takes (only the date-derived columns, from stored ones) gives
// exactly what recomputing everything from the activity tables gives, after any writes and
// any date moves, forwards or back.
void TestMetricsRefresher::movingTheDateEqualsAFullRecomputeAfterRandomWrites()
{
    test::TestDatabase db;
    DemoOptions options;
    options.owners = 250;
    options.seed = 11;
    options.today = today;
    QVERIFY(DemoDataGenerator(*db).generate(options).ok());
    MetricsRefresher refresher(*db);
    QRandomGenerator random(42);
    auto ids = Sql::exec(db->connection(), QStringLiteral("SELECT id FROM owners ORDER BY id"));
    QList<qint64> owners;
    while (ids->next())
        owners << ids->value(0).toLongLong();
    QDate date = today;
    int compared = 0;
    for (int step = 0; step < 25; ++step) {
        // Writes, auto-updated as of the current date, as the desk makes them.
        for (int w = int(random.bounded(8)); w > 0; --w) {
            const qint64 owner = owners.at(int(random.bounded(qsizetype(owners.size()))));
            const QDate day = date.addDays(-qint64(random.bounded(400)));
            switch (random.bounded(3)) {
            case 0: {
                Interaction visit;
                visit.ownerId = owner;
                visit.interactionType = random.bounded(2) ? QStringLiteral("visit") : QStringLiteral("call_in");
                visit.createdAt = test::localNoon(day);
                QVERIFY(ActivityRepository(*db).save(visit).ok());
                break;
            }
            case 1: {
                Appointment appointment;
                appointment.ownerId = owner;
                appointment.scheduledAt = test::localNoon(day);
                appointment.status = QStringLiteral("completed");
                QVERIFY(ActivityRepository(*db).save(appointment).ok());
                break;
            }
            default: {
                Order order;
                order.ownerId = owner;
                order.number = QStringLiteral("R-%1-%2").arg(step).arg(w);
                order.orderedAt = test::localNoon(day);
                order.total = qint64(random.bounded(2'000'000));
                order.paymentStatus = QStringLiteral("paid");
                QVERIFY(ActivityRepository(*db).save(order).ok());
                break;
            }
            }
        }
        date = date.addDays(qint64(random.bounded(200)) - 60); // mostly forwards, sometimes back
        QVERIFY(refresher.moveToDate(date).ok());
        QCOMPARE(refresher.asOf(), date);
        const QStringList moved = storedMetrics(*db);
        {
            auto full = Transaction::begin(*db); // rolled back: the chain goes on incrementally
            QVERIFY(full.ok());
            QVERIFY(refresher.refreshAll(date).ok());
            QCOMPARE(storedMetrics(*db), moved);
        }
        ++compared;
    }
    QCOMPARE(compared, 25);
}

void TestMetricsRefresher::movingTheDateWritesOnlyOwnersWhoseRiskOrPointsChange()
{
    if (test::TestDatabase::onPostgres())
        QSKIP("counts the rows written with SQLite's total_changes(); the same statements run on both engines");
    Fixture f;
    const qint64 seen = test::addOwner(*f.db, QStringLiteral("Ana"));
    const qint64 never = test::addOwner(*f.db, QStringLiteral("Luis"));
    f.completedAppointment(seen, today.addDays(-10));
    MetricsRefresher refresher(*f.db);
    QVERIFY(refresher.refreshAll(today).ok());
    const auto writes = [&] {
        return Sql::scalar(f.db->connection(), QStringLiteral("SELECT total_changes()"))->toInt();
    };
    const int pointsToday = f.owner(seen).metrics.engagementScore;
    // 10 -> 11 days: no step is crossed, only the as-of date is written; the days follow it.
    int before = writes();
    QVERIFY(refresher.moveToDate(today.addDays(1)).ok());
    QCOMPARE(writes() - before, 1);
    QCOMPARE(f.owner(seen).metrics.daysSinceLastVisit, std::optional<int>(11));
    QCOMPARE(f.owner(seen).metrics.engagementScore, pointsToday);
    // 30 days: the recency points drop from 30 to 20, Ana's row and the date are written.
    before = writes();
    QVERIFY(refresher.moveToDate(today.addDays(20)).ok());
    QCOMPARE(writes() - before, 2);
    QCOMPARE(f.owner(seen).metrics.engagementScore, pointsToday - 10);
    // 91 days, by a jump over several steps: medium risk, 10 points.
    before = writes();
    QVERIFY(refresher.moveToDate(today.addDays(81)).ok());
    QCOMPARE(writes() - before, 2);
    QCOMPARE(f.owner(seen).metrics.churnRisk, QStringLiteral("medium"));
    QCOMPARE(f.owner(seen).metrics.engagementScore, pointsToday - 20);
    // And back: as it was, Luis (never seen) untouched throughout.
    QVERIFY(refresher.moveToDate(today).ok());
    QCOMPARE(f.owner(seen).metrics.churnRisk, QStringLiteral("low"));
    QCOMPARE(f.owner(seen).metrics.engagementScore, pointsToday);
    QCOMPARE(f.owner(seen).metrics.daysSinceLastVisit, std::optional<int>(10));
    QCOMPARE(f.owner(never).metrics.daysSinceLastVisit, std::nullopt);
    QCOMPARE(f.owner(never).metrics.churnRisk, QStringLiteral("low"));
}

QTEST_GUILESS_MAIN(TestMetricsRefresher)
#include "TestMetricsRefresher.moc"
