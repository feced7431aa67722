#pragma once

#include <QString>

namespace huellas {
class Database;
}

namespace huellas::bench {

// Every kind of segment count the manager's builder runs (days since a visit, the seed's
// example, tags, species, many keys, an "any" group), each beside the `sqlite3` shell's time
// for the very same statement and values on the same file: the driver's share of the cost.
void benchSegmentCounts(Database& db, const QString& databasePath);

} // namespace huellas::bench
