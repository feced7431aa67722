#include "support/PostgresConnection.h"
#include "support/PostgresTestServer.h"
#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerRepository.h"
#include "storage/Sql.h"

#include <QTest>

using namespace huellas;

// Opening a PostgreSQL database as a clinic meets one: empty, another program's, missing, a
// read-only session; and the owners' search through the trigram table.
class TestPostgresOpen : public QObject
{
    Q_OBJECT

private slots:
    void anotherProgramsDatabaseIsRefusedAndLeftAlone()
    {
        QString name;
        auto url = test::createScratchDatabase(&name);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        {
            test::PostgresConnection other(*url);
            QVERIFY2(other.isOpen(), qPrintable(other.error()));
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE clientes (id integer)")).ok());
        }
        auto opened = Database::open(*ConnectionSpec::fromUrl(*url));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("another program")), qPrintable(opened.error()));
        {
            test::PostgresConnection other(*url);
            auto tables = other.scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                      "WHERE table_schema = current_schema()"));
            QCOMPARE(tables->toInt(), 1); // nothing added
        }
        QVERIFY(test::dropScratchDatabase(name).ok());
    }

    void aMissingDatabaseIsNamed()
    {
        auto server = ConnectionSpec::fromUrl(test::serverUrl());
        QVERIFY(server.ok());
        const auto spec = ConnectionSpec::postgres(server->user(), server->host(), server->port(),
                                                   QStringLiteral("huellas_no_existe"));
        auto opened = Database::open(spec);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("no database of that name")), qPrintable(opened.error()));
        QVERIFY(opened.error().contains(spec.url()));
    }

    void aReadOnlySessionOpensReadOnlyAndRefusesWrites()
    {
        QString name;
        auto url = test::createScratchDatabase(&name);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        const ConnectionSpec spec = *ConnectionSpec::fromUrl(*url);
        QVERIFY(Database::open(spec).ok()); // migrated while it could be written
        {
            test::PostgresConnection admin(test::serverUrl());
            QVERIFY(admin.exec(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(name)).ok());
        }
        {
            auto opened = Database::open(spec);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY((*opened)->isReadOnly());
            Owner owner;
            owner.firstName = QStringLiteral("Ana");
            auto saved = OwnerRepository(**opened).save(owner);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error().contains(QStringLiteral("read-only here")), qPrintable(saved.error()));
        }
        QVERIFY(test::dropScratchDatabase(name).ok());
    }

    void aServerThatWentAwayIsNamedAndTheNextConnectionWorks()
    {
        test::TestDatabase db;
        auto pid = Sql::scalar(db->connection(), QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.ok());
        {
            test::PostgresConnection admin(test::serverUrl());
            QVERIFY(admin.scalar(QStringLiteral("SELECT pg_terminate_backend(:pid)"),
                                 {{QStringLiteral(":pid"), pid->toInt()}}).ok());
        }
        auto count = OwnerRepository(*db).count();
        QVERIFY(!count.ok());
        QVERIFY2(count.error().contains(QStringLiteral("connection to the database server was lost")), qPrintable(count.error()));
        auto again = Database::open(db.spec()); // as a worker reopens its connection
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*OwnerRepository(**again).count(), 0);
    }

    void aSaveThatWaitsTooLongForAnotherDeskSaysSoAndChangesNothing()
    {
        test::TestDatabase db;
        const qint64 id = test::addOwner(*db, QStringLiteral("Ana"));
        test::PostgresConnection otherDesk(db.spec().url());
        QVERIFY(otherDesk.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(otherDesk.exec(QStringLiteral("UPDATE owners SET notes = 'en uso' WHERE id = %1").arg(id)).ok());
        // The other desk holds the row; this one gives up after a moment instead of 5 s.
        QVERIFY(Sql::execScript(db->connection(), QStringLiteral("SET lock_timeout = '200ms'")).ok());
        auto owner = OwnerRepository(*db).find(id);
        QVERIFY(owner.ok());
        owner->notes = QStringLiteral("nota de recepción");
        auto saved = OwnerRepository(*db).save(*owner);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("another workstation or program is writing")), qPrintable(saved.error()));
        QVERIFY(otherDesk.exec(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE(OwnerRepository(*db).find(id)->notes, QString());
    }

    void theSearchFindsNamesEmailsAndPhonesThroughTheTrigrams()
    {
        test::TestDatabase db; // the PostgreSQL registration gives a scratch database
        QVERIFY(db.spec().isPostgres());
        const auto add = [&](const char* first, const char* last, const char* email, const char* phone) {
            Owner o;
            o.firstName = QString::fromUtf8(first);
            o.lastName = QString::fromUtf8(last);
            o.email = QString::fromUtf8(email);
            o.phone = QString::fromUtf8(phone);
            QVERIFY(OwnerRepository(*db).save(o).ok());
        };
        add("José", "Peña", "jose.pena@gmail.com", "+529981112233");
        add("Josefina", "Ávila", "fina@yahoo.com.mx", "+529984445566");
        add("Luis", "Can", "luis_can@outlook.com", "+529987778899");
        const auto matches = [&](const QString& text) {
            OwnerListCriteria criteria;
            criteria.text = text;
            auto filter = OwnerListQuery::filterFor(*db, criteria);
            if (!filter)
                qWarning("%s", qPrintable(filter.error()));
            auto n = filter ? OwnerListQuery::count(*db, *filter) : Result<int>::failure(filter.error());
            if (!n)
                qWarning("%s", qPrintable(n.error()));
            return n ? *n : -1;
        };
        QCOMPARE(matches(QStringLiteral("jose")), 2);      // accents ignored
        QCOMPARE(matches(QStringLiteral("PEÑA")), 1);      // case ignored
        QCOMPARE(matches(QStringLiteral("jose avila")), 1); // every word
        QCOMPARE(matches(QStringLiteral("_can")), 1);      // '_' is a character, not a wildcard
        QCOMPARE(matches(QStringLiteral("998 444 55")), 1); // a phone in any format
        QCOMPARE(matches(QStringLiteral("zzz")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgresOpen)
#include "TestPostgresOpen.moc"
