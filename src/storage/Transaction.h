#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace huellas {

class Database;

// A write transaction that rolls back unless committed. The outermost one sends
// BEGIN IMMEDIATE (Qt's transaction() sends a deferred BEGIN, which fails with SQLITE_BUSY
// without waiting when a read turns into a write); nested ones are savepoints.
class [[nodiscard]] Transaction final
{
public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(Database& database, int depth) : m_database(&database), m_depth(depth) {}
    void rollback();

    Database* m_database;
    int m_depth; // 0 = outermost
    bool m_open = true;
};

} // namespace huellas
