#include "core/rules/RuleParser.h"
#include "storage/ActivityRepository.h"
#include "storage/OwnerProfileReader.h"
#include "storage/OwnerRepository.h"
#include "storage/OwnerXlsxExporter.h"
#include "storage/Sql.h"
#include "storage/segments/SegmentQuery.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTest>

#include <functional>
#include <memory>

using namespace huellas;

namespace {

// A table renamed by a script working on the same file: every statement on it fails, and the
// program must say so (naming the table) instead of showing empty lists or half-saved records.
void renameBehindTheProgramsBack(const QString& path, const QString& from, const QString& to)
{
    const QString name = QStringLiteral("renaming-script");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        if (auto r = Sql::exec(db, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)); !r)
            qFatal("%s", qPrintable(r.error()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct Fixture
{
    qint64 owner = 0;
    qint64 pet = 0;
    qint64 interaction = 0;
};

using Operation = std::function<QString(Database&, const Fixture&)>; // the error, or ""

template <typename T>
QString errorOf(const Result<T>& result)
{
    return result ? QString() : result.error();
}

RuleTree vipRules()
{
    auto rules = SegmentRules::parse(QByteArray(R"({"tier": ["vip"]})"));
    if (!rules)
        qFatal("%s", qPrintable(rules.error()));
    return *rules;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestTablesRenamed final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readingFromAMissingTableReportsIt_data();
    void readingFromAMissingTableReportsIt();
    void savingWhenATableIsMissingSavesNothing_data();
    void savingWhenATableIsMissingSavesNothing();
    void anExportThatCannotReadTheOwnersLeavesNoFile();

private:
    Database& db() { return m_db->get(); }
    void addTable(const char* name, const char* table);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_ana = 0;
    qint64 m_pet = 0;
    Fixture m_fixture;
};

void TestTablesRenamed::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    Owner ana;
    ana.firstName = QStringLiteral("Ana");
    ana.tags = QStringList{QStringLiteral("perros")};
    auto id = OwnerRepository(db()).save(ana);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_ana = *id;
    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Canela");
    auto petId = ActivityRepository(db()).save(pet);
    QVERIFY2(petId.ok(), qPrintable(petId.error()));
    m_pet = *petId;
    Interaction call;
    call.ownerId = m_ana;
    call.interactionType = QStringLiteral("visit");
    auto callId = ActivityRepository(db()).save(call);
    QVERIFY2(callId.ok(), qPrintable(callId.error()));
    m_fixture = {m_ana, m_pet, *callId};
}

void TestTablesRenamed::cleanup() { m_db.reset(); }

void TestTablesRenamed::readingFromAMissingTableReportsIt_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Operation>("read");
    const auto row = [](const char* name, const char* table, Operation read) {
        QTest::newRow(name) << QString::fromLatin1(table) << read;
    };
    row("appointments of an owner", "appointments",
        [](Database& d, const Fixture& f) { return errorOf(OwnerProfileReader(d).appointmentsOf(f.owner)); });
    row("orders of an owner", "orders",
        [](Database& d, const Fixture& f) { return errorOf(OwnerProfileReader(d).ordersOf(f.owner)); });
    row("invoices of an owner", "invoices",
        [](Database& d, const Fixture& f) { return errorOf(OwnerProfileReader(d).invoicesOf(f.owner)); });
    row("owner names for the form", "owners",
        [](Database& d, const Fixture&) { return errorOf(OwnerProfileReader(d).lookups()); });
    row("tags for the form", "owner_tags",
        [](Database& d, const Fixture&) { return errorOf(OwnerProfileReader(d).lookups()); });
    row("staff for the form", "staff",
        [](Database& d, const Fixture&) { return errorOf(OwnerProfileReader(d).lookups()); });
    row("pets of an owner", "pets",
        [](Database& d, const Fixture& f) { return errorOf(ActivityRepository(d).petsOf(f.owner)); });
    row("interactions of an owner", "interactions",
        [](Database& d, const Fixture& f) { return errorOf(ActivityRepository(d).interactionsOf(f.owner)); });
    row("one interaction", "interactions",
        [](Database& d, const Fixture& f) { return errorOf(ActivityRepository(d).interaction(f.interaction)); });
    row("completing a follow-up", "interactions",
        [](Database& d, const Fixture& f) { return ActivityRepository(d).setFollowUpCompleted(f.interaction, true).error(); });
    row("one owner", "owners",
        [](Database& d, const Fixture& f) { return errorOf(OwnerRepository(d).find(f.owner)); });
    row("an owner's tags", "owner_tags",
        [](Database& d, const Fixture& f) { return errorOf(OwnerRepository(d).find(f.owner)); });
    row("an owner by external id", "owners",
        [](Database& d, const Fixture&) { return errorOf(OwnerRepository(d).idOfExternalId(QStringLiteral("HU-1"))); });
    row("how many owners", "owners",
        [](Database& d, const Fixture&) { return errorOf(OwnerRepository(d).count()); });
    row("segment size", "owners",
        [](Database& d, const Fixture&) { return errorOf(SegmentQuery::count(d, vipRules())); });
    row("segment members", "owners",
        [](Database& d, const Fixture&) { return errorOf(SegmentQuery::members(d, vipRules())); });
    row("a shared setting", "settings",
        [](Database& d, const Fixture&) { return errorOf(d.setting(QStringLiteral("clinic.name"))); });
}

void TestTablesRenamed::readingFromAMissingTableReportsIt()
{
    QFETCH(QString, table);
    QFETCH(Operation, read);
    QVERIFY2(read(db(), m_fixture).isEmpty(), "the read must work before the rename");
    renameBehindTheProgramsBack(m_db->path(), table, table + QStringLiteral("_old"));
    const QString error = read(db(), m_fixture);
    QVERIFY2(error.contains(QStringLiteral("no such table: %1").arg(table)), qPrintable(error));
}

void TestTablesRenamed::savingWhenATableIsMissingSavesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Operation>("write");
    const auto row = [](const char* name, const char* table, Operation write) {
        QTest::newRow(name) << QString::fromLatin1(table) << write;
    };
    const Operation newOwner = [](Database& d, const Fixture&) {
        Owner luis;
        luis.firstName = QStringLiteral("Luis");
        luis.tags = QStringList{QStringLiteral("gatos")};
        return errorOf(OwnerRepository(d).save(luis));
    };
    const Operation changedOwner = [](Database& d, const Fixture& f) {
        Owner ana = *OwnerRepository(d).find(f.owner);
        ana.lastName = QStringLiteral("Cambiada");
        return errorOf(OwnerRepository(d).save(ana));
    };
    const Operation newAppointment = [](Database& d, const Fixture& f) {
        Appointment visit;
        visit.ownerId = f.owner;
        visit.scheduledAt = test::localNoon(QDate(2025, 3, 1));
        return errorOf(ActivityRepository(d).save(visit));
    };
    const Operation changedPet = [](Database& d, const Fixture& f) {
        Pet pet = ActivityRepository(d).petsOf(f.owner)->constFirst();
        if (pet.id != f.pet)
            return QStringLiteral("not the pet of the fixture");
        pet.breed = QStringLiteral("Mestiza");
        return errorOf(ActivityRepository(d).save(pet));
    };
    const Operation removedOwner = [](Database& d, const Fixture& f) { return OwnerRepository(d).remove(f.owner).error(); };
    const Operation removedPet = [](Database& d, const Fixture& f) {
        return ActivityRepository(d).remove(ActivityRepository::Kind::Pet, f.pet).error();
    };
    row("new owner, no tag table", "owner_tags", newOwner);
    row("new owner, no audit log", "audit_log", newOwner);
    row("changed owner, no audit log", "audit_log", changedOwner);
    row("removed owner, no audit log", "audit_log", removedOwner);
    row("new appointment, no orders for the metrics", "orders", newAppointment);
    row("new appointment, no audit log", "audit_log", newAppointment);
    row("changed pet, no audit log", "audit_log", changedPet);
    row("removed pet, no audit log", "audit_log", removedPet);
    row("removed pet, no appointments for the metrics", "appointments", removedPet);
}

