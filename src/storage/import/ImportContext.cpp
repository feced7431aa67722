#include "ImportContext.h"

#include "core/LocalTime.h"

namespace huellas {

ImportContext::ImportContext(Database& database_)
    : database(database_), now(QDateTime::currentDateTimeUtc()), today(LocalTime::dateOf(now)),
      keys(database_), staff(database_)
{
}

ExternalIdIndex& ImportContext::index(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Owners:
        return owners;
    case ImportKind::Pets:
        return pets;
    case ImportKind::Appointments:
        return appointments;
    case ImportKind::Orders:
        return orders;
    case ImportKind::Invoices:
        return invoices;
    case ImportKind::Interactions:
        return interactions;
    }
    Q_UNREACHABLE();
}

Status ImportContext::load(const QList<ImportKind>& kinds)
{
    // Interactions link pets, appointments and orders; appointments link pets.
    QList<ImportKind> needed{ImportKind::Owners};
    for (const ImportKind kind : kinds) {
        needed << kind;
        if (kind == ImportKind::Appointments || kind == ImportKind::Interactions)
            needed << ImportKind::Pets;
        if (kind == ImportKind::Interactions)
            needed << ImportKind::Appointments << ImportKind::Orders;
    }
    if (auto r = keys.create(); !r)
        return r;
    for (const ImportKind kind : ImportKinds::inDependencyOrder())
        if (needed.contains(kind))
            if (auto r = index(kind).prepare(database); !r)
                return r;
    return kinds.contains(ImportKind::Interactions) ? staff.load() : Status();
}

Status ImportContext::lookups() const
{
    for (const ExternalIdIndex* i :
         {&owners, &pets, &appointments, &orders, &invoices, &interactions})
        if (!i->failure())
            return i->failure();
    return {};
}

} // namespace huellas
