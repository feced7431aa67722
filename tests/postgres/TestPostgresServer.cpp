#include "support/PostgresConnection.h"
#include "support/PostgresTestServer.h"

#include <QScopeGuard>
#include <QTest>

using namespace huellas;
using namespace huellas::test;

// The throwaway server the PostgreSQL tests run on (scripts/pg-test-server.sh): the version the
// schema is written for, the extensions it needs, and the scratch databases that let every
// test have one of its own.
class TestPostgresServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsPostgres15();
    void listensOnLoopbackOnlyAndCanFeedAStandby();
    void createsAndDropsDatabases();
    void freshDatabaseTakesTheSchemaExtensions();
    void scratchDatabasesAreSeparateAndDropEvenWhenInUse();
    void missingServerIsAnError();

private:
    int databasesNamed(const QString& name);

    QString m_url;
};

void TestPostgresServer::initTestCase()
{
    QString error;
    m_url = serverUrl(&error);
    // Fail, never skip: a run without the server must not look like a run that tested it.
    if (m_url.isEmpty())
        QFAIL(qPrintable(error));
    PostgresConnection admin(m_url);
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
}

int TestPostgresServer::databasesNamed(const QString& name)
{
    PostgresConnection admin(m_url);
    auto count =
        admin.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = :name"),
                     {{QStringLiteral(":name"), name}});
    return count ? count->toInt() : -1;
}

void TestPostgresServer::runsPostgres15()
{
    PostgresConnection admin(m_url);
    auto version = admin.scalar(QStringLiteral("SELECT version()"));
    QVERIFY2(version.ok(), qPrintable(version.error()));
    QVERIFY2(version->toString().contains(QLatin1String("PostgreSQL 15")),
             qPrintable(version->toString()));
}

void TestPostgresServer::listensOnLoopbackOnlyAndCanFeedAStandby()
{
    PostgresConnection admin(m_url);
    const auto setting = [&admin](const char* name) {
        auto value = admin.scalar(QStringLiteral("SELECT current_setting(:name)"),
                                  {{QStringLiteral(":name"), QString::fromLatin1(name)}});
        return value ? value->toString() : value.error();
    };
    QCOMPARE(setting("listen_addresses"), QStringLiteral("127.0.0.1"));
    QCOMPARE(setting("wal_level"), QStringLiteral("replica"));
    QVERIFY(setting("max_wal_senders").toInt() > 0);
}

void TestPostgresServer::createsAndDropsDatabases()
{
    PostgresConnection admin(m_url);
    Status created = admin.exec(QStringLiteral("CREATE DATABASE t1"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(databasesNamed(QStringLiteral("t1")), 1);
    Status dropped = admin.exec(QStringLiteral("DROP DATABASE t1"));
    QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
    QCOMPARE(databasesNamed(QStringLiteral("t1")), 0);
}

void TestPostgresServer::freshDatabaseTakesTheSchemaExtensions()
{
    QString name;
    auto url = createScratchDatabase(&name);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    {
        PostgresConnection scratch(*url);
        QVERIFY2(scratch.isOpen(), qPrintable(scratch.error()));
        // The owners' search folds accents (unaccent) and matches misspellings (pg_trgm).
        for (const char* extension : {"pg_trgm", "unaccent"}) {
            Status created =
                scratch.exec(QStringLiteral("CREATE EXTENSION %1").arg(QLatin1String(extension)));
            QVERIFY2(created.ok(), qPrintable(created.error()));
        }
        auto folded = scratch.scalar(QStringLiteral("SELECT unaccent('Peña Ávila')"));
        QVERIFY2(folded.ok(), qPrintable(folded.error()));
        QCOMPARE(folded->toString(), QStringLiteral("Pena Avila"));
        auto similarity = scratch.scalar(QStringLiteral("SELECT similarity('Huellas', 'Huelas')"));
        QVERIFY2(similarity.ok(), qPrintable(similarity.error()));
        QVERIFY(similarity->toDouble() > 0.5);
    }
    Status dropped = dropScratchDatabase(name);
    QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
}

void TestPostgresServer::scratchDatabasesAreSeparateAndDropEvenWhenInUse()
{
    QString first;
    QString second;
    auto firstUrl = createScratchDatabase(&first);
    auto secondUrl = createScratchDatabase(&second);
    QVERIFY2(firstUrl.ok(), qPrintable(firstUrl.error()));
    QVERIFY2(secondUrl.ok(), qPrintable(secondUrl.error()));
    QVERIFY(first != second);
    QVERIFY2(firstUrl->startsWith(QLatin1String("postgresql://postgres@127.0.0.1:")),
             qPrintable(*firstUrl));
    QVERIFY2(firstUrl->endsWith(QLatin1Char('/') + first), qPrintable(*firstUrl));

    PostgresConnection stillOpen(*firstUrl);
    QVERIFY2(stillOpen.isOpen(), qPrintable(stillOpen.error()));
    for (const QString& name : {first, second}) {
        Status dropped = dropScratchDatabase(name);
        QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
        QCOMPARE(databasesNamed(name), 0);
    }
    QVERIFY(!dropScratchDatabase(QStringLiteral("postgres")).ok()); // only scratch ones, ever
}

void TestPostgresServer::missingServerIsAnError()
{
    const QByteArray urlFile = qgetenv("HUELLAS_TEST_PG_URL_FILE");
    const auto restore = qScopeGuard([&urlFile] { qputenv("HUELLAS_TEST_PG_URL_FILE", urlFile); });
    for (const char* value : {"", "/nonexistent/url"}) {
        qputenv("HUELLAS_TEST_PG_URL_FILE", value);
        QString error;
        QVERIFY(serverUrl(&error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("HUELLAS_TEST_PG_URL_FILE")) ||
                     error.contains(QLatin1String("postgres/start")),
                 qPrintable(error));
        QVERIFY(!createScratchDatabase().ok());
    }
}

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "TestPostgresServer.moc"
