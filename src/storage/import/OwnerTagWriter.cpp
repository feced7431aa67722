#include "OwnerTagWriter.h"

#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {
namespace {

Status run(QSqlQuery& query)
{
    const Status status = Sql::run(query);
    query.finish();
    return status;
}

} // namespace

OwnerTagWriter::OwnerTagWriter(Database& database, const QDateTime& now)
    : m_database(database), m_now(LocalTime::toStorage(now)), m_select(database.connection()),
      m_delete(database.connection()), m_insert(database.connection()),
      m_touch(database.connection())
{
}

Status OwnerTagWriter::prepare()
{
    if (m_prepared)
        return {};
    for (const auto& [query, sql] :
         {std::pair{&m_select, "SELECT tag FROM owner_tags WHERE owner_id = ?"},
          std::pair{&m_delete, "DELETE FROM owner_tags WHERE owner_id = ?"},
          std::pair{&m_insert,
                    "INSERT INTO owner_tags (owner_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"},
          std::pair{&m_touch, "UPDATE owners SET updated_at = ? WHERE id = ?"}})
        if (auto r = Sql::prepare(*query, QLatin1String(sql)); !r)
            return r;
    m_prepared = true;
    return {};
}

Result<QStringList> OwnerTagWriter::storedTags(qint64 ownerId)
{
    m_select.bindValue(0, ownerId);
    if (auto r = Sql::run(m_select); !r)
        return failure<QStringList>(r.error());
    QStringList tags;
    while (m_select.next())
        tags << m_select.value(0).toString();
    m_select.finish();
    tags.sort(); // as the file's are: SQL's byte order is not QString's
    return tags;
}

Status OwnerTagWriter::replace(qint64 ownerId, const QStringList& tags, bool isNew)
{
    if (auto r = prepare(); !r)
        return r;
    QStringList sorted = tags;
    sorted.sort();
    if (!isNew) {
        auto stored = storedTags(ownerId);
        if (!stored)
            return failed(stored.error());
        if (sorted == *stored)
            return {};
        m_delete.bindValue(0, ownerId);
        if (auto r = run(m_delete); !r)
            return r;
        m_touch.bindValue(0, m_now);
        m_touch.bindValue(1, ownerId);
        if (auto r = run(m_touch); !r)
            return r;
    }
    for (const QString& tag : std::as_const(sorted)) {
        m_insert.bindValue(0, ownerId);
        m_insert.bindValue(1, tag);
        if (auto r = run(m_insert); !r)
            return r;
    }
    return {};
}

} // namespace huellas
