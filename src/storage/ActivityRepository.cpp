#include "ActivityRepository.h"

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

using Kind = ActivityRepository::Kind;

struct KindInfo
{
    const char* table;
    const char* externalIdPrefix;
    bool feedsMetrics;
};

KindInfo info(Kind kind)
{
    switch (kind) {
    case Kind::Pet: return {"pets", "MA", false};
    case Kind::Appointment: return {"appointments", "CI", true};
    case Kind::Order: return {"orders", "CO", true};
    case Kind::Invoice: return {"invoices", "FA", true};
    case Kind::Conversation: return {"conversations", "CV", false};
    case Kind::Interaction: return {"interactions", "IN", true};
    }
    Q_UNREACHABLE();
}

QString tableOf(Kind kind) { return QString::fromLatin1(info(kind).table); }

} // namespace

template <typename Record>
Result<qint64> ActivityRepository::saveRecord(Record& record, Kind kind, const QStringList& problems)
{
    if (!problems.isEmpty())
        return failure<qint64>(problems.join(QLatin1Char('\n')));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<qint64>(transaction.error());
    const QString table = tableOf(kind);
    qint64 previousOwner = 0;
    const bool isNew = record.id == 0;
    if (isNew) {
        auto id = RowWriter::insert(m_database, table, RecordColumns::of(record),
                                    QString::fromLatin1(info(kind).externalIdPrefix));
        if (!id)
            return id;
        record.id = *id;
        auto external = Sql::scalar(m_database.connection(),
                                    QStringLiteral("SELECT external_id FROM %1 WHERE id = :id").arg(table),
                                    {{QStringLiteral(":id"), record.id}});
        if (!external)
            return failure<qint64>(external.error());
        record.externalId = external->toString();
    } else {
        auto owner = Sql::scalar(m_database.connection(),
                                 QStringLiteral("SELECT owner_id FROM %1 WHERE id = :id").arg(table),
                                 {{QStringLiteral(":id"), record.id}});
        if (!owner)
            return failure<qint64>(owner.error());
        previousOwner = owner->toLongLong();
        if (auto r = RowWriter::update(m_database, table, record.id, RecordColumns::of(record)); !r)
            return failure<qint64>(r.error());
    }
    if (info(kind).feedsMetrics) {
        MetricsRefresher metrics(m_database);
        for (const qint64 owner : {record.ownerId, previousOwner})
            if (owner > 0)
                if (auto r = metrics.refreshOwner(owner); !r)
                    return failure<qint64>(r.error());
    }
    if (auto r = AuditLog::record(m_database, isNew ? QStringLiteral("create") : QStringLiteral("update"),
                                  table, record.id, record.externalId);
        !r)
        return failure<qint64>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<qint64>(r.error());
    return record.id;
}

Result<qint64> ActivityRepository::save(Pet& pet)
{
    return saveRecord(pet, Kind::Pet, Validation::problemsWith(pet, LocalTime::today()));
}

Result<qint64> ActivityRepository::save(Appointment& appointment)
{
    return saveRecord(appointment, Kind::Appointment, Validation::problemsWith(appointment));
}

Result<qint64> ActivityRepository::save(Order& order)
{
    return saveRecord(order, Kind::Order, Validation::problemsWith(order));
}

Result<qint64> ActivityRepository::save(Invoice& invoice)
{
    return saveRecord(invoice, Kind::Invoice, Validation::problemsWith(invoice));
}

Result<qint64> ActivityRepository::save(Conversation& conversation)
{
    return saveRecord(conversation, Kind::Conversation, Validation::problemsWith(conversation));
}

Result<qint64> ActivityRepository::save(Interaction& interaction)
{
    if (!interaction.createdAt.isValid())
        interaction.createdAt = QDateTime::currentDateTimeUtc();
    return saveRecord(interaction, Kind::Interaction, Validation::problemsWith(interaction));
}

Result<qint64> ActivityRepository::save(Staff& staff)
{
    if (const QStringList problems = Validation::problemsWith(staff); !problems.isEmpty())
        return failure<qint64>(problems.join(QLatin1Char('\n')));
    const QString table = QStringLiteral("staff");
    if (staff.id == 0) {
        auto id = RowWriter::insert(m_database, table, RecordColumns::of(staff));
        if (id)
            staff.id = *id;
        return id;
    }
    if (auto r = RowWriter::update(m_database, table, staff.id, RecordColumns::of(staff)); !r)
        return failure<qint64>(r.error());
    return staff.id;
}

Status ActivityRepository::remove(Kind kind, qint64 id)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failed(transaction.error());
    const QString table = tableOf(kind);
    auto owner = Sql::scalar(m_database.connection(),
                             QStringLiteral("SELECT owner_id FROM %1 WHERE id = :id").arg(table),
                             {{QStringLiteral(":id"), id}});
    if (!owner)
        return failed(owner.error());
    if (auto r = RowWriter::remove(m_database, table, id); !r)
        return r;
    // Deleting a pet or an appointment unlinks interactions (SET NULL) but also removes the
    // appointment's visit day, so the owner is recomputed whatever the kind.
    if (owner->toLongLong() > 0)
        if (auto r = MetricsRefresher(m_database).refreshOwner(owner->toLongLong()); !r)
            return r;
    if (auto r = AuditLog::record(m_database, QStringLiteral("delete"), table, id); !r)
        return r;
    return transaction->commit();
}

Status ActivityRepository::setFollowUpCompleted(qint64 interactionId, bool completed)
{
    auto current = interaction(interactionId);
    if (!current)
        return failed(current.error());
    Interaction updated = *current;
    updated.followUpCompleted = completed;
    auto r = save(updated);
    return r ? Status() : failed(r.error());
}

Result<Interaction> ActivityRepository::interaction(qint64 id) const
{
    auto query = Sql::exec(m_database.connection(), QStringLiteral("SELECT * FROM interactions WHERE id = :id"),
                           {{QStringLiteral(":id"), id}});
    if (!query)
        return failure<Interaction>(query.error());
    if (!query->next())
        return failure<Interaction>(
            QCoreApplication::translate("ActivityRepository", "The interaction #%1 does not exist.").arg(id));
    return RecordColumns::interactionFrom(query->record());
}

Result<QList<Interaction>> ActivityRepository::interactionsOf(qint64 ownerId) const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT * FROM interactions WHERE owner_id = :o "
                                          "ORDER BY created_at DESC, id DESC"),
                           {{QStringLiteral(":o"), ownerId}});
    if (!query)
        return failure<QList<Interaction>>(query.error());
    QList<Interaction> list;
    while (query->next())
        list << RecordColumns::interactionFrom(query->record());
    return list;
}

Result<QList<Pet>> ActivityRepository::petsOf(qint64 ownerId) const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT * FROM pets WHERE owner_id = :o ORDER BY name"),
                           {{QStringLiteral(":o"), ownerId}});
    if (!query)
        return failure<QList<Pet>>(query.error());
    QList<Pet> list;
    while (query->next())
        list << RecordColumns::petFrom(query->record());
    return list;
}

} // namespace huellas
