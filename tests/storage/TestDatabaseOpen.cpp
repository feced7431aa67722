#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace huellas;

namespace {

QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(Database& db)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace

class TestDatabaseOpen final : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyFileToTheLatestSchema();
    void reopeningIsANoOp();
    void setsPragmasOnEveryConnection();
    void pageCacheIsTheProcesssChoiceAndRaisedPerConnection();
    void refusesAFileThatIsNotADatabase();
    void refusesATinyFile();
    void refusesAnotherProgramsDatabase();
    void refusesANewerSchemaAndLeavesItUntouched();
    void refusesACorruptFile();
    void refusesAnUnwritableFolder();
    void secondConnectionOpensTheSameFile();
    void migrationScriptSplitsTriggersWhole();
    void settingsRoundTrip();
    void rollsBackUnlessCommitted();
    void nestedTransactionsAreSavepoints();
    void sqlErrorsNameTheStatement();
    void defaultPathIsInTheDataFolder();
};

void TestDatabaseOpen::migratesAnEmptyFileToTheLatestSchema()
{
    test::TestDatabase db;
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    const QStringList names = tables(*db);
    for (const char* table : {"owners", "owner_tags", "pets", "appointments", "orders", "invoices",
                              "conversations", "interactions", "segments", "staff", "audit_log",
                              "settings", "schema_version"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    auto appId = Sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id"));
    QCOMPARE(appId->toInt(), Database::applicationId);
}

void TestDatabaseOpen::reopeningIsANoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    { auto first = Database::open(path); QVERIFY(first.ok()); }
    auto second = Database::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    auto versions = Sql::scalar((*second)->connection(), QStringLiteral("SELECT count(*) FROM schema_version"));
    QCOMPARE(versions->toInt(), Database::latestSchemaVersion());
}

void TestDatabaseOpen::setsPragmasOnEveryConnection()
{
    test::TestDatabase db;
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QVERIFY(Sql::scalar(db->connection(), QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
}

// The window gives each of its connections a small page cache (its memory with a million
// owners); the command line keeps the large one, and an import in the window raises its own.
void TestDatabaseOpen::pageCacheIsTheProcesssChoiceAndRaisedPerConnection()
{
    const auto cacheSize = [](Database& database) {
        return Sql::scalar(database.connection(), QStringLiteral("PRAGMA cache_size"))->toInt();
    };
    test::TestDatabase db;
    QCOMPARE(cacheSize(*db), -Database::bulkCacheKiB);
    Database::setCacheKiBForNewConnections(16 * 1024);
    auto small = Database::open(db->path());
    Database::setCacheKiBForNewConnections(Database::bulkCacheKiB);
    QVERIFY2(small, qPrintable(small.error()));
    QCOMPARE(cacheSize(**small), -16 * 1024);
    QCOMPARE(cacheSize(*db), -Database::bulkCacheKiB); // open connections keep theirs
    QVERIFY((*small)->useCacheKiB(Database::bulkCacheKiB));
    QCOMPARE(cacheSize(**small), -Database::bulkCacheKiB);
}

void TestDatabaseOpen::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fingerprint(path);
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("not a Huellas CRM database")), qPrintable(opened.error()));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabaseOpen::refusesATinyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiny.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3", 16);
    file.close();
    QVERIFY(!Database::open(path).ok());
}

void TestDatabaseOpen::refusesAnotherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fingerprint(path);
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("another program")), qPrintable(opened.error()));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabaseOpen::refusesANewerSchemaAndLeavesItUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("INSERT INTO schema_version (version) VALUES (:v)"),
                          {{QStringLiteral(":v"), Database::latestSchemaVersion() + 5}}).ok());
        QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    const QByteArray before = fingerprint(path);
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer version")), qPrintable(opened.error()));
    QCOMPARE(fingerprint(path), before);
}

