#include "OwnerProfileStore.h"

#include "ActivityRepository.h"
#include "OwnerProfileReader.h"
#include "OwnerRepository.h"
#include "RecordColumns.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace huellas {
namespace {

using Kind = ActivityRepository::Kind;
using StoredRows = QHash<qint64, QVariantMap>; // id → columns as stored

// Lets lupdate file OwnerProfileStoreText::tr("…") under the context used at run time.
class OwnerProfileStoreText final
{
    Q_DECLARE_TR_FUNCTIONS(OwnerProfileStore)
};

template <typename Record> StoredRows columnsById(const QList<Record>& rows)
{
    StoredRows stored;
    for (const Record& row : rows)
        stored.insert(row.id, RecordColumns::of(row));
    return stored;
}

template <typename Record> Result<StoredRows> storedRows(Result<QList<Record>> rows)
{
    if (!rows)
        return failure<StoredRows>(rows.error());
    return columnsById(*rows);
}

// Timestamps move on every save and tags live in their own table: neither says "edited".
bool sameOwnerColumns(const Owner& a, const Owner& b)
{
    QVariantMap left = RecordColumns::of(a);
    QVariantMap right = RecordColumns::of(b);
    for (const QString& column : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        left.remove(column);
        right.remove(column);
    }
    QStringList leftTags = a.tags;
    QStringList rightTags = b.tags;
    leftTags.sort();
    rightTags.sort();
    return left == right && leftTags == rightTags;
}

Status removeRows(ActivityRepository& activity, Kind kind, const QList<qint64>& ids,
                  const StoredRows& stored, const QString& what)
{
    for (const qint64 id : ids) {
        if (!stored.contains(id))
            return failed(OwnerProfileStoreText::tr("%1 #%2 does not belong to this owner.")
                              .arg(what)
                              .arg(id));
        if (auto r = activity.remove(kind, id); !r)
            return r;
    }
    return {};
}

// Inserts new rows and updates changed ones; a negative placeholder id is recorded against the
// id the row got, so other rows can be pointed at it afterwards.
template <typename Record>
Status saveRows(ActivityRepository& activity, QList<Record>& rows, qint64 ownerId,
                const StoredRows& stored, const QString& what,
                QHash<qint64, qint64>* placeholders = nullptr)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Record& row = rows[i];
        row.ownerId = ownerId;
        const qint64 placeholder = row.id < 0 ? row.id : 0;
        if (placeholder)
            row.id = 0;
        if (row.id > 0) {
            const auto it = stored.constFind(row.id);
            if (it == stored.cend())
                return failed(OwnerProfileStoreText::tr("%1 #%2 does not belong to this owner.")
                                  .arg(what)
                                  .arg(row.id));
            if (*it == RecordColumns::of(row))
                continue;
        }
        auto id = activity.save(row);
        if (!id)
            return failed(
                OwnerProfileStoreText::tr("%1, row %2: %3").arg(what).arg(i + 1).arg(id.error()));
        if (placeholder && placeholders)
            placeholders->insert(placeholder, *id);
    }
    return {};
}

} // namespace

Result<OwnerProfile> OwnerProfileStore::load(qint64 ownerId) const
{
    const OwnerProfileReader reader(m_database);
    OwnerProfile profile;
    auto lookups = reader.lookups();
    if (!lookups)
        return failure<OwnerProfile>(lookups.error());
    profile.lookups = std::move(lookups).value();
    if (ownerId == 0)
        return profile;

    auto owner = OwnerRepository(m_database).find(ownerId);
    if (!owner)
        return failure<OwnerProfile>(owner.error());
    const ActivityRepository activity(m_database);
    auto pets = activity.petsOf(ownerId);
    auto interactions = activity.interactionsOf(ownerId);
    auto appointments = reader.appointmentsOf(ownerId);
    auto orders = reader.ordersOf(ownerId);
    auto invoices = reader.invoicesOf(ownerId);
    for (const QString* error : {&pets.error(), &interactions.error(), &appointments.error(),
                                 &orders.error(), &invoices.error()})
        if (!error->isEmpty())
            return failure<OwnerProfile>(*error);
    profile.owner = std::move(owner).value();
    profile.pets = std::move(pets).value();
    profile.interactions = std::move(interactions).value();
    profile.appointments = std::move(appointments).value();
    profile.orders = std::move(orders).value();
    profile.invoices = std::move(invoices).value();
    return profile;
}

