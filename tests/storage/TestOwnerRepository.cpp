#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace huellas;

class TestOwnerRepository final : public QObject
{
    Q_OBJECT

private slots:
    void profileCreationStoresEveryFieldWithDefaults();
    void createdOwnerGetsAnExternalId();
    void assignedExternalIdSkipsOneTakenByAnImport();
    void editingKeepsCreatedAtAndReplacesTags();
    void invalidProfileIsRefusedWithItsProblems();
    void referralTrackingCountsReferrals();
    void ownerCannotReferThemself();
    void referralCycleIsRefused();
    void referralCycleIsRefusedByTheDatabaseToo();
    void missingReferrerIsRefused();
    void deletingAReferrerLeavesTheReferredWithout();
    void deletingAnOwnerDeletesTheirTags();
    void findsByExternalId();
    void unknownOwnerIsAClearError();
    void everyWriteIsAudited();
};

void TestOwnerRepository::profileCreationStoresEveryFieldWithDefaults()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    Owner o;
    o.firstName = QStringLiteral("Ana María");
    o.lastName = QStringLiteral("Pérez Canul");
    o.email = QStringLiteral("ana@example.mx");
    o.birthDate = QDate(1985, 3, 14);
    o.gender = QStringLiteral("F");
    o.occupation = QStringLiteral("Pescadora");
    o.phone = QStringLiteral("+529981234567");
    o.phoneSecondary = QStringLiteral("+529987654321");
    o.whatsapp = QStringLiteral("+529981234567");
    o.streetAddress = QStringLiteral("Av. Javier Rojo Gómez 12");
    o.neighborhood = QStringLiteral("Pescadores");
    o.postalCode = QStringLiteral("77580");
    o.locationNotes = QStringLiteral("Casa azul");
    o.acquisitionSource = QStringLiteral("google");
    o.acquisitionDetail = QStringLiteral("Mapas");
    o.tier = QStringLiteral("vip");
    o.preferredLanguage = QStringLiteral("en");
    o.preferredContactTime = QStringLiteral("evening");
    o.emailOptIn = true;
    o.smsOptIn = true;
    o.whatsappOptIn = false;
    o.tags = {QStringLiteral("premium"), QStringLiteral("dog-owner")};
    o.notes = QStringLiteral("Prefiere la mañana");
    o.internalNotes = QStringLiteral("Pagó tarde una vez");
    auto id = owners.save(o);
    QVERIFY2(id.ok(), qPrintable(id.error()));

    auto stored = owners.find(*id);
    QVERIFY(stored.ok());
    const Owner& s = *stored;
    QCOMPARE(s.displayName(), QStringLiteral("Ana María Pérez Canul"));
    QCOMPARE(s.email, o.email);
    QCOMPARE(s.birthDate, o.birthDate);
    QCOMPARE(s.gender, o.gender);
    QCOMPARE(s.occupation, o.occupation);
    QCOMPARE(s.phone, o.phone);
    QCOMPARE(s.phoneSecondary, o.phoneSecondary);
    QCOMPARE(s.whatsapp, o.whatsapp);
    QCOMPARE(s.streetAddress, o.streetAddress);
    QCOMPARE(s.neighborhood, o.neighborhood);
    QCOMPARE(s.city, QStringLiteral("Puerto Morelos"));
    QCOMPARE(s.postalCode, o.postalCode);
    QCOMPARE(s.locationNotes, o.locationNotes);
    QCOMPARE(s.acquisitionSource, o.acquisitionSource);
    QCOMPARE(s.acquisitionDetail, o.acquisitionDetail);
    QCOMPARE(s.tier, o.tier);
    QCOMPARE(s.preferredLanguage, o.preferredLanguage);
    QCOMPARE(s.preferredContactTime, o.preferredContactTime);
    QCOMPARE(s.emailOptIn, true);
    QCOMPARE(s.smsOptIn, true);
    QCOMPARE(s.whatsappOptIn, false);
    QCOMPARE(s.tags, (QStringList{QStringLiteral("dog-owner"), QStringLiteral("premium")}));
    QCOMPARE(s.notes, o.notes);
    QCOMPARE(s.internalNotes, o.internalNotes);
    QVERIFY(s.createdAt.isValid());
    QCOMPARE(s.metrics.churnRisk, QStringLiteral("low"));
    QCOMPARE(s.metrics.engagementScore, 0);
    QCOMPARE(s.metrics.lifetimeValue, qint64(0));

    // A bare owner takes the table's defaults.
    auto bare = owners.find(test::addOwner(*db, QStringLiteral("Luis")));
    QCOMPARE(bare->tier, QStringLiteral("new"));
    QCOMPARE(bare->preferredLanguage, QStringLiteral("es"));
    QCOMPARE(bare->whatsappOptIn, true);
    QCOMPARE(bare->emailOptIn, false);
}

