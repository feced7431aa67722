#include "storage/ActivityRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"
#include "support/TestDatabase.h"

#include <QSqlDatabase>
#include <QTest>

#include <memory>

using namespace huellas;

namespace {

// A second workstation on the same file, in the middle of its own write.
class OtherWorkstation final
{
public:
    explicit OtherWorkstation(const QString& path)
        : m_name(QStringLiteral("other-workstation-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open() || !Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")))
            qFatal("the other workstation cannot start writing %s", qPrintable(path));
    }
    ~OtherWorkstation()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            (void)Sql::exec(db, QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

// What the desk sees when the file cannot be written: another workstation holds the write lock,
// or the connection is read-only. Every attempt fails with SQLite's reason and writes nothing.
class TestStorageLocked final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savingAnOwnerWhileAnotherWorkstationWritesReportsTheLock();
    void deletingWhileAnotherWorkstationWritesReportsTheLock_data();
    void deletingWhileAnotherWorkstationWritesReportsTheLock();
    void savingActivityWhileAnotherWorkstationWritesReportsTheLock();
    void theDeskCanSaveAgainOnceTheOtherWorkstationIsDone();
    void aReadOnlyConnectionRefusesEveryWrite();

private:
    Database& db() { return m_db->get(); }
    int owners() { return *OwnerRepository(db()).count(); }
    void waitBriefly() // the user would wait 5 s; the test waits 50 ms
    {
        QVERIFY(Sql::exec(db().connection(), QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    }

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_ana = 0;
    qint64 m_pet = 0;
};

void TestStorageLocked::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    m_ana = test::addOwner(db(), QStringLiteral("Ana"));
    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Firulais");
    auto id = ActivityRepository(db()).save(pet);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_pet = *id;
}

void TestStorageLocked::cleanup() { m_db.reset(); }

void TestStorageLocked::savingAnOwnerWhileAnotherWorkstationWritesReportsTheLock()
{
    waitBriefly();
    OtherWorkstation other(m_db->path());

    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    auto saved = OwnerRepository(db()).save(luis);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("database is locked")), qPrintable(saved.error()));

    Owner ana = *OwnerRepository(db()).find(m_ana);
    ana.lastName = QStringLiteral("Cambiada");
    QVERIFY(!OwnerRepository(db()).save(ana).ok());

    QCOMPARE(owners(), 1);
    QCOMPARE(OwnerRepository(db()).find(m_ana)->lastName, QStringLiteral("Prueba"));
}

void TestStorageLocked::deletingWhileAnotherWorkstationWritesReportsTheLock_data()
{
    QTest::addColumn<bool>("owner");
    QTest::newRow("owner") << true;
    QTest::newRow("pet") << false;
}

void TestStorageLocked::deletingWhileAnotherWorkstationWritesReportsTheLock()
{
    QFETCH(bool, owner);
    waitBriefly();
    {
        OtherWorkstation other(m_db->path());
        const Status removed = owner ? OwnerRepository(db()).remove(m_ana)
                                     : ActivityRepository(db()).remove(ActivityRepository::Kind::Pet, m_pet);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains(QStringLiteral("database is locked")), qPrintable(removed.error()));
    }
    QCOMPARE(owners(), 1);
    QCOMPARE(ActivityRepository(db()).petsOf(m_ana)->size(), 1);
}

void TestStorageLocked::savingActivityWhileAnotherWorkstationWritesReportsTheLock()
{
    waitBriefly();
    OtherWorkstation other(m_db->path());

    Pet pet;
    pet.ownerId = m_ana;
    pet.name = QStringLiteral("Michi");
    pet.species = QStringLiteral("cat");
    auto saved = ActivityRepository(db()).save(pet);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("database is locked")), qPrintable(saved.error()));
    QCOMPARE(pet.id, qint64(0));

    Staff staff;
    staff.username = QStringLiteral("recepcion");
    QVERIFY(!ActivityRepository(db()).save(staff).ok());
    QCOMPARE(staff.id, qint64(0));
}

void TestStorageLocked::theDeskCanSaveAgainOnceTheOtherWorkstationIsDone()
{
    waitBriefly();
    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    {
        OtherWorkstation other(m_db->path());
        QVERIFY(!OwnerRepository(db()).save(luis).ok());
    }
    // The failed attempt left no transaction open behind it.
    luis.id = 0;
    auto saved = OwnerRepository(db()).save(luis);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(owners(), 2);
}

void TestStorageLocked::aReadOnlyConnectionRefusesEveryWrite()
{
    QVERIFY(Sql::exec(db().connection(), QStringLiteral("PRAGMA query_only = ON")).ok());

    Owner luis;
    luis.firstName = QStringLiteral("Luis");
    auto saved = OwnerRepository(db()).save(luis);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("readonly")), qPrintable(saved.error()));

    Staff staff;
    staff.username = QStringLiteral("recepcion");
    QVERIFY(!ActivityRepository(db()).save(staff).ok());
    QVERIFY(!db().setSetting(QStringLiteral("clinic.name"), QStringLiteral("Huellas")).ok());

    QVERIFY(Sql::exec(db().connection(), QStringLiteral("PRAGMA query_only = OFF")).ok());
    QCOMPARE(owners(), 1);
    QVERIFY(db().setting(QStringLiteral("clinic.name"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestStorageLocked)
#include "TestStorageLocked.moc"
