#pragma once

#include "ExternalIdIndex.h"
#include "ImportKeyTable.h"
#include "ImportKind.h"
#include "StaffDirectory.h"

#include <QDate>
#include <QDateTime>

namespace huellas {

class Database;

// What the row importers of one import share: the database, one clock reading for every
// created_at/updated_at the import writes, and the external_id indexes through which files
// reference each other (a pet row finds the owner inserted from owners.csv moments before).
struct ImportContext
{
    explicit ImportContext(Database& database);
    Q_DISABLE_COPY_MOVE(ImportContext)

    // Creates the key table and prepares the indexes the given kinds of file write or
    // reference, and nothing more.
    Status load(const QList<ImportKind>& kinds);
    ExternalIdIndex& index(ImportKind kind);
    // The first database error an index lookup met, if any.
    Status lookups() const;
    // Drops the key table of an import about to be committed (a rollback drops it anyway).
    Status release() { return keys.drop(); }

    Database& database;
    const QDateTime now;
    const QDate today;
    ImportKeyTable keys;
    ExternalIdIndex owners{ImportKind::Owners, keys};
    ExternalIdIndex pets{ImportKind::Pets, keys};
    ExternalIdIndex appointments{ImportKind::Appointments, keys};
    ExternalIdIndex orders{ImportKind::Orders, keys};
    ExternalIdIndex invoices{ImportKind::Invoices, keys};
    ExternalIdIndex interactions{ImportKind::Interactions, keys};
    StaffDirectory staff;
};

} // namespace huellas
