#include "OwnerExportQuery.h"

#include "Database.h"
#include "RecordColumns.h"
#include "Sql.h"
#include "core/LocalTime.h"

namespace huellas::OwnerExportQuery {

Result<QSqlQuery> run(Database& database, const OwnerFilter& filter)
{
    const SqlDialect& dialect = database.dialect();
    const QString sql = QStringLiteral(
        "SELECT %2, r.external_id AS referrer_external_id, "
        "(SELECT %3 FROM (SELECT tag FROM owner_tags t "
        "  WHERE t.owner_id = o.id ORDER BY tag) ordered_tags) AS tag_list "
        "FROM owners o LEFT JOIN owners r ON r.id = o.referred_by%1 ORDER BY o.id")
                            .arg(filter.whereClause(), RecordColumns::ownerColumns(dialect, QStringLiteral("o")),
                                 dialect.joinedInOrder(QStringLiteral("tag"), QStringLiteral("';'")));
    return Sql::exec(database.connection(), sql, filter.params);
}

QVariant value(const QSqlQuery& row, const QString& column)
{
    if (column == QLatin1String("referred_by"))
        return row.value(QStringLiteral("referrer_external_id"));
    if (column == QLatin1String("tags"))
        return row.value(QStringLiteral("tag_list"));
    // PostgreSQL gives dates and timestamps as values: written the way SQLite stores them,
    // an export is the same bytes from either engine.
    const QVariant stored = row.value(column);
    if (stored.isNull())
        return {}; // PostgreSQL's driver gives a typed null, which reads as "0" or "false"
    switch (stored.metaType().id()) {
    case QMetaType::QDateTime:
        return LocalTime::toStorage(stored.toDateTime());
    case QMetaType::QDate:
        return stored.toDate().toString(Qt::ISODate);
    default:
        return stored;
    }
}

} // namespace huellas::OwnerExportQuery