Result<OwnerProfile> OwnerProfileStore::save(const OwnerProfile& profile)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return failure<OwnerProfile>(transaction.error());
    // New ids land in this copy; if anything fails the caller still has what was typed.
    OwnerProfile work = profile;
    if (auto r = saveOwnerIfChanged(work.owner); !r)
        return failure<OwnerProfile>(r.error());
    if (auto r = saveChildren(work); !r)
        return failure<OwnerProfile>(r.error());
    if (auto r = transaction->commit(); !r)
        return failure<OwnerProfile>(r.error());
    return load(work.owner.id);
}

Status OwnerProfileStore::saveOwnerIfChanged(Owner& owner)
{
    OwnerRepository owners(m_database);
    if (owner.id > 0) {
        auto stored = owners.find(owner.id);
        if (!stored)
            return failed(stored.error());
        if (sameOwnerColumns(owner, *stored))
            return {};
    }
    auto id = owners.save(owner);
    return id ? Status() : failed(id.error());
}

Status OwnerProfileStore::saveChildren(OwnerProfile& work)
{
    const qint64 ownerId = work.owner.id;
    ActivityRepository activity(m_database);
    const OwnerProfileReader reader(m_database);
    auto pets = storedRows(activity.petsOf(ownerId));
    auto appointments = storedRows(reader.appointmentsOf(ownerId));
    auto orders = storedRows(reader.ordersOf(ownerId));
    auto invoices = storedRows(reader.invoicesOf(ownerId));
    for (const QString* error :
         {&pets.error(), &appointments.error(), &orders.error(), &invoices.error()})
        if (!error->isEmpty())
            return failed(*error);

    const OwnerProfile::RemovedRows& removed = work.removed;
    if (auto r = removeRows(activity, Kind::Appointment, removed.appointments, *appointments,
                            OwnerProfileStoreText::tr("Appointment"));
        !r)
        return r;
    if (auto r = removeRows(activity, Kind::Order, removed.orders, *orders,
                            OwnerProfileStoreText::tr("Order"));
        !r)
        return r;
    if (auto r = removeRows(activity, Kind::Invoice, removed.invoices, *invoices,
                            OwnerProfileStoreText::tr("Invoice"));
        !r)
        return r;
    if (auto r =
            removeRows(activity, Kind::Pet, removed.pets, *pets, OwnerProfileStoreText::tr("Pet"));
        !r)
        return r;

    QHash<qint64, qint64> petIds; // placeholder → saved id
    if (auto r = saveRows(activity, work.pets, ownerId, *pets, OwnerProfileStoreText::tr("Pets"),
                          &petIds);
        !r)
        return r;
    // The database unlinks a removed pet's appointments itself; the edited rows must agree.
    for (Appointment& appointment : work.appointments) {
        if (removed.pets.contains(appointment.petId))
            appointment.petId = 0;
        else if (appointment.petId < 0)
            appointment.petId = petIds.value(appointment.petId, 0);
    }
    if (auto r = saveRows(activity, work.appointments, ownerId, *appointments,
                          OwnerProfileStoreText::tr("Appointments"));
        !r)
        return r;
    if (auto r =
            saveRows(activity, work.orders, ownerId, *orders, OwnerProfileStoreText::tr("Orders"));
        !r)
        return r;
    return saveRows(activity, work.invoices, ownerId, *invoices,
                    OwnerProfileStoreText::tr("Invoices"));
}

} // namespace huellas
