#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace huellas::SqlitePageCopy {

// SQLite's online backup API (what the sqlite3 shell's .backup and .restore use): copies every
// page of `source` into `target` as one transaction on the target, while other connections
// keep working — readers of the target see the old content or the new, never a mix. Both are
// open QSQLITE connections of this thread. It copies pages, not rows, so a damaged database
// is copied as it is. Engine-specific by nature: PostgreSQL has pg_dump/pg_restore instead.
Status copy(const QSqlDatabase& source, const QSqlDatabase& target);

// The same into a new file `targetPath` (which must not exist, or be empty).
Status copyToFile(const QSqlDatabase& source, const QString& targetPath);

} // namespace huellas::SqlitePageCopy