void TestOwnerRepository::createdOwnerGetsAnExternalId()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("José");
    auto id = OwnerRepository(*db).save(o);
    QVERIFY(id.ok());
    QCOMPARE(o.externalId, QStringLiteral("HU-%1").arg(*id, 6, 10, QLatin1Char('0')));
    QCOMPARE(OwnerRepository(*db).find(*id)->externalId, o.externalId);
}

void TestOwnerRepository::assignedExternalIdSkipsOneTakenByAnImport()
{
    test::TestDatabase db;
    Owner imported;
    imported.firstName = QStringLiteral("Importada");
    imported.externalId = QStringLiteral("HU-000002");
    QVERIFY(OwnerRepository(*db).save(imported).ok()); // id 1, external HU-000002
    Owner created;
    created.firstName = QStringLiteral("Nueva");
    auto id = OwnerRepository(*db).save(created); // id 2: HU-000002 is taken
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(created.externalId, QStringLiteral("HU-000002-2"));
}

void TestOwnerRepository::editingKeepsCreatedAtAndReplacesTags()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    Owner o;
    o.firstName = QStringLiteral("Carmen");
    o.tags = {QStringLiteral("cat-owner"), QStringLiteral("premium")};
    QVERIFY(owners.save(o).ok());
    const QDateTime created = owners.find(o.id)->createdAt;
    Owner edited = *owners.find(o.id);
    edited.tier = QStringLiteral("regular");
    edited.tags = {QStringLiteral("boarder")};
    QVERIFY(owners.save(edited).ok());
    auto stored = owners.find(o.id);
    QCOMPARE(stored->tier, QStringLiteral("regular"));
    QCOMPARE(stored->tags, QStringList{QStringLiteral("boarder")});
    QCOMPARE(stored->createdAt, created);
    QCOMPARE(*owners.count(), 1);
}

void TestOwnerRepository::invalidProfileIsRefusedWithItsProblems()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("Ana");
    o.tier = QStringLiteral("gold");
    o.email = QStringLiteral("no-es-correo");
    auto id = OwnerRepository(*db).save(o);
    QVERIFY(!id.ok());
    QVERIFY(id.error().contains(QStringLiteral("tier")));
    QVERIFY(id.error().contains(QStringLiteral("email")));
    QCOMPARE(*OwnerRepository(*db).count(), 0);
}

void TestOwnerRepository::referralTrackingCountsReferrals()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"));
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"), ana);
    test::addOwner(*db, QStringLiteral("Rosa"), ana);
    QCOMPARE(owners.find(ana)->metrics.referralsMade, 2);
    QCOMPARE(owners.find(luis)->referredBy, ana);

    // Moving Luis to another referrer updates both counts.
    const qint64 pedro = test::addOwner(*db, QStringLiteral("Pedro"));
    Owner moved = *owners.find(luis);
    moved.referredBy = pedro;
    QVERIFY(owners.save(moved).ok());
    QCOMPARE(owners.find(ana)->metrics.referralsMade, 1);
    QCOMPARE(owners.find(pedro)->metrics.referralsMade, 1);
}

void TestOwnerRepository::ownerCannotReferThemself()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    Owner ana = *owners.find(test::addOwner(*db, QStringLiteral("Ana")));
    ana.referredBy = ana.id;
    auto r = owners.save(ana);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("referred_by")), qPrintable(r.error()));
    QCOMPARE(owners.find(ana.id)->referredBy, qint64(0));
}