void TestDatabaseOpen::refusesACorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        for (int i = 0; i < 200; ++i)
            QVERIFY(Sql::exec((*db)->connection(),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                              {{QStringLiteral(":k"), QStringLiteral("key%1").arg(i)},
                               {QStringLiteral(":v"), QString(200, QLatin1Char('v'))}}).ok());
        QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Keep the header, scramble every page after the first.
    const QByteArray garbage(int(file.size()) - 4096, '\x5a');
    file.seek(4096);
    file.write(garbage);
    file.close();
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("damaged")) || opened.error().contains(QStringLiteral("malformed")),
             qPrintable(opened.error()));
}

void TestDatabaseOpen::refusesAnUnwritableFolder()
{
    auto opened = Database::open(QStringLiteral("/proc/huellas/cannot/h.sqlite"));
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().isEmpty());
}

void TestDatabaseOpen::secondConnectionOpensTheSameFile()
{
    test::TestDatabase db;
    auto second = Database::open(db.path());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE((*second)->schemaVersion(), Database::latestSchemaVersion());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(!Database::open(path).ok()); // still not ours
}

void TestDatabaseOpen::migrationScriptSplitsTriggersWhole()
{
    const QStringList statements = Migrations::statements(*makeSqliteDialect(), QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n"
        "    SELECT 1;\n    SELECT 2;\nEND;\nCREATE INDEX i ON a (x)\n    WHERE x > 0;\n"));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).contains(QStringLiteral("SELECT 2;")));
    QVERIFY(statements.at(2).endsWith(QStringLiteral("WHERE x > 0")));
}

void TestDatabaseOpen::settingsRoundTrip()
{
    test::TestDatabase db;
    QCOMPARE(*db->setting(QStringLiteral("missing")), QString());
    QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("uno")).ok());
    QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("dos")).ok());
    QCOMPARE(*db->setting(QStringLiteral("k")), QStringLiteral("dos"));
}

void TestDatabaseOpen::rollsBackUnlessCommitted()
{
    test::TestDatabase db;
    {
        auto t = Transaction::begin(*db);
        QVERIFY(t.ok());
        QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    }
    QCOMPARE(*db->setting(QStringLiteral("k")), QString());
    {
        auto t = Transaction::begin(*db);
        QVERIFY(db->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY(t->commit().ok());
    }
    QCOMPARE(*db->setting(QStringLiteral("k")), QStringLiteral("v"));
}

void TestDatabaseOpen::nestedTransactionsAreSavepoints()
{
    test::TestDatabase db;
    auto outer = Transaction::begin(*db);
    QVERIFY(db->setSetting(QStringLiteral("outer"), QStringLiteral("1")).ok());
    {
        auto inner = Transaction::begin(*db);
        QVERIFY(inner.ok());
        QVERIFY(db->setSetting(QStringLiteral("inner"), QStringLiteral("1")).ok());
        // dropped without commit: only the inner write is undone
    }
    {
        auto inner = Transaction::begin(*db);
        QVERIFY(db->setSetting(QStringLiteral("kept"), QStringLiteral("1")).ok());
        QVERIFY(inner->commit().ok());
    }
    QVERIFY(outer->commit().ok());
    QCOMPARE(*db->setting(QStringLiteral("outer")), QStringLiteral("1"));
    QCOMPARE(*db->setting(QStringLiteral("inner")), QString());
    QCOMPARE(*db->setting(QStringLiteral("kept")), QStringLiteral("1"));
}

void TestDatabaseOpen::sqlErrorsNameTheStatement()
{
    test::TestDatabase db;
    auto bad = Sql::exec(db->connection(), QStringLiteral("SELECT * FROM nowhere"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("nowhere")), qPrintable(bad.error()));
    auto failingExec = Sql::exec(db->connection(), QStringLiteral("INSERT INTO staff (username) VALUES (:u)"),
                                 {{QStringLiteral(":u"), QString()}});
    QVERIFY(!failingExec.ok());
    QVERIFY(!Sql::scalar(db->connection(), QStringLiteral("SELEC 1")).ok());
}

void TestDatabaseOpen::defaultPathIsInTheDataFolder()
{
    QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/huellas.sqlite")));
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "TestDatabaseOpen.moc"
