#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace huellas::test {

// A fresh database file in its own temporary folder, removed when the fixture goes.
class TestDatabase final
{
public:
    TestDatabase();
    Database& operator*() { return *m_database; }
    Database* operator->() { return m_database.get(); }
    Database& get() { return *m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
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
