#include "IntegrityCheck.h"

#include "Database.h"
#include "Sql.h"

namespace huellas::IntegrityCheck {

Result<QStringList> problems(const Database& database)
{
    return problems(database.connection());
}

// SQLite's integrity_check, which (unlike quick_check) also verifies that every index matches
// its table.
Result<QStringList> problems(const QSqlDatabase& connection)
{
    auto rows = Sql::exec(connection, QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return failure<QStringList>(rows.error());
    QStringList found;
    while (rows->next())
        found << rows->value(0).toString();
    if (found == QStringList{QStringLiteral("ok")})
        found.clear();
    return found;
}

} // namespace huellas::IntegrityCheck
