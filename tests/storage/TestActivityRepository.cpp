#include "storage/ActivityRepository.h"
#include "storage/MetricsRefresher.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace huellas;

namespace {
const QDate today(2026, 11, 24);
}

class TestActivityRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void interactionLoggingUpdatesTheOwnerAtOnce();
    void editingAnInteractionRecomputes();
    void deletingAnInteractionRecomputes();
    void orderAndInvoiceChangesRecompute();
    void appointmentCompletionCountsAsAVisit();
    void movingARecordToAnotherOwnerRecomputesBoth();
    void interactionKeepsEveryField();
    void followUpCanBeCompleted();
    void interactionsAreNewestFirst();
    void deletingAPetUnlinksItsInteractions();
    void deletingAnOwnerCascades();
    void invalidRecordsAreRefused();
    void staffAreSavedAndUpdated();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_ana = 0;
    ActivityRepository activity() { return ActivityRepository(m_db->get()); }
    Owner ana() { return *OwnerRepository(m_db->get()).find(m_ana); }
};

void TestActivityRepository::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(MetricsRefresher(m_db->get()).refreshAll(today).ok());
    m_ana = test::addOwner(m_db->get(), QStringLiteral("Ana"));
}

void TestActivityRepository::cleanup() { m_db.reset(); }

void TestActivityRepository::interactionLoggingUpdatesTheOwnerAtOnce()
{
    Interaction call;
    call.ownerId = m_ana;
    call.interactionType = QStringLiteral("visit");
    call.createdAt = test::localNoon(today.addDays(-2));
    auto id = activity().save(call);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(call.externalId.startsWith(QStringLiteral("IN-")));
    QCOMPARE(ana().metrics.totalVisits, 1);
    QCOMPARE(ana().metrics.engagementScore, 3 + 30 + 1);
}

void TestActivityRepository::editingAnInteractionRecomputes()
{
    Interaction i;
    i.ownerId = m_ana;
    i.interactionType = QStringLiteral("call_in");
    i.createdAt = test::localNoon(today.addDays(-2));
    QVERIFY(activity().save(i).ok());
    QCOMPARE(ana().metrics.totalVisits, 0);
    i.interactionType = QStringLiteral("visit");
    QVERIFY(activity().save(i).ok());
    QCOMPARE(ana().metrics.totalVisits, 1);
}

void TestActivityRepository::deletingAnInteractionRecomputes()
{
    Interaction i;
    i.ownerId = m_ana;
    i.interactionType = QStringLiteral("visit");
    i.createdAt = test::localNoon(today);
    QVERIFY(activity().save(i).ok());
    QVERIFY(activity().remove(ActivityRepository::Kind::Interaction, i.id).ok());
    QCOMPARE(ana().metrics.totalVisits, 0);
    QCOMPARE(ana().metrics.engagementScore, 0);
}

