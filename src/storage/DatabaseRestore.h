#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace huellas {

class Database;

// Archivo → Restaurar respaldo… and `huellas-cli restore FILE`.
namespace DatabaseRestore {

// Whether `backupPath` can replace the database, as far as a few pages tell: an SQLite file of
// Huellas CRM with a schema this version knows — cheap enough to ask before asking the user.
// Opened read-only, never changed. Whether it is sound (every page read) is restore()'s check.
Status check(const QString& backupPath, const QString& databasePath);

// Checks the backup (check() and every page), keeps the current database as a dated copy beside it
// (<name>-antes-de-restaurar-YYYYMMDD-HHMMSS.sqlite), then replaces the content with the
// backup's in one transaction that every other connection sees whole, and migrates an older
// schema. Nothing changes when a step before the replacement fails. Returns the dated copy.
Result<QString> restore(Database& database, const QString& backupPath,
                        const QDateTime& now = QDateTime::currentDateTime());

// For a database that no longer opens (its schema is damaged): the same checks, then the file
// and its -wal/-shm are renamed to the dated copy and the backup's pages are written to a new
// file at `databasePath`. No connection to it may be open.
Result<QString> restoreFile(const QString& databasePath, const QString& backupPath,
                            const QDateTime& now = QDateTime::currentDateTime());

} // namespace DatabaseRestore
} // namespace huellas
