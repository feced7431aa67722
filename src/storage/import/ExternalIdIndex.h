#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace huellas {

class Database;

// external_id → id (and owner) of one table, loaded with one SELECT and kept current as the
// import writes, so that matching and references cost no query per row.
class ExternalIdIndex final
{
public:
    struct Entry
    {
        qint64 id = 0;      // 0: the row is in a file but was rejected
        qint64 ownerId = 0; // the owning owner, for pets, appointments, orders, …
    };

    explicit ExternalIdIndex(QString table) : m_table(std::move(table)) {}

    // `table` comes from code; owners have no owner_id column.
    Status load(Database& database);
    const Entry* find(const QString& externalId) const;
    void set(const QString& externalId, Entry entry) { m_entries.insert(externalId, entry); }
    // Later references to it are not reported again: the row's own error explains them.
    void markRejected(const QString& externalId) { m_entries.insert(externalId, Entry{}); }
    const QString& table() const { return m_table; }

private:
    QString m_table;
    QHash<QString, Entry> m_entries;
};

} // namespace huellas
