#pragma once

#include "core/Result.h"

#include <QString>

namespace huellas {

class Database;

// Appends to the append-only audit_log inside the caller's transaction.
namespace AuditLog {

Status record(Database& database, const QString& action, const QString& table, qint64 rowId,
              const QString& details = {});

} // namespace AuditLog
} // namespace huellas
