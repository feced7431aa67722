#include "OwnerTagWriter.h"

#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>

namespace huellas {
namespace {

Status run(QSqlQuery& query)
{
    const bool done = query.exec();
    const Status status = done ? Status() : failed(query.lastError().text());
    query.finish();
    return status;
}

} // namespace

OwnerTagWriter::OwnerTagWriter(Database& database, const QDateTime& now)
    : m_database(database), m_now(LocalTime::toStorage(now)), m_delete(database.connection()),
      m_insert(database.connection()), m_touch(database.connection())
{
}

Status OwnerTagWriter::prepare()
{
    if (m_prepared)
        return {};
    auto stored =
        Sql::exec(m_database.connection(), QStringLiteral("SELECT owner_id, tag FROM owner_tags"));
    if (!stored)
        return failed(stored.error());
    while (stored->next())
        m_stored[stored->value(0).toLongLong()] << stored->value(1).toString();
    for (QStringList& tags : m_stored)
        tags.sort();
    const bool prepared =
        m_delete.prepare(QStringLiteral("DELETE FROM owner_tags WHERE owner_id = ?")) &&
        m_insert.prepare(QStringLiteral("INSERT INTO owner_tags (owner_id, tag) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING")) &&
        m_touch.prepare(QStringLiteral("UPDATE owners SET updated_at = ? WHERE id = ?"));
    if (!prepared)
        return failed(m_touch.lastError().text() + m_insert.lastError().text() +
                      m_delete.lastError().text());
    m_prepared = true;
    return {};
}

Status OwnerTagWriter::replace(qint64 ownerId, const QStringList& tags, bool isNew)
{
    if (auto r = prepare(); !r)
        return r;
    QStringList sorted = tags;
    sorted.sort();
    if (sorted == m_stored.value(ownerId))
        return {};
    if (!isNew) {
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
    m_stored.insert(ownerId, sorted);
    return {};
}

} // namespace huellas
