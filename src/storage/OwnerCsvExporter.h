#pragma once

#include "OwnerFilter.h"
#include "core/Result.h"

#include <QIODevice>
#include <QStringList>

namespace huellas {

class Database;

// Writes owners.csv (DOMAIN.md's columns, then the derived ones) for every owner or a filter.
// Text cells that a spreadsheet would run as a formula get a leading ' (the importer strips
// it again), so export → import → export is byte-identical.
class OwnerCsvExporter final
{
public:
    explicit OwnerCsvExporter(Database& database) : m_database(database) {}

    static QStringList importColumns();  // the owners.csv columns
    static QStringList derivedColumns(); // appended on export
    static QString guardFormula(const QString& cell);
    // RFC 4180: quoted when it holds a delimiter (comma or semicolon), a quote, a line break or
    // edge spaces; inner quotes doubled.
    static QString quoted(const QString& cell);

    // Writes to a file through QSaveFile (all or nothing), with a UTF-8 BOM for Excel.
    Result<int> exportToFile(const QString& path, const OwnerFilter& filter = {});
    // Writes to an open device (stdout), without a BOM; returns the number of rows.
    Result<int> write(QIODevice& device, const OwnerFilter& filter = {});

private:
    Database& m_database;
};

} // namespace huellas
