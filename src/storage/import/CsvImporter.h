#pragma once

#include "ImportKind.h"
#include "ImportProgress.h"
#include "ImportReport.h"
#include "TextChunkReader.h"
#include "core/Result.h"

#include <QStringList>

namespace huellas {

class CsvReader;
class Database;
class ImportProblems;
class ImportTicker;
class RowImporter;
struct ImportContext;

// Imports DOMAIN.md's six CSV files (owners.csv, pets.csv, appointments.csv, orders.csv,
// invoices.csv, interactions.csv; the kind comes from the file name) all or nothing: one
// transaction for every file, rolled back when any row has a problem. Rows are matched to
// existing ones by external_id, so importing the same files again updates them.
//
// Row problems do not fail the Result: they are all collected in the report, one
// "FILE:LINE: column: reason (value)" each (the first ImportProblems::kept of them), and
// nothing is written. The Result fails only when a file cannot be read, the database refuses
// to work, or the observer cancels.
//
// Files are streamed: a first pass per file decides its encoding and delimiter, the second
// parses and writes it a chunk at a time, and what needs every row (repeated ids, referrals
// in any order) waits in temporary tables of the transaction. Memory does not grow with the
// size of the files.
class CsvImporter final
{
    Q_DISABLE_COPY_MOVE(CsvImporter)

public:
    explicit CsvImporter(Database& database);

    // `files` in any order; they are processed in dependency order. A dry run checks
    // everything, writes nothing, and reports what it would have inserted and updated.
    // A cancelled import rolls back and fails with "Import cancelled; nothing was written."
    Result<ImportReport> run(const QStringList& files, bool dryRun = false,
                             const ImportObserver& observer = {});

private:
    struct File
    {
        QString name; // as given, for messages
        ImportKind kind;
        TextChunkReader::Encoding encoding;
        char delimiter;
    };
    struct Run; // the state one run() shares with its steps

    Result<QList<File>> probeFiles(const QStringList& files, Run& run) const;
    Status importAll(const QList<File>& files, Run& run);
    Status importFile(const File& file, int number, RowImporter& importer, ImportContext& context,
                      Run& run);
    Status importRows(const File& file, int number, CsvReader& reader,
                      const TextChunkReader& chunks, RowImporter& importer, ImportContext& context,
                      Run& run);
    Status commit(const QList<File>& files, const ImportReport& report);

    Database& m_database;
};

} // namespace huellas
