#pragma once

#include "core/Result.h"

#include <QString>

namespace huellas {

class Database;

namespace DatabaseBackup {

// Copies the open database to `targetPath` while the program (or another workstation) keeps
// reading and writing it: SQLite's VACUUM INTO reads one consistent snapshot, compacted. The
// copy is made under a temporary name next to the target, opened and integrity-checked, and
// only then renamed over the target, so a failed backup never replaces a good one. The target
// may not be the database itself nor one of its -wal/-shm/-journal files.
Status backup(Database& database, const QString& targetPath);

} // namespace DatabaseBackup
} // namespace huellas