void TestOwnerRepository::referralCycleIsRefused()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    const qint64 a = test::addOwner(*db, QStringLiteral("A"));
    const qint64 b = test::addOwner(*db, QStringLiteral("B"), a);
    const qint64 c = test::addOwner(*db, QStringLiteral("C"), b);
    Owner first = *owners.find(a);
    first.referredBy = c; // a ← b ← c ← a
    auto r = owners.save(first);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("cycle")), qPrintable(r.error()));
    QCOMPARE(owners.find(a)->referredBy, qint64(0));
}

void TestOwnerRepository::referralCycleIsRefusedByTheDatabaseToo()
{
    // Imports write referrals without the repository; the trigger is the last line.
    test::TestDatabase db;
    const qint64 a = test::addOwner(*db, QStringLiteral("A"));
    const qint64 b = test::addOwner(*db, QStringLiteral("B"), a);
    auto r = Sql::exec(db->connection(), QStringLiteral("UPDATE owners SET referred_by = :b WHERE id = :a"),
                       {{QStringLiteral(":a"), a}, {QStringLiteral(":b"), b}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("referral cycle")));
}

void TestOwnerRepository::missingReferrerIsRefused()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("Ana");
    o.referredBy = 999;
    auto r = OwnerRepository(*db).save(o);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("999")));
}

void TestOwnerRepository::deletingAReferrerLeavesTheReferredWithout()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    const qint64 grand = test::addOwner(*db, QStringLiteral("Abuela"));
    const qint64 ana = test::addOwner(*db, QStringLiteral("Ana"), grand);
    const qint64 luis = test::addOwner(*db, QStringLiteral("Luis"), ana);
    QCOMPARE(owners.find(grand)->metrics.referralsMade, 1);
    QVERIFY(owners.remove(ana).ok());
    QCOMPARE(owners.find(luis)->referredBy, qint64(0));
    QCOMPARE(owners.find(grand)->metrics.referralsMade, 0);
    QVERIFY(!owners.find(ana).ok());
}

void TestOwnerRepository::deletingAnOwnerDeletesTheirTags()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("Ana");
    o.tags = {QStringLiteral("premium")};
    QVERIFY(OwnerRepository(*db).save(o).ok());
    QVERIFY(OwnerRepository(*db).remove(o.id).ok());
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM owner_tags"))->toInt(), 0);
}

void TestOwnerRepository::findsByExternalId()
{
    test::TestDatabase db;
    Owner o;
    o.firstName = QStringLiteral("Ana");
    o.externalId = QStringLiteral("OLD-77");
    QVERIFY(OwnerRepository(*db).save(o).ok());
    QCOMPARE(OwnerRepository(*db).idOfExternalId(QStringLiteral("OLD-77"))->value_or(0), o.id);
    QVERIFY(!OwnerRepository(*db).idOfExternalId(QStringLiteral("nope"))->has_value());
}

void TestOwnerRepository::unknownOwnerIsAClearError()
{
    test::TestDatabase db;
    auto missing = OwnerRepository(*db).find(42);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("42")));
    Owner ghost;
    ghost.id = 42;
    ghost.firstName = QStringLiteral("Fantasma");
    QVERIFY(!OwnerRepository(*db).save(ghost).ok());
}

void TestOwnerRepository::everyWriteIsAudited()
{
    test::TestDatabase db;
    OwnerRepository owners(*db);
    Owner o = *owners.find(test::addOwner(*db, QStringLiteral("Ana")));
    o.tier = QStringLiteral("vip");
    QVERIFY(owners.save(o).ok());
    QVERIFY(owners.remove(o.id).ok());
    auto q = Sql::exec(db->connection(), QStringLiteral("SELECT action FROM audit_log WHERE table_name = 'owners' ORDER BY id"));
    QStringList actions;
    while (q->next())
        actions << q->value(0).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")}));
    QVERIFY(!Sql::exec(db->connection(), QStringLiteral("DELETE FROM audit_log")).ok());
    QVERIFY(!Sql::exec(db->connection(), QStringLiteral("UPDATE audit_log SET details = 'x'")).ok());
}

QTEST_GUILESS_MAIN(TestOwnerRepository)
#include "TestOwnerRepository.moc"