void TestActivityRepository::orderAndInvoiceChangesRecompute()
{
    Order order;
    order.ownerId = m_ana;
    order.total = 1'500'00;
    order.orderedAt = test::localNoon(today);
    QVERIFY(activity().save(order).ok());
    QCOMPARE(ana().metrics.lifetimeValue, qint64(0)); // pending
    order.paymentStatus = QStringLiteral("paid");
    QVERIFY(activity().save(order).ok());
    QCOMPARE(ana().metrics.lifetimeValue, qint64(1'500'00));

    Invoice invoice;
    invoice.ownerId = m_ana;
    invoice.total = 250'50;
    invoice.status = QStringLiteral("paid");
    invoice.issuedAt = test::localNoon(today);
    QVERIFY(activity().save(invoice).ok());
    QVERIFY(invoice.externalId.startsWith(QStringLiteral("FA-")));
    QCOMPARE(ana().metrics.lifetimeValue, qint64(1'750'50));
    QVERIFY(activity().remove(ActivityRepository::Kind::Order, order.id).ok());
    QCOMPARE(ana().metrics.lifetimeValue, qint64(250'50));
    QVERIFY(activity().remove(ActivityRepository::Kind::Invoice, invoice.id).ok());
    QCOMPARE(ana().metrics.lifetimeValue, qint64(0));
}

void TestActivityRepository::appointmentCompletionCountsAsAVisit()
{
    Appointment a;
    a.ownerId = m_ana;
    a.scheduledAt = test::localNoon(today.addDays(-100));
    QVERIFY(activity().save(a).ok());
    QCOMPARE(ana().metrics.totalVisits, 0);
    a.status = QStringLiteral("completed");
    QVERIFY(activity().save(a).ok());
    QCOMPARE(ana().metrics.totalVisits, 1);
    QCOMPARE(ana().metrics.churnRisk, QStringLiteral("medium"));
    QVERIFY(activity().remove(ActivityRepository::Kind::Appointment, a.id).ok());
    QCOMPARE(ana().metrics.totalVisits, 0);
    QCOMPARE(ana().metrics.churnRisk, QStringLiteral("low"));
}

void TestActivityRepository::movingARecordToAnotherOwnerRecomputesBoth()
{
    const qint64 luis = test::addOwner(m_db->get(), QStringLiteral("Luis"));
    Order order;
    order.ownerId = m_ana;
    order.total = 900'00;
    order.paymentStatus = QStringLiteral("paid");
    order.orderedAt = test::localNoon(today);
    QVERIFY(activity().save(order).ok());
    order.ownerId = luis;
    QVERIFY(activity().save(order).ok());
    QCOMPARE(ana().metrics.lifetimeValue, qint64(0));
    QCOMPARE(OwnerRepository(m_db->get()).find(luis)->metrics.lifetimeValue, qint64(900'00));
}

void TestActivityRepository::interactionKeepsEveryField()
{
    Staff staff;
    staff.username = QStringLiteral("recepcion1");
    staff.displayName = QStringLiteral("María José");
    QVERIFY(activity().save(staff).ok());
    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Firulais");
    QVERIFY(activity().save(pet).ok());
    QVERIFY(pet.externalId.startsWith(QStringLiteral("MA-")));
    Appointment appointment;
    appointment.ownerId = m_ana;
    appointment.petId = pet.id;
    appointment.scheduledAt = test::localNoon(today);
    QVERIFY(activity().save(appointment).ok());
    Order order;
    order.ownerId = m_ana;
    order.orderedAt = test::localNoon(today);
    QVERIFY(activity().save(order).ok());
    Conversation conversation;
    conversation.ownerId = m_ana;
    conversation.startedAt = test::localNoon(today);
    conversation.subject = QStringLiteral("Vacunas");
    QVERIFY(activity().save(conversation).ok());

    Interaction i;
    i.ownerId = m_ana;
    i.interactionType = QStringLiteral("whatsapp");
    i.direction = QStringLiteral("outbound");
    i.subject = QStringLiteral("Recordatorio de vacuna");
    i.summary = QStringLiteral("Se le recordó la vacuna antirrábica");
    i.outcome = QStringLiteral("Agendó cita");
    i.petId = pet.id;
    i.appointmentId = appointment.id;
    i.orderId = order.id;
    i.conversationId = conversation.id;
    i.sentiment = QStringLiteral("positive");
    i.handledBy = staff.id;
    i.requiresFollowUp = true;
    i.followUpDate = today.addDays(2);
    i.createdAt = QDateTime(today, QTime(15, 30), Qt::UTC);
    QVERIFY(activity().save(i).ok());

    const Interaction s = *activity().interaction(i.id);
    QCOMPARE(s.interactionType, i.interactionType);
    QCOMPARE(s.direction, i.direction);
    QCOMPARE(s.subject, i.subject);
    QCOMPARE(s.summary, i.summary);
    QCOMPARE(s.outcome, i.outcome);
    QCOMPARE(s.petId, pet.id);
    QCOMPARE(s.appointmentId, appointment.id);
    QCOMPARE(s.orderId, order.id);
    QCOMPARE(s.conversationId, conversation.id);
    QCOMPARE(s.sentiment, i.sentiment);
    QCOMPARE(s.handledBy, staff.id);
    QCOMPARE(s.requiresFollowUp, true);
    QCOMPARE(s.followUpDate, today.addDays(2));
    QCOMPARE(s.followUpCompleted, false);
    QCOMPARE(s.createdAt, i.createdAt);

    // Deleting the staff member keeps the interaction, without a handler.
    QVERIFY(Sql::exec(m_db->get().connection(), QStringLiteral("DELETE FROM staff")).ok());
    QCOMPARE(activity().interaction(i.id)->handledBy, qint64(0));
}

void TestActivityRepository::followUpCanBeCompleted()
{
    Interaction i;
    i.ownerId = m_ana;
    i.requiresFollowUp = true;
    i.followUpDate = today;
    QVERIFY(activity().save(i).ok());
    QVERIFY(activity().setFollowUpCompleted(i.id, true).ok());
    QCOMPARE(activity().interaction(i.id)->followUpCompleted, true);
    QVERIFY(!activity().setFollowUpCompleted(9999, true).ok());
}

void TestActivityRepository::interactionsAreNewestFirst()
{
    for (int day : {5, 1, 3}) {
        Interaction i;
        i.ownerId = m_ana;
        i.subject = QString::number(day);
        i.createdAt = test::localNoon(today.addDays(-day));
        QVERIFY(activity().save(i).ok());
    }
    const QList<Interaction> list = *activity().interactionsOf(m_ana);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).subject, QStringLiteral("1"));
    QCOMPARE(list.at(2).subject, QStringLiteral("5"));
}

void TestActivityRepository::deletingAPetUnlinksItsInteractions()
{
    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Michi");
    pet.species = QStringLiteral("cat");
    QVERIFY(activity().save(pet).ok());
    QCOMPARE(activity().petsOf(m_ana)->size(), 1);
    Interaction i;
    i.ownerId = m_ana;
    i.petId = pet.id;
    QVERIFY(activity().save(i).ok());
    QVERIFY(activity().remove(ActivityRepository::Kind::Pet, pet.id).ok());
    QCOMPARE(activity().interaction(i.id)->petId, qint64(0));
    QCOMPARE(activity().petsOf(m_ana)->size(), 0);
}

void TestActivityRepository::deletingAnOwnerCascades()
{
    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Michi");
    QVERIFY(activity().save(pet).ok());
    Interaction i;
    i.ownerId = m_ana;
    QVERIFY(activity().save(i).ok());
    QVERIFY(OwnerRepository(m_db->get()).remove(m_ana).ok());
    for (const char* table : {"pets", "interactions"})
        QCOMPARE(Sql::scalar(m_db->get().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt(), 0);
}

void TestActivityRepository::invalidRecordsAreRefused()
{
    Interaction i;
    i.ownerId = m_ana;
    i.interactionType = QStringLiteral("telegram");
    auto r = activity().save(i);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("telegram")));
    Interaction orphan;
    orphan.ownerId = 777; // no such owner: the foreign key refuses it
    QVERIFY(!activity().save(orphan).ok());
    QCOMPARE(activity().interactionsOf(m_ana)->size(), 0);
    Staff nobody;
    QVERIFY(!activity().save(nobody).ok());
    Pet pet;
    QVERIFY(!activity().save(pet).ok());
    Appointment a;
    QVERIFY(!activity().save(a).ok());
    Order o;
    QVERIFY(!activity().save(o).ok());
    Invoice inv;
    QVERIFY(!activity().save(inv).ok());
    Conversation c;
    QVERIFY(!activity().save(c).ok());
    Interaction missing;
    missing.id = 4242;
    missing.ownerId = m_ana;
    QVERIFY(!activity().save(missing).ok());
}

void TestActivityRepository::staffAreSavedAndUpdated()
{
    Staff s;
    s.username = QStringLiteral("gerente");
    s.role = QStringLiteral("manager");
    QVERIFY(activity().save(s).ok());
    s.active = false;
    QVERIFY(activity().save(s).ok());
    QCOMPARE(Sql::scalar(m_db->get().connection(), QStringLiteral("SELECT active FROM staff WHERE id = :id"),
                         {{QStringLiteral(":id"), s.id}})->toInt(), 0);
    Staff duplicate;
    duplicate.username = QStringLiteral("gerente");
    QVERIFY(!activity().save(duplicate).ok());
}

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "TestActivityRepository.moc"
