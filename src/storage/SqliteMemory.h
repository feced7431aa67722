#pragma once

#include <QtGlobal>

namespace huellas::SqliteMemory {

// The most memory SQLite itself has held in this process (page caches, prepared statements),
// in bytes. Apart from the rest of a process's peak, it shows what a job keeps of its own: the
// page cache is bounded by Database's cache_size, whatever the size of the job.
qint64 highwater();

} // namespace huellas::SqliteMemory
