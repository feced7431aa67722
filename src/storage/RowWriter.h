#pragma once

#include "core/Result.h"

#include <QString>
#include <QVariantMap>

namespace huellas {

class Database;

// Insert, update and delete of one row by id. Table and column names come from code (the
// record mappings), never from input; every value is bound.
namespace RowWriter {

// Inserts the row; an empty external_id is assigned as PREFIX-000123 from the new row's id.
Result<qint64> insert(Database& database, const QString& table, QVariantMap columns,
                      const QString& externalIdPrefix = {});
Status update(Database& database, const QString& table, qint64 id, const QVariantMap& columns);
Status remove(Database& database, const QString& table, qint64 id);

} // namespace RowWriter
} // namespace huellas
