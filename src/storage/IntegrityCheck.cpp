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
    // "ok" when sound; otherwise rows that may each hold several lines, headed by
    // "*** in database main ***".
    QStringList found;
    while (rows->next())
        for (const QString& line : rows->value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***")))
                found << line.trimmed();
    if (found == QStringList{QStringLiteral("ok")})
        found.clear();
    return found;
}

} // namespace huellas::IntegrityCheck
