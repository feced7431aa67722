#include "StaffDirectory.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {

Status StaffDirectory::load()
{
    auto query =
        Sql::exec(m_database.connection(), QStringLiteral("SELECT username, id FROM staff"));
    if (!query)
        return failed(query.error());
    while (query->next())
        m_ids.insert(query->value(0).toString(), query->value(1).toLongLong());
    return {};
}

Result<qint64> StaffDirectory::idOf(const QString& username)
{
    if (const auto it = m_ids.constFind(username); it != m_ids.cend())
        return it.value();
    if (m_insert.lastQuery().isEmpty()) {
        m_insert = QSqlQuery(m_database.connection());
        if (auto r = Sql::prepare(m_insert, QStringLiteral("INSERT INTO staff (username, "
                                                           "display_name, role, password_hash, "
                                                           "active) VALUES (?, ?, 'reception', "
                                                           "'', false) RETURNING id"));
            !r)
            return failure<qint64>(r.error());
    }
    m_insert.bindValue(0, username);
    m_insert.bindValue(1, username);
    const Status inserted = Sql::run(m_insert);
    const qint64 id = inserted && m_insert.next() ? m_insert.value(0).toLongLong() : 0;
    m_insert.finish();
    if (!inserted)
        return failure<qint64>(inserted.error());
    m_ids.insert(username, id);
    m_created << username;
    return id;
}

} // namespace huellas
