#include "RowWriter.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace huellas::RowWriter {
namespace {

const QString externalIdColumn = QStringLiteral("external_id");

Status assignExternalId(Database& database, const QString& table, qint64 id, const QString& prefix)
{
    // The natural HU-000123 may already belong to an imported row; then count up a suffix.
    for (int attempt = 1;; ++attempt) {
        QString candidate = QStringLiteral("%1-%2").arg(prefix).arg(id, 6, 10, QLatin1Char('0'));
        if (attempt > 1)
            candidate += QStringLiteral("-%1").arg(attempt);
        auto taken = Sql::scalar(database.connection(),
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE external_id = :e").arg(table),
                                 {{QStringLiteral(":e"), candidate}});
        if (!taken)
            return failed(taken.error());
        if (taken->toInt() == 0)
            return update(database, table, id, {{externalIdColumn, candidate}});
    }
}

} // namespace

Result<qint64> insert(Database& database, const QString& table, QVariantMap columns,
                      const QString& externalIdPrefix)
{
    const bool assignId = !externalIdPrefix.isEmpty() && columns.value(externalIdColumn).toString().isEmpty();
    if (assignId)
        columns.insert(externalIdColumn, QStringLiteral("pending-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QStringList names;
    QStringList placeholders;
    QVariantMap params;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names << it.key();
        placeholders << QLatin1Char(':') + it.key();
        params.insert(QLatin1Char(':') + it.key(), it.value());
    }
    // RETURNING, not lastInsertId(): PostgreSQL's driver has no last insert id to give.
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(table, names.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return failure<qint64>(query.error());
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    if (assignId)
        if (auto r = assignExternalId(database, table, id, externalIdPrefix); !r)
            return failure<qint64>(r.error());
    return id;
}

Status update(Database& database, const QString& table, qint64 id, const QVariantMap& columns)
{
    QStringList assignments;
    QVariantMap params{{QStringLiteral(":row_id"), id}};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        assignments << QStringLiteral("%1 = :%1").arg(it.key());
        params.insert(QLatin1Char(':') + it.key(), it.value());
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :row_id")
                            .arg(table, assignments.join(QLatin1String(", ")));
    auto query = Sql::exec(database.connection(), sql, params);
    if (!query)
        return failed(query.error());
    if (query->numRowsAffected() == 0)
        return failed(QCoreApplication::translate("Storage", "The record no longer exists (%1 #%2).")
                          .arg(table)
                          .arg(id));
    return {};
}

Status remove(Database& database, const QString& table, qint64 id)
{
    auto query = Sql::exec(database.connection(), QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table),
                           {{QStringLiteral(":id"), id}});
    return query ? Status() : failed(query.error());
}

} // namespace huellas::RowWriter
