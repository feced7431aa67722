#include "storage/ActivityRepository.h"
#include "storage/OwnerProfileStore.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace huellas;

namespace {

int count(Database& db, const char* sql)
{
    auto n = Sql::scalar(db.connection(), QString::fromLatin1(sql));
    if (!n)
        qFatal("%s", qPrintable(n.error()));
    return n->toInt();
}

OwnerProfile loaded(Database& db, qint64 ownerId)
{
    auto profile = OwnerProfileStore(db).load(ownerId);
    if (!profile)
        qFatal("cannot load owner %lld: %s", ownerId, qPrintable(profile.error()));
    return *profile;
}

Order paidOrder(qint64 centavos, const QDate& date)
{
    Order order;
    order.number = QStringLiteral("T-%1").arg(centavos);
    order.orderedAt = test::localNoon(date);
    order.total = centavos;
    order.paymentStatus = QStringLiteral("paid");
    return order;
}

} // namespace

class TestOwnerProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void newProfileHasDefaultsAndTheFormsLists();
    void loadsAnOwnersActivityNewestFirst();
    void savesANewOwnerWithPetAndAppointmentInOneGo();
    void updatesAndRemovesChildRowsAndRecomputesMetrics();
    void failingChildRowRollsBackTheOwnerEdit();
    void failingChildRowLeavesNoNewOwnerBehind();
    void referralCycleIsRefusedWithAClearMessage();
    void rowsOfAnotherOwnerAreRefused();
    void unchangedRowsAreNotRewritten();
    void removingAPetUnlinksItsAppointments();
};

void TestOwnerProfileStore::newProfileHasDefaultsAndTheFormsLists()
{
    test::TestDatabase db;
    Owner ana;
    ana.firstName = QStringLiteral("Ana");
    ana.tags = {QStringLiteral("premium"), QStringLiteral("dog-owner")};
    QVERIFY(OwnerRepository(*db).save(ana).ok());
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    luis.tags = {QStringLiteral("dog-owner")};
    QVERIFY(OwnerRepository(*db).save(luis).ok());
    Staff staff;
    staff.username = QStringLiteral("recepcion1");
    staff.displayName = QStringLiteral("Recepción 1");
    staff.passwordHash = QStringLiteral("secret-hash");
    QVERIFY(ActivityRepository(*db).save(staff).ok());

    const OwnerProfile profile = loaded(*db, 0);
    QCOMPARE(profile.owner.id, qint64(0));
    QCOMPARE(profile.owner.city, QStringLiteral("Puerto Morelos"));
    QCOMPARE(profile.owner.tier, QStringLiteral("new"));
    QVERIFY(profile.pets.isEmpty());
    QCOMPARE(profile.lookups.owners.size(), 2);
    QCOMPARE(profile.lookups.owners.first().name, QStringLiteral("Ana"));
    QCOMPARE(profile.lookups.owners.first().externalId, ana.externalId);
    QCOMPARE(profile.lookups.usedTags,
             (QStringList{QStringLiteral("dog-owner"), QStringLiteral("premium")}));
    QCOMPARE(profile.lookups.staff.size(), 1);
    QCOMPARE(profile.lookups.staff.first().displayName, QStringLiteral("Recepción 1"));
    QVERIFY(profile.lookups.staff.first().passwordHash.isEmpty());
}

