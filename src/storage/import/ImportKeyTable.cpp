#include "ImportKeyTable.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace huellas {
namespace {

// A finished statement never holds the table open, so DROP and ROLLBACK always proceed.
Result<QVariant> firstValue(QSqlQuery& query)
{
    if (auto r = Sql::run(query); !r)
        return failure<QVariant>(r.error());
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

} // namespace

ImportKeyTable::ImportKeyTable(Database& database)
    : m_database(database), m_record(database.connection()), m_firstLine(database.connection()),
      m_reject(database.connection()), m_rejected(database.connection())
{
}

Status ImportKeyTable::create()
{
    const QSqlDatabase db = m_database.connection();
    // IF NOT EXISTS and DELETE: a table a failed drop() left behind on this connection.
    if (auto r = Sql::execScript(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_keys ("
                                              "kind INTEGER NOT NULL, external_id TEXT NOT NULL, "
                                              "file INTEGER NOT NULL, line INTEGER NOT NULL, "
                                              "rejected INTEGER NOT NULL DEFAULT 0, "
                                              "PRIMARY KEY (kind, external_id))"));
        !r)
        return r;
    if (auto r = Sql::exec(db, QStringLiteral("DELETE FROM import_keys")); !r)
        return failed(r.error());
    return prepareAll();
}

Status ImportKeyTable::prepareAll()
{
    // A key another file of the same kind read is not a repeat: that file's row is updated.
    if (auto r = Sql::prepare(
            m_record,
            QStringLiteral("INSERT INTO import_keys (kind, external_id, file, line) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (kind, external_id) DO UPDATE "
                           "SET file = excluded.file, line = excluded.line "
                           "WHERE import_keys.file <> excluded.file"));
        !r)
        return r;
    if (auto r = Sql::prepare(m_firstLine, QStringLiteral("SELECT line FROM import_keys "
                                                          "WHERE kind = ? AND external_id = ?"));
        !r)
        return r;
    if (auto r = Sql::prepare(
            m_reject, QStringLiteral("INSERT INTO import_keys (kind, external_id, file, line, "
                                     "rejected) VALUES (?, ?, -1, 0, 1) ON CONFLICT "
                                     "(kind, external_id) DO UPDATE SET rejected = 1"));
        !r)
        return r;
    return Sql::prepare(m_rejected, QStringLiteral("SELECT rejected FROM import_keys "
                                                   "WHERE kind = ? AND external_id = ?"));
}

Status ImportKeyTable::drop()
{
    // Prepared statements on a dropped table are harmless, but released first all the same.
    for (QSqlQuery* query : {&m_record, &m_firstLine, &m_reject, &m_rejected})
        *query = QSqlQuery();
    auto dropped = Sql::execScript(m_database.connection(), QStringLiteral("DROP TABLE import_keys"));
    return dropped ? Status() : failed(dropped.error());
}

Result<int> ImportKeyTable::firstLineInFile(ImportKind kind, const QString& externalId, int file,
                                            int line)
{
    m_record.bindValue(0, int(kind));
    m_record.bindValue(1, externalId);
    m_record.bindValue(2, file);
    m_record.bindValue(3, line);
    const Status recorded = Sql::run(m_record);
    const bool isNew = m_record.numRowsAffected() > 0;
    m_record.finish();
    if (!recorded)
        return failure<int>(recorded.error());
    if (isNew)
        return 0;
    m_firstLine.bindValue(0, int(kind));
    m_firstLine.bindValue(1, externalId);
    auto first = firstValue(m_firstLine);
    return first ? Result<int>(first->toInt()) : failure<int>(first.error());
}

Status ImportKeyTable::markRejected(ImportKind kind, const QString& externalId)
{
    m_reject.bindValue(0, int(kind));
    m_reject.bindValue(1, externalId);
    const Status done = Sql::run(m_reject);
    m_reject.finish();
    if (done)
        ++m_rejections[size_t(kind)];
    return done;
}

Result<bool> ImportKeyTable::isRejected(ImportKind kind, const QString& externalId)
{
    m_rejected.bindValue(0, int(kind));
    m_rejected.bindValue(1, externalId);
    auto rejected = firstValue(m_rejected);
    return rejected ? Result<bool>(rejected->toInt() != 0) : failure<bool>(rejected.error());
}

} // namespace huellas
