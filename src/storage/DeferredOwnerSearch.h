#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace huellas {

class Database;

// Bulk writes (an import, the demo data) bring the owners' search data — `tags_text` and the
// `owner_search` index (schema 3) — up to date once, at the end, instead of through a trigger
// per row: FTS5 writes its pending terms out at the end of every statement that touches it,
// so per-row upkeep cost an import of 20,000 owners more than half its time.
//
// begin() and finish() run inside the caller's write transaction: begin() records which
// owners the work touches (temporary triggers of this connection) and drops the upkeep
// triggers; finish() rewrites those owners' search data in a few set-based statements and
// re-creates the triggers from their stored definitions. A rollback anywhere in between
// restores the triggers with the rest, so an import that fails leaves nothing out of step.
// SQLite only (sqlite_master, TEMP triggers), like the FTS5 index it maintains; on PostgreSQL
// both calls do nothing.
class DeferredOwnerSearch final
{
    Q_DISABLE_COPY_MOVE(DeferredOwnerSearch)

public:
    explicit DeferredOwnerSearch(Database& database) : m_database(database) {}

    Status begin();
    Status finish();

private:
    struct Trigger
    {
        QString name;
        QString sql;
    };

    Status suspendUpkeep();
    Status restoreUpkeep();

    Database& m_database;
    QList<Trigger> m_suspended;
};

} // namespace huellas
