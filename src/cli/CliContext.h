#pragma once

#include "CliArguments.h"
#include "CliCommands.h"

#include "core/Result.h"

#include <QDate>
#include <QTextStream>

namespace huellas {
class Database;
}

namespace huellas::cli {

// What a command runs with: the open database, its arguments and the two output streams.
struct Context
{
    Database& database;
    Arguments args;
    QTextStream& out;
    QTextStream& err;

    int badUsage(const QString& message) const;
    int badInput(const QString& message) const;
    int databaseError(const QString& message) const;
};

} // namespace huellas::cli

namespace huellas::cli {

// The commands, one file each family (BasicCommands.cpp, ExportCommand.cpp, SegmentCommands.cpp).
int runInit(Context& c);
int runRefresh(Context& c);
int runDemo(Context& c);
int runCheck(Context& c);
int runExport(Context& c);
int runSegment(Context& c);
int runBackup(Context& c);
int runRestore(Context& c);
// restore when the database does not even open (damaged): works on the files.
int runRestoreUnopened(const QString& databasePath, const Arguments& args, QTextStream& out,
                       QTextStream& err);
int runImport(Context& c);
// demo --csv DIR: writes files, so it runs without opening (or creating) a database.
int runDemoCsv(const Arguments& args, QTextStream& out, QTextStream& err);

// --NAME YYYY-MM-DD, or today when the option is absent.
Result<QDate> dateOption(const Context& c, const QString& name);
Result<QDate> dateOption(const Arguments& args, const QString& name);

} // namespace huellas::cli
