#include "CliContext.h"

#include "core/ProcessMemory.h"
#include "storage/Database.h"
#include "storage/SqliteMemory.h"
#include "storage/import/CsvImporter.h"
#include "storage/import/ImportSummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace huellas::cli {
namespace {

// "owners.csv: 100,000 rows" on stderr when each file is done: a long import shows it is alive
// without an animation that would garble a log file.
ImportObserver progressPrinter(QTextStream& err)
{
    ImportObserver observer;
    observer.progress = [&err](const ImportProgress& progress) {
        if (progress.fileDone)
            err << QCoreApplication::translate("huellas-cli", "%1: %2 rows")
                       .arg(progress.fileName, QLocale().toString(progress.rows))
                << Qt::endl;
    };
    return observer;
}

// HUELLAS_FIGURES=1: the peak memory, for docs/PERFORMANCE.md. SQLite's share is its page
// cache (bounded by Database's cache_size) and statements; the rest is the import's own.
void printFigures(QTextStream& err)
{
    if (qEnvironmentVariableIntValue("HUELLAS_FIGURES") != 1)
        return;
    if (const auto kib = ProcessMemory::peakResidentKiB())
        err << QCoreApplication::translate("huellas-cli", "peak memory: %1 MB (SQLite at most %2 MB of it)")
                   .arg((*kib + 512) / 1024)
                   .arg((SqliteMemory::highwater() + (1 << 19)) >> 20)
            << Qt::endl;
}

int report(Context& c, const Result<ImportReport>& report, bool dryRun)
{
    if (!report)
        return c.databaseError(report.error());
    for (const QString& notice : report->notices)
        c.err << notice << Qt::endl;
    if (!report->ok()) {
        for (const QString& error : report->errors)
            c.err << error << Qt::endl;
        c.err << QCoreApplication::translate("huellas-cli", "%1 problems found; nothing was imported.")
                     .arg(report->problemCount)
              << Qt::endl;
        return BadInput;
    }
    c.out << (dryRun ? QCoreApplication::translate("huellas-cli", "Dry run, nothing written. Would import: %1")
                     : QCoreApplication::translate("huellas-cli", "Imported: %1"))
                 .arg(ImportSummary::counts(*report))
          << Qt::endl;
    return Done;
}

} // namespace

// import [--dry-run] FILE...: all or nothing; every bad row is printed as FILE:LINE: … and the
// command exits 3 with the database exactly as it was.
int runImport(Context& c)
{
    const QStringList files = c.args.words.mid(1);
    if (files.isEmpty())
        return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: import [--dry-run] FILE..."));
    const bool dryRun = c.args.has(QStringLiteral("dry-run"));
    const int code = report(c, CsvImporter(c.database).run(files, dryRun, progressPrinter(c.err)), dryRun);
    printFigures(c.err);
    return code;
}

} // namespace huellas::cli
