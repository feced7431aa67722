#pragma once

#include "ImportKind.h"
#include "ImportReport.h"
#include "core/Result.h"

#include <QStringList>

namespace huellas {

class Database;
class RowImporter;

// Imports DOMAIN.md's six CSV files (owners.csv, pets.csv, appointments.csv, orders.csv,
// invoices.csv, interactions.csv; the kind comes from the file name) all or nothing: one
// transaction for every file, rolled back when any row has a problem. Rows are matched to
// existing ones by external_id, so importing the same files again updates them.
//
// Row problems do not fail the Result: they are all collected in the report, one
// "FILE:LINE: column: reason (value)" each, and nothing is written. The Result fails only
// when a file cannot be read or the database refuses to work.
class CsvImporter final
{
    Q_DISABLE_COPY_MOVE(CsvImporter)

public:
    explicit CsvImporter(Database& database);

    // `files` in any order; they are processed in dependency order. A dry run checks
    // everything, writes nothing, and reports what it would have inserted and updated.
    Result<ImportReport> run(const QStringList& files, bool dryRun = false);

private:
    struct File
    {
        QString name; // as given, for messages
        ImportKind kind;
        QByteArray utf8;
    };

    Result<QList<File>> readFiles(const QStringList& files, ImportReport& report) const;
    Status importAll(const QList<File>& files, ImportReport& report);
    Status importFile(const File& file, RowImporter& importer, ImportReport& report);
    Status commit(const QList<File>& files, const ImportReport& report);

    Database& m_database;
};

} // namespace huellas
