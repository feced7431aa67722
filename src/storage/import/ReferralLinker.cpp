#include "ReferralLinker.h"

#include "ImportRow.h"
#include "ImportText.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlError>

namespace huellas {
namespace {

const QString column = QStringLiteral("referred_by");

QVariant noOwner()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

ReferralLinker::ReferralLinker(Database& database, const QDateTime& now)
    : m_database(database), m_now(LocalTime::toStorage(now)), m_add(database.connection()),
      m_clear(database.connection()), m_set(database.connection())
{
}

Status ReferralLinker::prepare()
{
    if (m_prepared)
        return {};
    const QSqlDatabase db = m_database.connection();
    // IF NOT EXISTS and DELETE: a table a failed drop left behind on this connection.
    // `seq` keeps the order the links were read in (neither engine promises a table's order).
    if (auto r = Sql::execScript(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_referrals ("
                                                    "seq BIGINT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, "
                                                    "owner_id BIGINT NOT NULL, owner_is_new BOOLEAN "
                                                    "NOT NULL, referrer TEXT NOT NULL)"));
        !r)
        return r;
    if (auto r = Sql::exec(db, QStringLiteral("DELETE FROM import_referrals")); !r)
        return failed(r.error());
    // Both updates leave a row that already has the wanted referrer alone.
    for (const auto& [query, sql] :
         {std::pair{&m_add, "INSERT INTO import_referrals (seq, file, line, owner_id, owner_is_new, "
                            "referrer) VALUES (?, ?, ?, ?, ?, ?)"},
          std::pair{&m_clear, "UPDATE owners SET referred_by = NULL, updated_at = ? "
                              "WHERE id = ? AND referred_by IS DISTINCT FROM ?"},
          std::pair{&m_set, "UPDATE owners SET referred_by = ?, updated_at = ? "
                            "WHERE id = ? AND referred_by IS DISTINCT FROM ?"}})
        if (auto r = Sql::prepare(*query, QLatin1String(sql)); !r)
            return r;
    m_prepared = true;
    return {};
}

Status ReferralLinker::add(const Link& link)
{
    if (link.ownerIsNew && link.referrer.isEmpty())
        return {}; // nothing to clear, nothing to set: most rows of a first import
    if (auto r = prepare(); !r)
        return r;
    m_add.bindValue(0, ++m_added);
    m_add.bindValue(1, link.fileName);
    m_add.bindValue(2, link.line);
    m_add.bindValue(3, link.ownerId);
    m_add.bindValue(4, link.ownerIsNew);
    m_add.bindValue(5, Sql::text(link.referrer));
    const Status added = Sql::run(m_add);
    m_add.finish();
    m_any = m_any || added.ok();
    return added;
}

// First every owner whose referrer changes loses it, then the new referrers are set: the
// trigger then only ever sees links of the final state, so it cannot report a cycle that the
// file itself undoes (A→B stored, the file says B→A and A→nobody).
Status ReferralLinker::linkAll(ExternalIdIndex& owners, ImportProblems& errors)
{
    if (!m_any)
        return {};
    if (auto r = walk(Pass::Clear, owners, errors); !r)
        return r;
    if (auto r = walk(Pass::Set, owners, errors); !r)
        return r;
    return dropTable();
}

// The links in file order, a batch at a time, each batch read in full before its updates
// run: PostgreSQL's driver streams a result and drops what is left of it when the same
// connection runs another statement; SQLite would let the updates run under an open cursor.
Result<QList<ReferralLinker::Link>> ReferralLinker::linksAfter(qint64 seq, qint64& lastSeq)
{
    auto rows = Sql::exec(m_database.connection(),
                          QStringLiteral("SELECT seq, file, line, owner_id, owner_is_new, referrer "
                                         "FROM import_referrals WHERE seq > :after ORDER BY seq LIMIT :batch"),
                          {{QStringLiteral(":after"), seq}, {QStringLiteral(":batch"), linkBatch}});
    if (!rows)
        return failure<QList<Link>>(rows.error());
    QList<Link> links;
    while (rows->next()) {
        lastSeq = rows->value(0).toLongLong();
        links.append({rows->value(1).toString(), rows->value(2).toInt(), rows->value(3).toLongLong(),
                      rows->value(4).toBool(), rows->value(5).toString()});
    }
    return links;
}

Status ReferralLinker::walk(Pass pass, ExternalIdIndex& owners, ImportProblems& errors)
{
    for (qint64 seq = 0;;) {
        auto batch = linksAfter(seq, seq);
        if (!batch)
            return failed(batch.error());
        if (batch->isEmpty())
            return {};
        for (const Link& link : std::as_const(*batch))
            if (auto r = walkOne(pass, link, owners, errors); !r)
                return r;
    }
}

Status ReferralLinker::walkOne(Pass pass, const Link& link, ExternalIdIndex& owners, ImportProblems& errors)
{
    if (link.referrer.isEmpty()) {
        if (pass == Pass::Clear && !link.ownerIsNew) // a new owner has no referrer to lose
            if (auto r = clear(link, noOwner()); !r)
                return r;
        return {};
    }
    const std::optional<ExternalIdIndex::Entry> referrer = owners.find(link.referrer);
    if (auto r = owners.failure(); !r)
        return r;
    if (!referrer) {
        if (pass == Pass::Clear)
            errors << ImportRow::message(
                link.fileName, link.line, column,
                ImportText::tr("not found in the imported files nor in the database"),
                link.referrer);
        return {};
    }
    if (referrer->id == 0) // that owner's row has errors of its own
        return {};
    return pass == Pass::Clear ? (link.ownerIsNew ? Status() : clear(link, referrer->id))
                               : set(link, referrer->id, errors);
}

Status ReferralLinker::clear(const Link& link, const QVariant& referrerId)
{
    m_clear.bindValue(0, m_now);
    m_clear.bindValue(1, link.ownerId);
    m_clear.bindValue(2, referrerId);
    const Status done = Sql::run(m_clear);
    m_clear.finish();
    return done;
}

Status ReferralLinker::set(const Link& link, qint64 referrerId, ImportProblems& errors)
{
    m_set.bindValue(0, referrerId);
    m_set.bindValue(1, m_now);
    m_set.bindValue(2, link.ownerId);
    m_set.bindValue(3, referrerId);
    // The trigger's refusal is a row's problem, not the import's: on PostgreSQL a failed
    // statement spoils its whole transaction, so it runs in a savepoint rolled back alone.
    QSqlError error;
    {
        auto savepoint = Transaction::begin(m_database);
        if (!savepoint)
            return failed(savepoint.error());
        const bool done = m_set.exec();
        error = m_set.lastError();
        m_set.finish();
        if (done)
            return savepoint->commit();
    } // rolled back
    if (!error.databaseText().contains(QLatin1String("referral cycle")))
        return failed(error.text());
    errors << ImportRow::message(link.fileName, link.line, column,
                                 ImportText::tr("this referral would close a cycle"),
                                 link.referrer);
    return {};
}

Status ReferralLinker::dropTable()
{
    m_add = QSqlQuery();
    m_prepared = false;
    m_any = false;
    auto dropped =
        Sql::execScript(m_database.connection(), QStringLiteral("DROP TABLE import_referrals"));
    return dropped ? Status() : failed(dropped.error());
}

} // namespace huellas
