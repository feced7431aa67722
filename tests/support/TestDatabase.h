#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace huellas::test {

// A fresh database, removed when the fixture goes: a file in its own temporary folder, or —
// when the test runs in its PostgreSQL registration (HUELLAS_TEST_PG_URL_FILE, see
// tests/CMakeLists.txt) — a scratch database of its own on the throwaway test server.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    // Whether this test process runs against PostgreSQL.
    static bool onPostgres();
    Database& operator*() { return *m_database; }
    Database* operator->() { return m_database.get(); }
    Database& get() { return *m_database; }
    // The SQLite file (only meaningful when !onPostgres()).
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    const ConnectionSpec& spec() const { return m_database->spec(); }
    // The global huellas-cli options that reach this database: --db FILE or --db-url URL.
    QStringList cliOptions() const;
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_scratchName; // the PostgreSQL database, dropped at the end
    std::unique_ptr<Database> m_database;
};

// Saves a minimal valid owner and returns its id (fails the test process when it cannot).
qint64 addOwner(Database& database, const QString& firstName, qint64 referredBy = 0);

// Every row of every table (virtual and internal tables included), as sorted text lines:
// "the database did not change" means the same dump.
QStringList dump(Database& database);

// The first column of every row `sql` returns, as text (fails the test process on an error).
QStringList column(Database& database, const QString& sql);

// A timestamp at local (America/Cancun) noon of that date, so its calendar date is unambiguous.
QDateTime localNoon(const QDate& date);

} // namespace huellas::test
