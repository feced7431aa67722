#include "CliContext.h"

#include "storage/Database.h"
#include "storage/import/CsvImporter.h"

#include <QCoreApplication>

namespace huellas::cli {

// import [--dry-run] FILE...: all or nothing; every bad row is printed as FILE:LINE: … and the
// command exits 3 with the database exactly as it was.
int runImport(Context& c)
{
    const QStringList files = c.args.words.mid(1);
    if (files.isEmpty())
        return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: import [--dry-run] FILE..."));
    const bool dryRun = c.args.has(QStringLiteral("dry-run"));
    auto report = CsvImporter(c.database).run(files, dryRun);
    if (!report)
        return c.databaseError(report.error());
    for (const QString& notice : report->notices)
        c.err << notice << Qt::endl;
    if (!report->ok()) {
        for (const QString& error : report->errors)
            c.err << error << Qt::endl;
        c.err << QCoreApplication::translate("huellas-cli", "%1 problems found; nothing was imported.")
                     .arg(report->errors.size())
              << Qt::endl;
        return BadInput;
    }
    QStringList tables = report->inserted.keys() + report->updated.keys();
    tables.removeDuplicates();
    QStringList counts;
    for (const QString& table : std::as_const(tables))
        counts << QCoreApplication::translate("huellas-cli", "%1: %2 new, %3 updated")
                      .arg(table)
                      .arg(report->inserted.value(table))
                      .arg(report->updated.value(table));
    c.out << (dryRun ? QCoreApplication::translate("huellas-cli", "Dry run, nothing written. Would import: %1")
                     : QCoreApplication::translate("huellas-cli", "Imported: %1"))
                 .arg(counts.join(QLatin1String("; ")))
          << Qt::endl;
    return Done;
}

} // namespace huellas::cli
