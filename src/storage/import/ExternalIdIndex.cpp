#include "ExternalIdIndex.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {
namespace {

// Ids found lately, at most this many (a few MB at most, however large the import).
constexpr qsizetype recentCapacity = 16384;

} // namespace

Status ExternalIdIndex::prepare(Database& database)
{
    // The table name is ImportKinds::word(), from code; owners have no owner_id column.
    const QString table = ImportKinds::word(m_kind);
    const QString owner =
        m_kind == ImportKind::Owners ? QStringLiteral("0") : QStringLiteral("owner_id");
    m_find = QSqlQuery(database.connection());
    return Sql::prepare(
        m_find, QStringLiteral("SELECT id, %1 FROM %2 WHERE external_id = ?").arg(owner, table));
}

std::optional<ExternalIdIndex::Entry> ExternalIdIndex::stored(const QString& externalId)
{
    if (const auto recent = m_recent.constFind(externalId); recent != m_recent.cend())
        return *recent;
    m_find.bindValue(0, externalId);
    if (auto r = Sql::run(m_find); !r) {
        m_failure = r;
        return std::nullopt;
    }
    std::optional<Entry> entry;
    if (m_find.next())
        entry = Entry{m_find.value(0).toLongLong(), m_find.value(1).toLongLong()};
    m_find.finish();
    if (entry) { // a missing id is not kept: a later row of the import may add it
        if (m_recent.size() >= recentCapacity)
            m_recent.clear();
        m_recent.insert(externalId, *entry);
    }
    return entry;
}

std::optional<ExternalIdIndex::Entry> ExternalIdIndex::find(const QString& externalId)
{
    if (!m_failure)
        return std::nullopt;
    if (m_keys.anyRejected(m_kind)) {
        auto rejected = m_keys.isRejected(m_kind, externalId);
        if (!rejected) {
            m_failure = failed(rejected.error());
            return std::nullopt;
        }
        if (*rejected)
            return Entry{};
    }
    return stored(externalId);
}

void ExternalIdIndex::markRejected(const QString& externalId)
{
    if (externalId.isEmpty() || !m_failure)
        return; // an empty id is never looked up
    m_recent.remove(externalId);
    if (auto r = m_keys.markRejected(m_kind, externalId); !r)
        m_failure = r;
}

} // namespace huellas
