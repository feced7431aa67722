#pragma once

#include "OwnerFilter.h"
#include "core/Result.h"

#include <QSqlQuery>

namespace huellas {

class Database;

// The rows every owners export writes (CSV and Excel alike): each owner with the referrer as an
// external_id and the tags sorted, ordered by id.
namespace OwnerExportQuery {

Result<QSqlQuery> run(Database& database, const OwnerFilter& filter);
// The value of one export column in the current row.
QVariant value(const QSqlQuery& row, const QString& column);

} // namespace OwnerExportQuery
} // namespace huellas