void TestTablesRenamed::savingWhenATableIsMissingSavesNothing()
{
    QFETCH(QString, table);
    QFETCH(Operation, write);
    const QString elsewhere = table + QStringLiteral("_old");
    renameBehindTheProgramsBack(m_db->path(), table, elsewhere);
    const QString error = write(db(), m_fixture);
    QVERIFY2(error.contains(QStringLiteral("no such table: %1").arg(table)), qPrintable(error));

    // Once the table is back, the database is exactly as before the attempt.
    renameBehindTheProgramsBack(m_db->path(), elsewhere, table);
    QCOMPARE(*OwnerRepository(db()).count(), 1);
    const Owner ana = *OwnerRepository(db()).find(m_ana);
    QVERIFY(ana.lastName.isEmpty());
    QCOMPARE(ana.tags, QStringList{QStringLiteral("perros")});
    const QList<Pet> pets = *ActivityRepository(db()).petsOf(m_ana);
    QCOMPARE(pets.size(), 1);
    QVERIFY(pets.constFirst().breed.isEmpty());
    QVERIFY(OwnerProfileReader(db()).appointmentsOf(m_ana)->isEmpty());
}

void TestTablesRenamed::anExportThatCannotReadTheOwnersLeavesNoFile()
{
    renameBehindTheProgramsBack(m_db->path(), QStringLiteral("owners"), QStringLiteral("owners_old"));
    const QString target = QDir(m_db->folder()).filePath(QStringLiteral("clientes.xlsx"));
    auto written = OwnerXlsxExporter(db()).exportToFile(target);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write %1: ").arg(target)), qPrintable(written.error()));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_db->folder()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden), QStringList());

    // A folder where the file should go is refused before anything is written.
    auto intoFolder = OwnerXlsxExporter(db()).exportToFile(m_db->folder());
    QVERIFY(!intoFolder.ok());
    QVERIFY2(intoFolder.error().endsWith(QStringLiteral("it is a folder")), qPrintable(intoFolder.error()));
}

QTEST_GUILESS_MAIN(TestTablesRenamed)
#include "TestTablesRenamed.moc"
