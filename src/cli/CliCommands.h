#pragma once

#include <QStringList>
#include <QTextStream>

namespace huellas::cli {

// DOMAIN.md's exit codes.
enum ExitCode { Done = 0, BadUsage = 2, BadInput = 3, DatabaseError = 4 };

// Runs `huellas-cli ARGS` (without the program name), writing results to `out` and
// problems to `err`. Kept apart from main() so tests can run commands in-process.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

QString usage();

} // namespace huellas::cli
