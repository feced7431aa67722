#include "DeferredOwnerSearch.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {
namespace {

// The triggers of schema 3 that keep tags_text and owner_search in step row by row.
const QStringList upkeepTriggers = {
    QStringLiteral("owner_search_insert"),    QStringLiteral("owner_search_update"),
    QStringLiteral("owner_search_delete"),    QStringLiteral("owner_tags_text_insert"),
    QStringLiteral("owner_tags_text_delete"), QStringLiteral("owner_tags_text_update"),
};

// What the bulk work touches, recorded by this connection's temporary triggers: every owner
// written or removed, and every owner whose tags changed.
const char* const recordTouched[] = {
    "CREATE TEMP TABLE IF NOT EXISTS deferred_owners (id INTEGER PRIMARY KEY)",
    "DELETE FROM deferred_owners",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_owner_insert AFTER INSERT ON main.owners "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (NEW.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_owner_update AFTER UPDATE OF first_name, "
    "last_name, email, phone, whatsapp, phone_secondary ON main.owners "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (NEW.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_owner_delete AFTER DELETE ON main.owners "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (OLD.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_tag_insert AFTER INSERT ON main.owner_tags "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (NEW.owner_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_tag_delete AFTER DELETE ON main.owner_tags "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (OLD.owner_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS deferred_tag_update AFTER UPDATE ON main.owner_tags "
    "BEGIN INSERT OR IGNORE INTO deferred_owners VALUES (OLD.owner_id); "
    "INSERT OR IGNORE INTO deferred_owners VALUES (NEW.owner_id); END",
};

// The same values the upkeep triggers write (003_list_at_scale.sql): search_name is the
// folded full name the owners_folded_names triggers keep, which stay in place.
const char* const catchUpStatements[] = {
    "DROP TRIGGER deferred_owner_insert",
    "DROP TRIGGER deferred_owner_update",
    "DROP TRIGGER deferred_owner_delete",
    "DROP TRIGGER deferred_tag_insert",
    "DROP TRIGGER deferred_tag_delete",
    "DROP TRIGGER deferred_tag_update",
    "UPDATE owners SET tags_text = coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag "
    "FROM owner_tags WHERE owner_id = owners.id ORDER BY tag)), '') "
    "WHERE id IN (SELECT id FROM deferred_owners)",
    "DELETE FROM owner_search WHERE rowid IN (SELECT id FROM deferred_owners)",
    "INSERT INTO owner_search (rowid, name, email, tags, phones) SELECT id, search_name, email, "
    "tags_text, phone || ' ' || whatsapp || ' ' || phone_secondary FROM owners "
    "WHERE id IN (SELECT id FROM deferred_owners)",
    "DROP TABLE deferred_owners",
};

Status execAll(Database& database, const auto& statements)
{
    for (const char* sql : statements)
        if (auto r = Sql::exec(database.connection(), QLatin1String(sql)); !r)
            return failed(r.error());
    return {};
}

} // namespace

Status DeferredOwnerSearch::begin()
{
    if (!m_database.spec().isSqlite())
        return {}; // PostgreSQL's row triggers write a plain table and a GIN pending list: cheap
    if (auto r = execAll(m_database, recordTouched); !r)
        return r;
    return suspendUpkeep();
}

Status DeferredOwnerSearch::suspendUpkeep()
{
    auto stored = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                           "'trigger' AND tbl_name IN ('owners', 'owner_tags')"));
    if (!stored)
        return failed(stored.error());
    while (stored->next())
        if (upkeepTriggers.contains(stored->value(0).toString()))
            m_suspended.append({stored->value(0).toString(), stored->value(1).toString()});
    stored->finish();
    for (const Trigger& trigger : std::as_const(m_suspended))
        // The name comes from upkeepTriggers, not from input.
        if (auto r = Sql::exec(m_database.connection(),
                               QStringLiteral("DROP TRIGGER %1").arg(trigger.name));
            !r)
            return failed(r.error());
    return {};
}

Status DeferredOwnerSearch::finish()
{
    if (!m_database.spec().isSqlite())
        return {};
    if (auto r = execAll(m_database, catchUpStatements); !r)
        return r;
    return restoreUpkeep();
}

Status DeferredOwnerSearch::restoreUpkeep()
{
    for (const Trigger& trigger : std::as_const(m_suspended))
        if (auto r = Sql::exec(m_database.connection(), trigger.sql); !r)
            return failed(r.error());
    m_suspended.clear();
    return {};
}

} // namespace huellas
