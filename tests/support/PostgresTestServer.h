#pragma once

#include "core/Result.h"

#include <QString>

namespace huellas::test {

// The throwaway PostgreSQL server CTest starts for the tests that need one (the `postgres`
// fixture in tests/CMakeLists.txt, scripts/pg-test-server.sh); its admin URL is in the file
// that HUELLAS_TEST_PG_URL_FILE names. A test that finds no server must fail, never skip: a
// PostgreSQL suite that passes by skipping proves nothing.

// postgresql://postgres@127.0.0.1:PORT/postgres, or empty with the reason in *error.
QString serverUrl(QString* error = nullptr);

// A new empty database that no other test or test process uses (huellas_test_<pid>_<n>): its
// URL, and its name in *nameOut. Every test gets its own, so they can run in parallel.
Result<QString> createScratchDatabase(QString* nameOut = nullptr);

// Also while connections to it are still open (a test that failed half-way leaves them).
Status dropScratchDatabase(const QString& name);

} // namespace huellas::test
