#pragma once

#include "core/Records.h"
#include "core/Result.h"

#include <optional>

namespace huellas {

class Database;

// Owners and their tags. Every write is one transaction that also keeps the referral counts
// and the audit log current.
class OwnerRepository final
{
public:
    explicit OwnerRepository(Database& database) : m_database(database) {}

    // Inserts (id 0) or updates; returns the id. created_at/updated_at are set here.
    Result<qint64> save(Owner& owner);
    Status remove(qint64 ownerId);
    Result<Owner> find(qint64 ownerId) const;
    Result<std::optional<qint64>> idOfExternalId(const QString& externalId) const;
    Result<int> count() const;

private:
    Status checkReferrer(const Owner& owner) const;
    Status writeTags(qint64 ownerId, const QStringList& tags);

    Database& m_database;
};

} // namespace huellas
