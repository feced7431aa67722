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
    auto inserted = Sql::exec(
        m_database.connection(),
        QStringLiteral("INSERT INTO staff (username, display_name, role, "
                       "password_hash, active) VALUES (:user, :name, 'reception', '', 0)"),
        {{QStringLiteral(":user"), username}, {QStringLiteral(":name"), username}});
    if (!inserted)
        return failure<qint64>(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();
    m_ids.insert(username, id);
    m_created << username;
    return id;
}

} // namespace huellas