void TestOwnerProfileStore::loadsAnOwnersActivityNewestFirst()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    ActivityRepository activity(*db);
    for (const int day : {1, 20, 10}) {
        Order order = paidOrder(100'00 * day, QDate(2026, 3, day));
        order.ownerId = ana;
        QVERIFY(activity.save(order).ok());
        Invoice invoice;
        invoice.ownerId = ana;
        invoice.issuedAt = test::localNoon(QDate(2026, 4, day));
        QVERIFY(activity.save(invoice).ok());
        Appointment appointment;
        appointment.ownerId = ana;
        appointment.scheduledAt = test::localNoon(QDate(2026, 5, day));
        QVERIFY(activity.save(appointment).ok());
    }
    Interaction call;
    call.ownerId = ana;
    QVERIFY(activity.save(call).ok());

    const OwnerProfile profile = loaded(*db, ana);
    QCOMPARE(profile.owner.firstName, QStringLiteral("Ana"));
    QCOMPARE(profile.orders.size(), 3);
    QCOMPARE(profile.orders.first().total, qint64(2000'00));
    QCOMPARE(profile.orders.last().total, qint64(100'00));
    QCOMPARE(profile.invoices.first().issuedAt, test::localNoon(QDate(2026, 4, 20)));
    QCOMPARE(profile.appointments.first().scheduledAt, test::localNoon(QDate(2026, 5, 20)));
    QCOMPARE(profile.interactions.size(), 1);
    QCOMPARE(profile.owner.metrics.lifetimeValue, qint64(3100'00));
}

void TestOwnerProfileStore::savesANewOwnerWithPetAndAppointmentInOneGo()
{
    test::TestDatabase db;
    OwnerProfile profile = loaded(*db, 0);
    profile.owner.firstName = QStringLiteral("Ana María");
    profile.owner.phone = QStringLiteral("+529981234567");
    profile.owner.tags = {QStringLiteral("dog-owner")};
    Pet pet;
    pet.id = -1; // a placeholder the appointment points at before the pet exists
    pet.name = QStringLiteral("Firulais");
    profile.pets << pet;
    Appointment appointment;
    appointment.id = -1;
    appointment.petId = -1;
    appointment.status = QStringLiteral("completed");
    appointment.scheduledAt = test::localNoon(QDate::currentDate().addDays(-3));
    profile.appointments << appointment;
    profile.orders << paidOrder(1'250'50, QDate::currentDate());

    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved->owner.id > 0);
    QVERIFY(saved->owner.externalId.startsWith(QStringLiteral("HU-")));
    QCOMPARE(saved->pets.size(), 1);
    QVERIFY(saved->pets.first().id > 0);
    QCOMPARE(saved->appointments.first().petId, saved->pets.first().id);
    QCOMPARE(saved->owner.metrics.totalVisits, 1);
    QCOMPARE(saved->owner.metrics.lifetimeValue, qint64(1'250'50));
    QCOMPARE(saved->owner.tags, QStringList{QStringLiteral("dog-owner")});
    QCOMPARE(saved->lookups.owners.size(), 1);
}

void TestOwnerProfileStore::updatesAndRemovesChildRowsAndRecomputesMetrics()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    OwnerProfile profile = loaded(*db, ana);
    profile.orders << paidOrder(500'00, QDate::currentDate())
                   << paidOrder(700'00, QDate::currentDate());
    auto first = OwnerProfileStore(*db).save(profile);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->owner.metrics.lifetimeValue, qint64(1200'00));

    OwnerProfile edited = *first;
    edited.orders[0].total = 900'00;
    edited.removed.orders << edited.orders[1].id;
    edited.orders.removeAt(1);
    auto second = OwnerProfileStore(*db).save(edited);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->orders.size(), 1);
    QCOMPARE(second->owner.metrics.lifetimeValue, qint64(900'00));
    QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 1);
}

void TestOwnerProfileStore::failingChildRowRollsBackTheOwnerEdit()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const int auditRows = count(*db, "SELECT count(*) FROM audit_log");
    OwnerProfile profile = loaded(*db, ana);
    profile.owner.firstName = QStringLiteral("Anita");
    profile.orders << paidOrder(300'00, QDate::currentDate());
    Order negative = paidOrder(-1, QDate::currentDate());
    profile.orders << negative;

    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("Orders, row 2")), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QStringLiteral("negative")), qPrintable(saved.error()));
    auto stored = OwnerRepository(*db).find(ana);
    QVERIFY(stored.ok());
    QCOMPARE(stored->firstName, QStringLiteral("Ana"));
    QCOMPARE(stored->metrics.lifetimeValue, qint64(0));
    QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 0);
    QCOMPARE(count(*db, "SELECT count(*) FROM audit_log"), auditRows);
    // The caller's profile is untouched: saving again after a fix works.
    profile.orders.removeLast();
    auto retried = OwnerProfileStore(*db).save(profile);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(retried->owner.firstName, QStringLiteral("Anita"));
}

void TestOwnerProfileStore::failingChildRowLeavesNoNewOwnerBehind()
{
    test::TestDatabase db;
    OwnerProfile profile = loaded(*db, 0);
    profile.owner.firstName = QStringLiteral("Ana");
    profile.pets << Pet{}; // no name
    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("Pets, row 1")), qPrintable(saved.error()));
    QCOMPARE(count(*db, "SELECT count(*) FROM owners"), 0);
    QCOMPARE(profile.owner.id, qint64(0));
}

void TestOwnerProfileStore::referralCycleIsRefusedWithAClearMessage()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"), ana);
    OwnerProfile profile = loaded(*db, ana);
    profile.owner.referredBy = luis;
    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("cycle")), qPrintable(saved.error()));
    QCOMPARE(loaded(*db, ana).owner.referredBy, qint64(0));
}

