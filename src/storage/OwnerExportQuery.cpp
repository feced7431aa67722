#include "OwnerExportQuery.h"

#include "Database.h"
#include "RecordColumns.h"
#include "Sql.h"

namespace huellas::OwnerExportQuery {

Result<QSqlQuery> run(Database& database, const OwnerFilter& filter)
{
    const QString sql = QStringLiteral(
        "SELECT %2, r.external_id AS referrer_external_id, "
        "(SELECT group_concat(tag, ';') FROM (SELECT tag FROM owner_tags t "
        "  WHERE t.owner_id = o.id ORDER BY tag)) AS tag_list "
        "FROM owners o LEFT JOIN owners r ON r.id = o.referred_by%1 ORDER BY o.id")
                            .arg(filter.whereClause(), RecordColumns::ownerColumns(database.dialect(), QStringLiteral("o")));
    return Sql::exec(database.connection(), sql, filter.params);
}

QVariant value(const QSqlQuery& row, const QString& column)
{
    if (column == QLatin1String("referred_by"))
        return row.value(QStringLiteral("referrer_external_id"));
    if (column == QLatin1String("tags"))
        return row.value(QStringLiteral("tag_list"));
    return row.value(column);
}

} // namespace huellas::OwnerExportQuery
