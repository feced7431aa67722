#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace huellas {

class Database;

namespace IntegrityCheck {

// Has the engine read every page of the database and returns what it found wrong, one problem
// an entry; an empty list means the file is sound. Seconds at 100,000 owners, tens at a million: never on the way
// to a usable window (a background task, `check`, and every backup and restore run it).
Result<QStringList> problems(const Database& database);
Result<QStringList> problems(const QSqlDatabase& connection);

} // namespace IntegrityCheck
} // namespace huellas
