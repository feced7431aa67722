#include "SqliteMemory.h"

#include <sqlite3.h>

namespace huellas::SqliteMemory {

qint64 highwater()
{
    // The QSQLITE driver links the same shared libsqlite3, so this counts its connections too.
    return qint64(sqlite3_memory_highwater(/*resetFlag=*/0));
}

} // namespace huellas::SqliteMemory
