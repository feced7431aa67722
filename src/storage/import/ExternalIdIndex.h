#pragma once

#include "ImportKeyTable.h"
#include "ImportKind.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace huellas {

class Database;

// external_id → id (and owner) of one table, asked of the table itself through one prepared
// SELECT on its unique external_id index: the import writes every accepted row at once, so the
// table is the index, and memory stays flat however many rows the files and the database hold.
// Rows the import rejected are remembered in the ImportKeyTable. The last ids found are kept
// in a small memo, emptied when full: the rows of one owner's history usually come together,
// and an import never deletes a row or changes its external id, so a found id stays right
// (an updated row is forgotten, as its owner may have changed).
class ExternalIdIndex final
{
    Q_DISABLE_COPY_MOVE(ExternalIdIndex)

public:
    struct Entry
    {
        qint64 id = 0;      // 0: the row is in a file but was rejected
        qint64 ownerId = 0; // the owning owner, for pets, appointments, orders, …
    };

    ExternalIdIndex(ImportKind kind, ImportKeyTable& keys) : m_kind(kind), m_keys(keys) {}

    Status prepare(Database& database);
    // None when neither the table nor the import's files have it. A database error makes it
    // none too and is kept in failure(): the importer stops on it after the row.
    std::optional<Entry> find(const QString& externalId);
    // Later references to it are not reported again: the row's own error explains them.
    void markRejected(const QString& externalId);
    // The row was just updated (its owner may be another now): read it again next time.
    void forget(const QString& externalId) { m_recent.remove(externalId); }
    const Status& failure() const { return m_failure; }

private:
    std::optional<Entry> stored(const QString& externalId);

    ImportKind m_kind;
    ImportKeyTable& m_keys;
    QSqlQuery m_find;
    QHash<QString, Entry> m_recent;
    Status m_failure;
};

} // namespace huellas
