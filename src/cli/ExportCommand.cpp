#include "CliContext.h"
#include "RuleOptions.h"

#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRestore.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/OwnerXlsxExporter.h"

#include <QCoreApplication>
#include <QFile>

namespace huellas::cli {

int runExport(Context& c)
{
    if (c.args.words.value(1) != QLatin1String("owners") || c.args.words.size() != 2)
        return c.badUsage(QCoreApplication::translate(
            "huellas-cli", "Usage: export owners [--segment SLUG | --rules JSON] [--out FILE.csv|FILE.xlsx]"));
    const OwnerSelection selection = selectOwners(c, false);
    if (selection.exitCode)
        return *selection.exitCode;
    const QString path = c.args.value(QStringLiteral("out"));
    const bool toStdout = path.isEmpty() || path == QLatin1String("-");
    Result<int> rows = 0;
    if (toStdout) {
        c.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return c.databaseError(stdoutFile.errorString());
        rows = OwnerCsvExporter(c.database).write(stdoutFile, selection.filter(c.database));
    } else if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        rows = OwnerXlsxExporter(c.database).exportToFile(path, selection.filter(c.database));
    } else {
        rows = OwnerCsvExporter(c.database).exportToFile(path, selection.filter(c.database));
    }
    if (!rows)
        return c.databaseError(rows.error());
    if (!toStdout)
        c.out << QCoreApplication::translate("huellas-cli", "%1 owners written to %2.").arg(*rows).arg(path) << Qt::endl;
    return Done;
}

int runBackup(Context& c)
{
    if (c.args.words.size() != 2)
        return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: backup FILE"));
    const QString target = c.args.words.at(1);
    if (auto r = DatabaseBackup::backup(c.database, target); !r)
        return c.databaseError(r.error());
    c.out << QCoreApplication::translate("huellas-cli", "Backup written to %1.").arg(target) << Qt::endl;
    return Done;
}

namespace {

int reportRestore(const Result<QString>& previous, const QString& backup, QTextStream& out,
                  QTextStream& err)
{
    if (!previous) {
        err << previous.error() << Qt::endl;
        return previous.error().contains(QLatin1String("Nothing was changed")) ? BadInput : DatabaseError;
    }
    out << QCoreApplication::translate("huellas-cli", "Restored %1. The previous database was kept as %2.")
               .arg(backup, *previous)
        << Qt::endl;
    return Done;
}

} // namespace

int runRestore(Context& c)
{
    if (c.args.words.size() != 2)
        return c.badUsage(QCoreApplication::translate("huellas-cli", "Usage: restore FILE"));
    const QString backup = c.args.words.at(1);
    return reportRestore(DatabaseRestore::restore(c.database, backup), backup, c.out, c.err);
}

int runRestoreUnopened(const QString& databasePath, const Arguments& args, QTextStream& out,
                       QTextStream& err)
{
    if (args.words.size() != 2) {
        err << QCoreApplication::translate("huellas-cli", "Usage: restore FILE") << Qt::endl;
        return BadUsage;
    }
    const QString backup = args.words.at(1);
    return reportRestore(DatabaseRestore::restoreFile(databasePath, backup), backup, out, err);
}

} // namespace huellas::cli
