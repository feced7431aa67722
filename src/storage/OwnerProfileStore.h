#pragma once

#include "OwnerProfile.h"
#include "core/Result.h"

namespace huellas {

class Database;

// Loads and saves the whole profile the owner editor works on. Saving is all or nothing: the
// owner, every inserted, changed and removed pet, appointment, order and invoice go in one
// transaction (the repositories' own transactions nest as savepoints), so the metrics they
// recompute are current and a failure anywhere leaves the database as it was.
class OwnerProfileStore final
{
public:
    explicit OwnerProfileStore(Database& database) : m_database(database) {}

    // ownerId 0 gives a new owner with the record's defaults (and the lookups).
    Result<OwnerProfile> load(qint64 ownerId) const;
    // Unchanged rows are not rewritten. Returns the profile as stored, re-read with the new
    // ids, external ids and metrics.
    Result<OwnerProfile> save(const OwnerProfile& profile);

private:
    Status saveOwnerIfChanged(Owner& owner);
    Status saveChildren(OwnerProfile& profile);

    Database& m_database;
};

} // namespace huellas
