#include "ExternalIdIndex.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {

Status ExternalIdIndex::load(Database& database)
{
    const QString owner =
        m_table == QLatin1String("owners") ? QStringLiteral("0") : QStringLiteral("owner_id");
    auto query =
        Sql::exec(database.connection(),
                  QStringLiteral("SELECT external_id, id, %1 FROM %2").arg(owner, m_table));
    if (!query)
        return failed(query.error());
    m_entries.clear();
    while (query->next())
        m_entries.insert(query->value(0).toString(),
                         Entry{query->value(1).toLongLong(), query->value(2).toLongLong()});
    return {};
}

const ExternalIdIndex::Entry* ExternalIdIndex::find(const QString& externalId) const
{
    const auto it = m_entries.constFind(externalId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

} // namespace huellas