void TestOwnerProfileStore::rowsOfAnotherOwnerAreRefused()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"));
    Order luisOrder = paidOrder(100'00, QDate::currentDate());
    luisOrder.ownerId = luis;
    QVERIFY(ActivityRepository(*db).save(luisOrder).ok());

    OwnerProfile removing = loaded(*db, ana);
    removing.removed.orders << luisOrder.id;
    auto removed = OwnerProfileStore(*db).save(removing);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(QStringLiteral("does not belong")),
             qPrintable(removed.error()));

    OwnerProfile taking = loaded(*db, ana);
    taking.orders << luisOrder;
    QVERIFY(!OwnerProfileStore(*db).save(taking).ok());
    QCOMPARE(count(*db, "SELECT count(*) FROM orders WHERE owner_id IS NOT NULL AND total = 10000"),
             1);
    QCOMPARE(loaded(*db, luis).orders.size(), 1);
}

void TestOwnerProfileStore::unchangedRowsAreNotRewritten()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    OwnerProfile profile = loaded(*db, ana);
    profile.orders << paidOrder(100'00, QDate::currentDate());
    Pet pet;
    pet.name = QStringLiteral("Michi");
    pet.species = QStringLiteral("cat");
    profile.pets << pet;
    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const int auditRows = count(*db, "SELECT count(*) FROM audit_log");
    auto again = OwnerProfileStore(*db).save(*saved);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(count(*db, "SELECT count(*) FROM audit_log"), auditRows);
}

void TestOwnerProfileStore::removingAPetUnlinksItsAppointments()
{
    test::TestDatabase db;
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    OwnerProfile profile = loaded(*db, ana);
    Pet pet;
    pet.id = -1;
    pet.name = QStringLiteral("Firulais");
    profile.pets << pet;
    Appointment appointment;
    appointment.petId = -1;
    appointment.scheduledAt = test::localNoon(QDate::currentDate());
    profile.appointments << appointment;
    auto saved = OwnerProfileStore(*db).save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    OwnerProfile edited = *saved;
    edited.removed.pets << edited.pets.first().id;
    edited.pets.clear();
    edited.appointments[0].reason = QStringLiteral("Vacuna");
    auto after = OwnerProfileStore(*db).save(edited);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY(after->pets.isEmpty());
    QCOMPARE(after->appointments.first().petId, qint64(0));
    QCOMPARE(after->appointments.first().reason, QStringLiteral("Vacuna"));
}

QTEST_GUILESS_MAIN(TestOwnerProfileStore)
#include "TestOwnerProfileStore.moc"
