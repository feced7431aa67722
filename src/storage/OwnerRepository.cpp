#include "OwnerRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "MetricsRefresher.h"
#include "RecordColumns.h"
#include "RowWriter.h"
#include "Sql.h"
#include "Transaction.h"
#include "core/LocalTime.h"
#include "core/Validation.h"

#include <QCoreApplication>

namespace huellas {
namespace {

const QString table = QStringLiteral("owners");


} // namespace

Status OwnerRepository::checkReferrer(const Owner& owner) const
{
    if (owner.referredBy <= 0)
        return {};
    if (owner.referredBy == owner.id)
        return failed(QCoreApplication::translate("OwnerRepository", "referred_by: an owner cannot refer themself"));
    // Walk up the referrer's own chain; meeting this owner would close a cycle.
    auto query = Sql::exec(m_database.connection(), QStringLiteral(R"(
        WITH RECURSIVE chain(id) AS (
            SELECT CAST(:referrer AS BIGINT)
            UNION
            SELECT o.referred_by FROM owners o JOIN chain c ON o.id = c.id
            WHERE o.referred_by IS NOT NULL
        )
        SELECT (SELECT count(*) FROM owners WHERE id = :referrer),
               (SELECT count(*) FROM chain WHERE id = :owner))"),
        {{QStringLiteral(":referrer"), owner.referredBy}, {QStringLiteral(":owner"), owner.id}});
    if (!query)
        return failed(query.error());
    query->next();
    if (query->value(0).toInt() == 0)
        return failed(QCoreApplication::translate("OwnerRepository", "referred_by: the referring owner #%1 does not exist").arg(owner.referredBy));
    if (owner.id > 0 && query->value(1).toInt() > 0)
        return failed(QCoreApplication::translate("OwnerRepository", "referred_by: this referral would close a cycle (the referrer was "
                         "referred, directly or not, by this owner)"));
    return {};
}

Status OwnerRepository::writeTags(qint64 ownerId, const QStringList& tags)
{
    const QSqlDatabase db = m_database.connection();
    if (auto r = Sql::exec(db, QStringLiteral("DELETE FROM owner_tags WHERE owner_id = :o"),
                           {{QStringLiteral(":o"), ownerId}});
        !r)
        return failed(r.error());
    for (const QString& tag : tags) {
        auto r = Sql::exec(db,
                           QStringLiteral("INSERT INTO owner_tags (owner_id, tag) VALUES (:o, :t) "
                                          "ON CONFLICT DO NOTHING"),
                           {{QStringLiteral(":o"), ownerId}, {QStringLiteral(":t"), tag.trimmed()}});
        if (!r)
            return failed(r.error());
    }
    return {};
}

Result<qint64> OwnerRepository::save(Owner& owner)
{
    if (const QStringList problems = Validation::problemsWith(owner, LocalTime::today()); !problems.isEmpty())
        return failure<qint64>(problems.join(QLatin1Char('\n')));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<qint64>(transaction.error());
    if (auto r = checkReferrer(owner); !r)
        return failure<qint64>(r.error());

    qint64 previousReferrer = 0;
    const bool isNew = owner.id == 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    owner.updatedAt = now;
    if (isNew) {
        if (!owner.createdAt.isValid())
            owner.createdAt = now;
        auto id = RowWriter::insert(m_database, table, RecordColumns::of(owner), QStringLiteral("HU"));
        if (!id)
            return id;
        owner.id = *id;
        if (owner.externalId.isEmpty()) {
            auto external = Sql::scalar(m_database.connection(),
                                        QStringLiteral("SELECT external_id FROM owners WHERE id = :id"),
                                        {{QStringLiteral(":id"), owner.id}});
            owner.externalId = external ? external->toString() : QString();
        }
    } else {
        auto before = Sql::scalar(m_database.connection(),
                                  QStringLiteral("SELECT referred_by FROM owners WHERE id = :id"),
                                  {{QStringLiteral(":id"), owner.id}});
        if (!before)
            return failure<qint64>(before.error());
        previousReferrer = before->toLongLong();
        if (auto r = RowWriter::update(m_database, table, owner.id, RecordColumns::of(owner)); !r)
            return failure<qint64>(r.error());
    }
    if (auto r = writeTags(owner.id, owner.tags); !r)
        return failure<qint64>(r.error());

    MetricsRefresher metrics(m_database);
    for (const qint64 id : {owner.id, owner.referredBy, previousReferrer})
        if (id > 0)
            if (auto r = metrics.refreshOwner(id); !r)
                return failure<qint64>(r.error());
    if (auto r = AuditLog::record(m_database, isNew ? QStringLiteral("create") : QStringLiteral("update"),
                                  table, owner.id, owner.externalId);
        !r)
        return failure<qint64>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<qint64>(r.error());
    return owner.id;
}

Status OwnerRepository::remove(qint64 ownerId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failed(transaction.error());
    auto referrer = Sql::scalar(m_database.connection(),
                                QStringLiteral("SELECT referred_by FROM owners WHERE id = :id"),
                                {{QStringLiteral(":id"), ownerId}});
    if (!referrer)
        return failed(referrer.error());
    if (auto r = RowWriter::remove(m_database, table, ownerId); !r)
        return r;
    if (referrer->toLongLong() > 0)
        if (auto r = MetricsRefresher(m_database).refreshOwner(referrer->toLongLong()); !r)
            return r;
    // Owners this one referred keep no referrer (ON DELETE SET NULL); nothing to recompute.
    if (auto r = AuditLog::record(m_database, QStringLiteral("delete"), table, ownerId); !r)
        return r;
    return transaction->commit();
}

Result<Owner> OwnerRepository::find(qint64 ownerId) const
{
    const QSqlDatabase db = m_database.connection();
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT %1 FROM owners o WHERE o.id = :id")
                               .arg(RecordColumns::ownerColumns(m_database.dialect(), QStringLiteral("o"))),
                           {{QStringLiteral(":id"), ownerId}});
    if (!query)
        return failure<Owner>(query.error());
    if (!query->next())
        return failure<Owner>(QCoreApplication::translate("OwnerRepository", "The owner #%1 does not exist.").arg(ownerId));
    Owner owner = RecordColumns::ownerFrom(query->record());
    auto tags = Sql::exec(db, QStringLiteral("SELECT tag FROM owner_tags WHERE owner_id = :id ORDER BY tag"),
                          {{QStringLiteral(":id"), ownerId}});
    if (!tags)
        return failure<Owner>(tags.error());
    while (tags->next())
        owner.tags << tags->value(0).toString();
    return owner;
}

Result<std::optional<qint64>> OwnerRepository::idOfExternalId(const QString& externalId) const
{
    using R = Result<std::optional<qint64>>;
    auto id = Sql::scalar(m_database.connection(),
                          QStringLiteral("SELECT id FROM owners WHERE external_id = :e"),
                          {{QStringLiteral(":e"), externalId}});
    if (!id)
        return R::failure(id.error());
    return id->isNull() ? R(std::nullopt) : R(std::optional<qint64>(id->toLongLong()));
}

Result<int> OwnerRepository::count() const
{
    auto n = Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM owners"));
    if (!n)
        return failure<int>(n.error());
    return n->toInt();
}

} // namespace huellas
