#pragma once

#include "OwnerProfile.h"
#include "core/Result.h"

namespace huellas {

class Database;

// The read side of the profile editor: one owner's activity and the lists the form offers.
// (Pets and interactions come from ActivityRepository.)
class OwnerProfileReader final
{
public:
    explicit OwnerProfileReader(const Database& database) : m_database(database) {}

    Result<QList<Appointment>> appointmentsOf(qint64 ownerId) const; // newest first
    Result<QList<Order>> ordersOf(qint64 ownerId) const;             // newest first
    Result<QList<Invoice>> invoicesOf(qint64 ownerId) const;         // newest first
    Result<OwnerProfile::Lookups> lookups() const;

private:
    Result<QList<OwnerProfile::OwnerName>> ownerNames() const;
    Result<QStringList> usedTags() const;
    Result<QList<Staff>> staffWithoutPasswords() const;

    const Database& m_database;
};

} // namespace huellas
