#pragma once

#include "ExternalIdIndex.h"
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

    // Loads the indexes the given kinds of file write or reference, and nothing more.
    Status load(const QList<ImportKind>& kinds);
    ExternalIdIndex& index(ImportKind kind);

    Database& database;
    const QDateTime now;
    const QDate today;
    ExternalIdIndex owners{QStringLiteral("owners")};
    ExternalIdIndex pets{QStringLiteral("pets")};
    ExternalIdIndex appointments{QStringLiteral("appointments")};
    ExternalIdIndex orders{QStringLiteral("orders")};
    ExternalIdIndex invoices{QStringLiteral("invoices")};
    ExternalIdIndex interactions{QStringLiteral("interactions")};
    StaffDirectory staff;
};

} // namespace huellas
