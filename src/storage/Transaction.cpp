#include "Transaction.h"

#include "Database.h"
#include "Sql.h"

namespace huellas {
namespace {

QString savepointName(int depth) { return QStringLiteral("sp%1").arg(depth); }

} // namespace

Result<Transaction> Transaction::begin(Database& database)
{
    const int depth = database.m_transactionDepth;
    const QString sql = depth == 0 ? database.dialect().beginWrite()
                                   : QStringLiteral("SAVEPOINT %1").arg(savepointName(depth));
    if (auto r = Sql::execScript(database.connection(), sql); !r)
        return failure<Transaction>(r.error());
    ++database.m_transactionDepth;
    return Transaction(database, depth);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(other.m_database), m_depth(other.m_depth), m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    Q_ASSERT(m_open);
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE %1").arg(savepointName(m_depth));
    if (auto r = Sql::execScript(m_database->connection(), sql); !r) {
        rollback();
        return failed(r.error());
    }
    m_open = false;
    --m_database->m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    const QSqlDatabase db = m_database->connection();
    if (m_depth == 0) {
        (void)Sql::execScript(db, QStringLiteral("ROLLBACK"));
    } else {
        (void)Sql::execScript(db, QStringLiteral("ROLLBACK TO %1").arg(savepointName(m_depth)));
        (void)Sql::execScript(db, QStringLiteral("RELEASE %1").arg(savepointName(m_depth)));
    }
    m_open = false;
    --m_database->m_transactionDepth;
}

} // namespace huellas
