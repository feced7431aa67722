#include "AuditLog.h"

#include "Database.h"
#include "Sql.h"
#include "core/LocalTime.h"

namespace huellas::AuditLog {

Status record(Database& database, const QString& action, const QString& table, qint64 rowId,
              const QString& details)
{
    // staff_id stays empty until staff logins exist; the column is there for them.
    auto r = Sql::exec(database.connection(),
                       QStringLiteral("INSERT INTO audit_log (at, action, table_name, row_id, details) "
                                      "VALUES (:at, :action, :table, :row, :details)"),
                       {{QStringLiteral(":at"), LocalTime::toStorage(QDateTime::currentDateTimeUtc())},
                        {QStringLiteral(":action"), action},
                        {QStringLiteral(":table"), table},
                        {QStringLiteral(":row"), Sql::nullableId(rowId)},
                        {QStringLiteral(":details"), Sql::text(details)}});
    return r ? Status() : failed(r.error());
}

} // namespace huellas::AuditLog
